import { Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Signer } from '../../../shared/senders/schemas';
import { api } from '../../api/client';
import { campaignKeys, useSigners } from '../../api/campaign-queries';
import { EntitySection } from '../../components/entity-section';
import { errorText } from '../../components/field-errors';
import { FormFooter } from '../../components/form-footer';
import { readFileBase64 } from '../../components/read-file-base64';
import { ImageControls } from './image-upload';
import { SignaturePicker } from './signature-picker';
import { useSenderList } from './sender-list';

/** The people who sign: name, title, scanned signature. */
export function SignersSection() {
  const { t } = useTranslation('campaigns');
  const queryClient = useQueryClient();
  const signers = useSigners();
  const list = useSenderList<Signer>(
    'Signer',
    (signer, done) => <SignerForm signer={signer} onDone={done} />,
    async (signer) => {
      await api['signers.delete']({ id: signer.id });
      await queryClient.invalidateQueries({ queryKey: campaignKeys.signers });
    },
  );

  return (
    <EntitySection
      {...list}
      title={t('organisation.signersTitle')}
      query={signers}
      empty={{ title: t('organisation.noSignersTitle'), body: t('organisation.noSignersBody') }}
      tableProps={{ verticalSpacing: 'sm' }}
      columns={[
        { header: t('organisation.signerName'), cell: (signer) => signer.name, cellProps: { fw: 600 } },
        { header: t('organisation.signerTitle'), cell: (signer) => signer.title, cellProps: { style: { whiteSpace: 'pre-line' } } },
        {
          header: t('organisation.signature'),
          cell: (signer) => (
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
          ),
        },
      ]}
    />
  );
}

function SignerForm({ signer, onDone }: { signer: Signer | null; onDone: () => void }) {
  const { t } = useTranslation('campaigns');
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(signer?.name ?? '');
  const [title, setTitle] = useState(signer?.title ?? '');
  const [attempted, setAttempted] = useState(false);
  // A new signer's signature, sent with the signer in one step.
  const [signature, setSignature] = useState<File | null>(null);
  const save = useMutation({
    mutationFn: async () =>
      signer
        ? api['signers.update']({ id: signer.id, fields: { name, title } })
        : api['signers.create']({
            name,
            title,
            ...(signature ? { signature: { fileName: signature.name, contentBase64: await readFileBase64(signature) } } : {}),
          }),
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
          error={errorText(tm, attempted && !name.trim() ? 'required' : undefined)}
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
        {!signer && <SignaturePicker file={signature} onChange={setSignature} />}
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
