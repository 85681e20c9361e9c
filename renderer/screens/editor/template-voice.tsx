import { Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template, TemplateVoice } from '../../../shared/templates/schemas';
import { api } from '../../api/client';
import { templateKeys } from '../../api/template-queries';
import { VoiceControl } from '../../letter/voice-control';

/** The template's voice (Automatic / I / We), saved as soon as it changes; `onChange` tells the preview. */
export function TemplateVoiceSetting({ template, onChange }: { template: Template; onChange: (voice: TemplateVoice) => void }) {
  const { t } = useTranslation('letters');
  const queryClient = useQueryClient();
  const [voice, setVoice] = useState<TemplateVoice>(template.voice);
  const save = useMutation({
    mutationFn: (next: TemplateVoice) =>
      api['templates.update']({
        id: template.id,
        fields: { name: template.name, kind: template.kind, defaultLanguage: template.defaultLanguage, paperSize: template.paperSize, voice: next },
      }),
    onSuccess: (saved) => {
      // The editor owns its copy of the template: update the voice in place rather than refetching the text.
      queryClient.setQueryData<Template>(templateKeys.one(template.id), (current) => (current ? { ...current, voice: saved.voice } : current));
      void queryClient.invalidateQueries({ queryKey: templateKeys.list });
    },
    onError: () => {
      setVoice(template.voice);
      onChange(template.voice);
    },
  });
  return (
    <>
      <VoiceControl
        value={voice}
        onChange={(next) => {
          setVoice(next);
          onChange(next);
          save.mutate(next);
        }}
      />
      {save.isError && (
        <Text size="xs" c="red" role="alert">
          {t('voice.saveFailed')}
        </Text>
      )}
    </>
  );
}
