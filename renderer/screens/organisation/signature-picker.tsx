import { Button, FileButton, Group, Image, Input, Text } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/*
 * The signature of a signer not yet saved: a PNG or JPEG picked here and
 * shown at once, sent with the new signer (signers.create takes it), so a
 * signer and their signature are made in one step.
 */

export function SignaturePicker({ file, onChange }: { file: File | null; onChange: (file: File | null) => void }) {
  const { t } = useTranslation('campaigns');
  const url = useMemo(() => (file ? URL.createObjectURL(file) : null), [file]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );

  return (
    <Input.Wrapper label={t('organisation.signature')} description={t('common.imageHelp')}>
      <Group gap="sm" mt={4} align="center">
        {url ? (
          <Image src={url} alt={t('organisation.newSignature')} h={40} w="auto" fit="contain" style={{ maxWidth: 160 }} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('organisation.noSignature')}
          </Text>
        )}
        <FileButton accept="image/png,image/jpeg" onChange={onChange}>
          {(props) => (
            <Button {...props} size="xs" variant="light">
              {file ? t('organisation.replaceShort') : t('organisation.chooseSignature')}
            </Button>
          )}
        </FileButton>
        {file && (
          <Button size="xs" variant="subtle" color="red" onClick={() => onChange(null)}>
            {t('common.remove')}
          </Button>
        )}
      </Group>
    </Input.Wrapper>
  );
}
