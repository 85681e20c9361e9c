import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_VOICES, type TemplateVoice } from '../../shared/templates/schemas';

const isVoice = (value: string): value is TemplateVoice => (TEMPLATE_VOICES as readonly string[]).includes(value);

/** Automatic / I / We: who the complimentary close speaks for ("my" or "our highest consideration"). */
export function VoiceControl({ value, onChange, disabled }: { value: TemplateVoice; onChange: (voice: TemplateVoice) => void; disabled?: boolean }) {
  const { t } = useTranslation('letters');
  const id = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={`${id}-label`}>
        {t('voice.label')}
      </Text>
      <SegmentedControl
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-help`}
        value={value}
        disabled={disabled}
        data={TEMPLATE_VOICES.map((voice) => ({ value: voice, label: t(`voice.${voice}`) }))}
        onChange={(next) => isVoice(next) && onChange(next)}
      />
      <Text size="xs" c="dimmed" id={`${id}-help`} maw={520}>
        {t('voice.help')}
      </Text>
    </Stack>
  );
}
