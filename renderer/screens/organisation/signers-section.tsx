import { Button, Group, Modal, Paper, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Signer } from '../../../shared/senders/schemas';
import { api } from '../../api/client';
import { campaignKeys, useSigners } from '../../api/campaign-queries';
import { ErrorAlert } from '../../components/error-alert';
import { FormFooter } from '../../components/form-footer';
import { RowActions } from './row-actions';
import { ConfirmDeleteModal } from './confirm-delete-modal';
import { ImageControls } from './image-upload';

/** The people who sign: name, title, scanned signature. */
export function SignersSection() {
  const { t } = useTranslation('campaigns');
  const queryClient = useQueryClient();
  const signers = useSigners();
  const [editing, setEditing] = useState<Signer | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Signer | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: campaignKeys.signers });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="signers-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="signers-title">
            {t('organisation.signersTitle')}
          </Title>
          <Button variant="light" onClick={() => setEditing('new')}>
            {t('organisation.addSigner')}
          </Button>
        </Group>
        {signers.isError && <ErrorAlert error={signers.error} />}
        {signers.data?.length === 0 && (
          <div>
            <Text fw={600}>{t('organisation.noSignersTitle')}</Text>
            <Text size="sm" c="dimmed">
              {t('organisation.noSignersBody')}
            </Text>
          </div>
        )}
        {signers.data && signers.data.length > 0 && (
          <Table aria-labelledby="signers-title" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('organisation.signerName')}</Table.Th>
                <Table.Th>{t('organisation.signerTitle')}</Table.Th>
                <Table.Th>{t('organisation.signature')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {signers.data.map((signer) => (
                <Table.Tr key={signer.id}>
                  <Table.Td fw={600}>{signer.name}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-line' }}>{signer.title}</Table.Td>
                  <Table.Td>
                    <ImageControls
                      imageId={signer.signature?.imageId ?? null}
                      alt={t('organisation.signatureOf', { name: signer.name })}
                      emptyText={t('organisation.noSignature')}
                      uploadLabel={t(signer.signature ? 'organisation.replaceSignature' : 'organisation.uploadSignature', { name: signer.name })}
                      removeLabel={t('organisation.removeSignature', { name: signer.name })}
                      uploadText={signer.signature ? t('organisation.replaceShort') : t('organisation.uploadShort')}
                      removeText={t('common.remove')}
                      height={40}
                      upload={(input) => api['signers.setSignature']({ id: signer.id, ...input })}
                      remove={() => api['signers.clearSignature']({ id: signer.id })}
                      invalidate={campaignKeys.signers}
                    />
                  </Table.Td>
                  <Table.Td>
                    <RowActions
                      editText={t('common.edit')}
                      editLabel={t('organisation.editSigner', { name: signer.name })}
                      deleteLabel={t('organisation.deleteSigner', { name: signer.name })}
                      onEdit={() => setEditing(signer)}
                      onDelete={() => setDeleting(signer)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('organisation.newSigner') : t('organisation.editSigner', { name: editing?.name ?? '' })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing !== null && <SignerForm signer={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      </Modal>
      <ConfirmDeleteModal
        name={deleting?.name ?? null}
        onClose={() => setDeleting(null)}
        onDelete={async () => {
          await api['signers.delete']({ id: deleting?.id ?? '' });
          await refresh();
        }}
      />
    </Paper>
  );
}

function SignerForm({ signer, onDone }: { signer: Signer | null; onDone: () => void }) {
  const { t } = useTranslation('campaigns');
  const queryClient = useQueryClient();
  const [name, setName] = useState(signer?.name ?? '');
  const [title, setTitle] = useState(signer?.title ?? '');
  const [attempted, setAttempted] = useState(false);
  const save = useMutation({
    mutationFn: () => (signer ? api['signers.update']({ id: signer.id, fields: { name, title } }) : api['signers.create']({ name, title })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: campaignKeys.signers });
      onDone();
    },
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (name.trim()) save.mutate();
      }}
    >
      <Stack>
        <TextInput
          label={t('organisation.signerName')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={attempted && !name.trim() ? t('common.required') : undefined}
          maxLength={200}
          withAsterisk
          data-autofocus
        />
        <Textarea
          label={t('organisation.signerTitle')}
          description={t('organisation.signerTitleHelp')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={300}
        />
        <FormFooter
          error={save.isError ? save.error : null}
          saving={save.isPending}
          onCancel={onDone}
          cancelLabel={t('common.cancel')}
          submitLabel={t('common.save')}
        />
      </Stack>
    </form>
  );
}
