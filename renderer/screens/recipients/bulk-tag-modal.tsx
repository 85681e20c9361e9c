import { Autocomplete, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tagSchema } from '../../../shared/recipients/schemas';
import { api } from '../../api/client';
import { keys, useTags } from '../../api/queries';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { validationMessage } from '../../components/field-errors';

export type BulkTagMode = 'add' | 'remove';

interface BulkTagModalProps {
  /** null = closed. */
  mode: BulkTagMode | null;
  ids: ReadonlySet<string>;
  onClose: () => void;
  /** After the change is saved (before the list refreshes). */
  onApplied: (mode: BulkTagMode) => void;
}

/** Adds one tag to, or removes one from, every selected recipient. */
export function BulkTagModal({ mode, ids, onClose, onApplied }: BulkTagModalProps) {
  const { t } = useTranslation();
  // Keep the last mode while the modal animates closed.
  const [shown, setShown] = useState<BulkTagMode>(mode ?? 'add');
  if (mode !== null && mode !== shown) setShown(mode);
  return (
    <Modal
      opened={mode !== null}
      onClose={onClose}
      title={t(shown === 'add' ? 'recipients.bulk.addTitle' : 'recipients.bulk.removeTitle', { count: ids.size })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {mode !== null && (
        <BulkTagForm
          key={mode}
          mode={mode}
          ids={ids}
          onCancel={onClose}
          onDone={() => {
            onApplied(mode);
            onClose();
          }}
        />
      )}
    </Modal>
  );
}

interface BulkTagFormProps {
  mode: BulkTagMode;
  ids: ReadonlySet<string>;
  onCancel: () => void;
  onDone: () => void;
}

function BulkTagForm({ mode, ids, onCancel, onDone }: BulkTagFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const tags = useTags();
  const [tag, setTag] = useState('');
  const [attempted, setAttempted] = useState(false);
  const parsed = tagSchema.safeParse(tag);
  const error = attempted && !parsed.success ? validationMessage(t, parsed.error.issues[0]?.message ?? 'invalid') : undefined;

  const retag = useMutation({
    mutationFn: (value: string) => api['recipients.retag']({ ids: [...ids], ...(mode === 'add' ? { add: [value] } : { remove: [value] }) }),
    onSuccess: async ({ updated }, value) => {
      notifySuccess(
        t,
        t(mode === 'add' ? 'recipients.bulk.addedTitle' : 'recipients.bulk.removedTitle'),
        t(mode === 'add' ? 'recipients.bulk.addedMessage' : 'recipients.bulk.removedMessage', { tag: value, count: updated }),
      );
      onDone();
      await queryClient.invalidateQueries({ queryKey: keys.recipients });
    },
  });

  const label = t('recipients.bulk.tag');
  const common = { label, error, 'data-autofocus': true, withAsterisk: true, data: tags.data ?? [] };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (parsed.success) retag.mutate(parsed.data);
      }}
    >
      <Stack>
        <Text size="sm">{t(mode === 'add' ? 'recipients.bulk.addHelp' : 'recipients.bulk.removeHelp', { count: ids.size })}</Text>
        {mode === 'add' ? (
          <Autocomplete {...common} value={tag} onChange={setTag} maxLength={40} openOnFocus={false} />
        ) : (
          <Select
            {...common}
            value={tag || null}
            onChange={(value) => setTag(value ?? '')}
            searchable
            openOnFocus={false}
            nothingFoundMessage={t('recipients.bulk.noTags')}
          />
        )}
        {retag.isError && <ErrorAlert error={retag.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={retag.isPending} color={mode === 'remove' ? 'red' : undefined}>
            {t(mode === 'add' ? 'recipients.bulk.addTag' : 'recipients.bulk.removeTag')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
