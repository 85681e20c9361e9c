import { Button, Group, Popover, Stack } from '@mantine/core';
import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isFactStale } from '../../../shared/facts/schemas';
import { useFacts } from '../../api/template-queries';
import { ChoiceForm, type ChoiceValue } from '../../letter/choice-form';
import { fieldGroups } from '../../letter/field-labels';
import { ConditionForm, DEFAULT_CONDITION, type ConditionValue } from './condition-form';
import { SearchMenu } from './search-menu';

/** The Letterdesk part of the toolbar: merge fields, facts, choices, conditions and page breaks. */
export function InsertControls({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const facts = useFacts();
  const today = new Date();
  const focusEditor = () => editor.commands.focus();

  return (
    <Group gap={6} role="group" aria-label={t('editor.insert')}>
      <SearchMenu
        buttonText={t('editor.field')}
        buttonLabel={t('editor.insertField')}
        searchLabel={t('editor.searchFields')}
        searchPlaceholder={t('editor.searchFieldsPlaceholder')}
        emptyText={t('editor.noFieldMatches')}
        groups={fieldGroups(t).map((g) => ({ label: g.label, items: g.fields.map((f) => ({ value: f.id, label: f.full })) }))}
        onPick={(field) =>
          editor
            .chain()
            .focus()
            .insertContent({ type: 'mergeField', attrs: { field, format: null, allowEmpty: false } })
            .run()
        }
        onPicked={focusEditor}
      />
      <SearchMenu
        buttonText={t('editor.fact')}
        buttonLabel={t('editor.insertFact')}
        searchLabel={t('editor.searchFacts')}
        searchPlaceholder={t('editor.searchFactsPlaceholder')}
        emptyText={facts.data?.length === 0 ? t('editor.noFacts') : t('editor.noFactMatches')}
        groups={[
          {
            label: t('facts.title'),
            items: (facts.data ?? []).map((fact) => ({
              value: fact.id,
              label: fact.label,
              description: fact.text,
              badge: isFactStale(fact, today) ? t('facts.stale') : undefined,
            })),
          },
        ]}
        onPick={(factId) => editor.chain().focus().insertContent({ type: 'fact', attrs: { factId } }).run()}
        onPicked={focusEditor}
      />
      <InsertChoice editor={editor} />
      <AddCondition editor={editor} />
      <Button size="compact-sm" variant="default" title={t('editor.pageBreakShortcut')} onClick={() => editor.chain().focus().setPageBreak().run()}>
        {t('editor.pageBreak')}
      </Button>
    </Group>
  );
}

const NEW_CHOICE: ChoiceValue = { by: 'gender', options: {}, other: '' };

function InsertChoice({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [choice, setChoice] = useState<ChoiceValue>(NEW_CHOICE);
  const insert = () => {
    editor
      .chain()
      .focus()
      .insertContent({ type: 'choice', attrs: { ...choice } })
      .run();
    setOpened(false);
    setChoice(NEW_CHOICE);
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" withArrow trapFocus returnFocus shadow="md">
      <Popover.Target>
        <Button size="compact-sm" variant="default" aria-label={t('editor.insertChoice')} title={t('editor.insertChoice')} onClick={() => setOpened((o) => !o)}>
          {t('editor.choice')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={300}>
          <ChoiceForm value={choice} onChange={setChoice} />
          <Group justify="flex-end">
            <Button size="xs" variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button size="xs" onClick={insert}>
              {t('editor.insertButton')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

function AddCondition({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [condition, setCondition] = useState<ConditionValue>(DEFAULT_CONDITION);
  const [failed, setFailed] = useState(false);
  const wrap = () => {
    const done = editor.chain().focus().wrapIn('condition', { test: condition.test, negate: condition.negate }).run();
    setFailed(!done);
    if (done) {
      setOpened(false);
      setCondition(DEFAULT_CONDITION);
    }
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" withArrow trapFocus returnFocus shadow="md">
      <Popover.Target>
        <Button
          size="compact-sm"
          variant="default"
          aria-label={t('editor.addCondition')}
          title={t('editor.addConditionHelp')}
          onClick={() => setOpened((o) => !o)}
        >
          {t('editor.condition')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={300}>
          <ConditionForm value={condition} onChange={setCondition} />
          {failed && (
            <div role="alert" style={{ color: 'var(--mantine-color-red-7)', fontSize: 'var(--mantine-font-size-sm)' }}>
              {t('editor.conditionFailed')}
            </div>
          )}
          <Group justify="flex-end">
            <Button size="xs" variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button size="xs" onClick={wrap}>
              {t('editor.wrapInCondition')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
