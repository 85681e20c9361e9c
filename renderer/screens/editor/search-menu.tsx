import { Badge, Button, Combobox, Group, ScrollArea, Text, useCombobox } from '@mantine/core';
import { useRef, useState } from 'react';
import { foldForSearch } from '../../../shared/text/fold';

export interface MenuItem {
  value: string;
  label: string;
  description?: string;
  badge?: string;
}

export interface MenuGroup {
  label: string;
  items: MenuItem[];
}

interface SearchMenuProps {
  /** The button's text, e.g. "Field". */
  buttonText: string;
  /** The button's accessible name, e.g. "Insert a merge field". */
  buttonLabel: string;
  searchLabel: string;
  searchPlaceholder: string;
  emptyText: string;
  groups: MenuGroup[];
  disabled?: boolean;
  onPick: (value: string) => void;
  /** Where focus goes after a pick (the editor); otherwise back to the button. */
  onPicked?: () => void;
}

/**
 * A button that opens a searchable list, grouped: type to filter, arrows to
 * move, Enter to pick, Escape to close. Matching ignores case and accents.
 */
export function SearchMenu({ buttonText, buttonLabel, searchLabel, searchPlaceholder, emptyText, groups, disabled, onPick, onPicked }: SearchMenuProps) {
  const [search, setSearch] = useState('');
  // Read when the dropdown closes: after a pick, focus goes to the editor, not back to the button.
  const picked = useRef(false);
  const combobox = useCombobox({
    onDropdownOpen: () => {
      picked.current = false;
      combobox.focusSearchInput();
      combobox.selectFirstOption();
    },
    onDropdownClose: () => {
      combobox.resetSelectedOption();
      setSearch('');
      if (!picked.current) combobox.focusTarget();
    },
  });

  const query = foldForSearch(search.trim());
  const shown = groups
    .map((group) => ({
      ...group,
      items: group.items.filter((item) => query === '' || foldForSearch(`${group.label} ${item.label} ${item.description ?? ''}`).includes(query)),
    }))
    .filter((group) => group.items.length > 0);

  return (
    <Combobox
      store={combobox}
      width={340}
      position="bottom-start"
      withArrow
      shadow="md"
      onOptionSubmit={(value) => {
        picked.current = true;
        combobox.closeDropdown();
        onPick(value);
        onPicked?.();
      }}
    >
      <Combobox.Target withAriaAttributes={false}>
        <Button
          size="compact-sm"
          variant="default"
          disabled={disabled}
          aria-label={buttonLabel}
          aria-haspopup="listbox"
          aria-expanded={combobox.dropdownOpened}
          title={buttonLabel}
          onClick={() => combobox.toggleDropdown()}
        >
          {buttonText}
        </Button>
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Search
          value={search}
          aria-label={searchLabel}
          placeholder={searchPlaceholder}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            combobox.selectFirstOption();
          }}
        />
        <Combobox.Options aria-label={buttonLabel}>
          <ScrollArea.Autosize mah={320} type="scroll">
            {shown.length === 0 && <Combobox.Empty>{emptyText}</Combobox.Empty>}
            {shown.map((group) => (
              <Combobox.Group key={group.label} label={group.label}>
                {group.items.map((item) => (
                  <Combobox.Option key={item.value} value={item.value} aria-label={item.label}>
                    <Group gap={6} wrap="nowrap" justify="space-between">
                      <div>
                        <Text size="sm">{item.label}</Text>
                        {item.description && (
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {item.description}
                          </Text>
                        )}
                      </div>
                      {item.badge && (
                        <Badge size="xs" color="orange" variant="light">
                          {item.badge}
                        </Badge>
                      )}
                    </Group>
                  </Combobox.Option>
                ))}
              </Combobox.Group>
            ))}
          </ScrollArea.Autosize>
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
