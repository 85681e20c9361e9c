import { ActionIcon, Anchor, Badge, Button, EmptyState, Group, Menu, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isFactStale, type Fact } from '../../../shared/facts/schemas';
import { api } from '../../api/client';
import { templateKeys, useFacts } from '../../api/template-queries';
import { CenteredLoader } from '../../components/centered-loader';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { ScreenTitle } from '../../components/screen-title';
import { currentLanguage } from '../../i18n';
import { formatIsoDate } from '../../i18n/protocol-labels';
import { FactFormModal } from './fact-form-modal';

/** The facts library: figures and quotes with their source, cited live by templates. */
export function FactsScreen({ focusTitle }: { focusTitle: boolean }) {
  const { t } = useTranslation();
  const facts = useFacts();
  const [form, setForm] = useState<{ fact?: Fact } | null>(null);
  const [deleting, setDeleting] = useState<Fact | null>(null);
  const language = currentLanguage();
  const today = new Date();

  return (
    <Stack gap="sm" maw={1100}>
      <Group justify="space-between">
        <ScreenTitle focusOnMount={focusTitle}>{t('facts.title')}</ScreenTitle>
        <Button onClick={() => setForm({})}>{t('facts.add')}</Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('facts.intro')}
      </Text>
      {facts.isPending && <CenteredLoader />}
      {facts.isError && <ErrorAlert error={facts.error} />}
      {facts.data?.length === 0 && (
        <EmptyState py="xl">
          <EmptyState.Title order={2}>{t('facts.empty.title')}</EmptyState.Title>
          <EmptyState.Description>{t('facts.empty.body')}</EmptyState.Description>
          <EmptyState.Actions>
            <Button onClick={() => setForm({})}>{t('facts.add')}</Button>
          </EmptyState.Actions>
        </EmptyState>
      )}
      {facts.data && facts.data.length > 0 && (
        <Table aria-label={t('facts.tableLabel')} verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('facts.fields.label')}</Table.Th>
              <Table.Th>{t('facts.fields.text')}</Table.Th>
              <Table.Th>{t('facts.fields.sourceName')}</Table.Th>
              <Table.Th>{t('facts.fields.asOf')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('templates.columns.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {facts.data.map((fact) => {
              const stale = isFactStale(fact, today);
              return (
                <Table.Tr key={fact.id}>
                  <Table.Td fw={600}>
                    <Group gap={6}>
                      {fact.label}
                      {stale && (
                        <Badge size="sm" color="orange" variant="light" title={t('facts.staleHelp', { days: fact.staleAfterDays })}>
                          {t('facts.stale')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td maw={380}>
                    <Text size="sm" lineClamp={3}>
                      {fact.text}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {fact.sourceUrl ? (
                      <Anchor href={fact.sourceUrl} target="_blank" rel="noreferrer noopener" size="sm">
                        {fact.sourceName}
                      </Anchor>
                    ) : (
                      <Text size="sm">{fact.sourceName}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatIsoDate(fact.asOf, language)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('facts.actionsFor', { label: fact.label })}>
                          ⋯
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setForm({ fact })}>{t('facts.edit')}</Menu.Item>
                        <Menu.Item color="red" onClick={() => setDeleting(fact)}>
                          {t('facts.delete')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <FactFormModal target={form} onClose={() => setForm(null)} />
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('facts.deleteTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {deleting && <DeleteFact fact={deleting} onDone={() => setDeleting(null)} />}
      </Modal>
    </Stack>
  );
}

function DeleteFact({ fact, onDone }: { fact: Fact; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api['facts.delete']({ id: fact.id }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: templateKeys.facts });
      notifySuccess(t, t('facts.deletedTitle'), t('facts.deletedMessage', { label: fact.label }));
      onDone();
    },
  });
  return (
    <Stack>
      <Text size="sm">{t('facts.deleteBody', { label: fact.label })}</Text>
      {remove.isError && <ErrorAlert error={remove.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
          {t('facts.deleteConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}
