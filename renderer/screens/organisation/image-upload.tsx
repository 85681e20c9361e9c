import { Box, Button, FileButton, Group, Image, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImage } from '../../api/campaign-queries';
import { ConfirmDeleteModal } from '../../components/confirm-delete-modal';
import { notifyError } from '../../components/notify';
import { readFileBase64 } from '../../components/read-file-base64';

/** A stored logo or signature, fetched with images.get. */
export function StoredImage({ imageId, alt, height }: { imageId: string; alt: string; height: number }) {
  const image = useImage(imageId);
  if (!image.data) return <Box h={height} w={height * 2} bg="gray.1" aria-busy={image.isPending} />;
  return (
    <Image src={`data:${image.data.mime};base64,${image.data.contentBase64}`} alt={alt} h={height} w="auto" fit="contain" style={{ maxWidth: height * 4 }} />
  );
}

interface ImageControlsProps {
  imageId: string | null;
  alt: string;
  emptyText: string;
  uploadLabel: string;
  removeLabel: string;
  /** Shorter visible texts where the labels name the person (the table row already does). */
  uploadText?: string;
  removeText?: string;
  height: number;
  upload: (input: { fileName: string; contentBase64: string }) => Promise<unknown>;
  remove: () => Promise<unknown>;
  /** Queries to refresh after a change. */
  invalidate: readonly unknown[];
}

/** Preview, upload (PNG/JPEG → base64) and remove of one image; errors in plain words from the server. */
export function ImageControls({
  imageId,
  alt,
  emptyText,
  uploadLabel,
  removeLabel,
  uploadText,
  removeText,
  height,
  upload,
  remove,
  invalidate,
}: ImageControlsProps) {
  const { t } = useTranslation('campaigns');
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: invalidate });
  const uploading = useMutation({
    mutationFn: async (file: File) => upload({ fileName: file.name, contentBase64: await readFileBase64(file) }),
    onSuccess: refresh,
    onError: (error) => notifyError(tm, error),
  });
  const removing = useMutation({ mutationFn: remove, onSuccess: refresh, onError: (error) => notifyError(tm, error) });
  // Removing is asked first: a scanned signature may not be at hand again.
  const [confirming, setConfirming] = useState(false);

  return (
    <Group gap="sm" align="center">
      {imageId ? (
        <StoredImage imageId={imageId} alt={alt} height={height} />
      ) : (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      )}
      <FileButton accept="image/png,image/jpeg" onChange={(file) => file && uploading.mutate(file)}>
        {(props) => (
          <Button {...props} size="xs" variant="light" loading={uploading.isPending} aria-label={uploadLabel} title={t('common.imageHelp')}>
            {uploadText ?? uploadLabel}
          </Button>
        )}
      </FileButton>
      {imageId && (
        <Button size="xs" variant="subtle" color="red" loading={removing.isPending} onClick={() => setConfirming(true)} aria-label={removeLabel}>
          {removeText ?? removeLabel}
        </Button>
      )}
      <ConfirmDeleteModal
        opened={confirming}
        title={t('common.removeImageTitle', { what: removeLabel })}
        body={t('common.removeImageBody')}
        confirmLabel={t('common.removeImageConfirm')}
        onDelete={() => removing.mutateAsync()}
        onClose={() => setConfirming(false)}
      />
    </Group>
  );
}
