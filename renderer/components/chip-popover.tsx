import { Button, Group, Popover, Stack } from '@mantine/core';
import { useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/*
 * The popover behind a chip in the letter editor (a merge field, a choice, a
 * fact, a condition): the chip opens and closes it, the focus is trapped in
 * it and goes back to the chip, and its foot has "Remove" (when the chip can
 * be removed from here) and "Done".
 */

interface ChipPopoverProps {
  /** The chip; `toggle` opens and closes the popover. */
  target: (toggle: () => void) => ReactElement;
  position?: 'bottom-start' | 'bottom-end';
  width: number;
  /** Shows "Remove" at the foot. */
  onRemove?: () => void;
  /** After "Done" closed the popover (e.g. to give the text its focus back). */
  onDone?: () => void;
  /** The chip's form. */
  children: ReactNode;
}

export function ChipPopover({ target, position = 'bottom-start', width, onRemove, onDone, children }: ChipPopoverProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position={position} withArrow trapFocus returnFocus shadow="md">
      <Popover.Target>{target(() => setOpened((o) => !o))}</Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={width}>
          {children}
          <Group justify={onRemove ? 'space-between' : 'flex-end'}>
            {onRemove && (
              <Button size="xs" variant="subtle" color="red" onClick={onRemove}>
                {t('editor.chip.remove')}
              </Button>
            )}
            <Button
              size="xs"
              onClick={() => {
                setOpened(false);
                onDone?.();
              }}
            >
              {t('editor.chip.done')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
