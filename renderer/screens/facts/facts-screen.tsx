import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isFactStale } from '../../../shared/facts/schemas';
import { api } from '../../api/client';
import { templateKeys, useFacts } from '../../api/template-queries';
import { EntitySection } from '../../components/entity-section';
import { notifySuccess } from '../../components/notify';
import { RowMenu } from '../../components/row-actions';
import { currentLanguage } from '../../i18n';
import { formatIsoDate } from '../../i18n/protocol-labels';
import { FactForm } from './fact-form';

/** The facts library: figures and quotes with their source, cited live by templates. */
export function FactsScreen({ focusTitle }: { focusTitle: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const facts = useFacts();
  const language = currentLanguage();
  const today = new Date();
  const addButton = (add: () => void) => <Button onClick={add}>{t('facts.add')}</Button>;

  return (
    <EntitySection
      layout="screen"
      title={t('facts.title')}
      focusTitle={focusTitle}
      actions={addButton}
      intro={
        <Text size="sm" c="dimmed">
          {t('facts.intro')}
        </Text>
      }
      query={facts}
      empty={{ title: t('facts.empty.title'), body: t('facts.empty.body'), actions: addButton }}
      tableLabel={t('facts.tableLabel')}
      tableProps={{ verticalSpacing: 'sm' }}
      columns={[
        {
          header: t('facts.fields.label'),
          cellProps: { fw: 600 },
          cell: (fact) => (
            <Group gap={6}>
              {fact.label}
              {isFactStale(fact, today) && (
                <Badge size="sm" color="orange" variant="light" title={t('facts.staleHelp', { days: fact.staleAfterDays })}>
                  {t('facts.stale')}
                </Badge>
              )}
            </Group>
          ),
        },
        {
          header: t('facts.fields.text'),
          cellProps: { maw: 380 },
          cell: (fact) => (
            <Text size="sm" lineClamp={3}>
              {fact.text}
            </Text>
          ),
        },
        {
          header: t('facts.fields.sourceName'),
          cell: (fact) =>
            fact.sourceUrl ? (
              <Anchor href={fact.sourceUrl} target="_blank" rel="noreferrer noopener" size="sm">
                {fact.sourceName}
              </Anchor>
            ) : (
              <Text size="sm">{fact.sourceName}</Text>
            ),
        },
        { header: t('facts.fields.asOf'), cell: (fact) => <Text size="sm">{formatIsoDate(fact.asOf, language)}</Text> },
      ]}
      rowActions={(fact, open) => (
        <RowMenu
          label={t('facts.actionsFor', { label: fact.label })}
          items={[
            { label: t('facts.edit'), onClick: open.edit },
            { label: t('facts.delete'), onClick: open.remove, danger: true },
          ]}
        />
      )}
      form={{
        title: (fact) => t(fact ? 'facts.editTitle' : 'facts.addTitle'),
        size: 'lg',
        render: (fact, done) => <FactForm fact={fact} onDone={done} />,
      }}
      remove={{
        title: () => t('facts.deleteTitle'),
        body: (fact) => t('facts.deleteBody', { label: fact.label }),
        confirmLabel: t('facts.deleteConfirm'),
        run: async (fact) => {
          await api['facts.delete']({ id: fact.id });
          await queryClient.invalidateQueries({ queryKey: templateKeys.facts });
          notifySuccess(t, t('facts.deletedTitle'), t('facts.deletedMessage', { label: fact.label }));
        },
      }}
    />
  );
}
