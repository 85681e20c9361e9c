import { Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, type Recipient } from '../../../shared/recipients/schemas';
import type { TemplateSummary, TemplateVoice } from '../../../shared/templates/schemas';
import { resolveVoice } from '../../../shared/letter/voice';
import type { LetterDocument } from '../../../shared/letter/document';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import { useFacts } from '../../api/template-queries';
import { ErrorAlert } from '../../components/error-alert';
import { isLanguage } from '../../i18n';
import { mergePreview } from './letter-merge';
import { PreviewPage } from './preview-page';
import { PreviewWarnings } from './preview-warnings';
import { RecipientPicker } from './recipient-picker';
import { useSheetSender } from './use-sheet-sender';

interface LetterPreviewProps {
  template: Pick<TemplateSummary, 'kind' | 'defaultLanguage' | 'paperSize'> & { voice?: TemplateVoice };
  variants: Partial<Record<Language, { title: string; document: LetterDocument }>>;
  /** Start with the first recipient (by name) chosen, to show a letter as it will print. */
  startWithFirst?: boolean;
  /** Shown instead of "choose a recipient" while none is chosen. */
  whenEmpty?: React.ReactNode;
  /** The heading; "Preview" by default. */
  title?: string;
}

/** The first recipient by name, or null when there is none. */
function useFirstRecipient(enabled: boolean) {
  return useQuery({
    queryKey: [...keys.recipients, 'first'],
    queryFn: async () => (await api['recipients.list']({ search: '', limit: 1, sortBy: 'name' })).rows[0] ?? null,
    enabled,
  });
}

/** The letter as one recipient would get it, merged here as the text changes. */
export function LetterPreview({ template, variants, startWithFirst = false, whenEmpty, title }: LetterPreviewProps) {
  const { t } = useTranslation();
  const { t: tl } = useTranslation('letters');
  const { t: tc } = useTranslation('campaigns');
  // undefined until the person chooses (or clears): then the first recipient stands in, if asked for.
  const [chosen, setPicked] = useState<Recipient | null | undefined>(undefined);
  const first = useFirstRecipient(startWithFirst);
  const picked = chosen === undefined ? (startWithFirst ? (first.data ?? null) : null) : chosen;
  // Without a campaign, "automatic" is shown for one signer.
  const voice = resolveVoice(template.voice ?? 'auto', undefined);
  const [language, setLanguage] = useState<Language | null>(null);
  // The freshest copy of the recipient, from the store.
  const recipient = useQuery({
    queryKey: [...keys.recipients, 'one', picked?.id],
    queryFn: () => api['recipients.get']({ id: picked!.id }),
    enabled: picked !== null,
  });
  const facts = useFacts();
  const deferred = useDeferredValue(variants);
  const today = useMemo(() => new Date(), []);
  const sender = useSheetSender(language ?? recipient.data?.language ?? 'en');
  const { place } = sender;
  const { organisation, address, signerName, signerTitle } = sender.mergeSender;

  const result = useMemo(
    () =>
      // Not before the sender is in: its fields would show as missing meanwhile.
      recipient.data && facts.data && !sender.pending
        ? mergePreview({
            ...template,
            variants: deferred,
            recipient: recipient.data,
            language,
            facts: facts.data,
            today,
            voice,
            sender: { organisation, address, signerName, signerTitle },
            place,
          })
        : null,
    [recipient.data, facts.data, template, deferred, language, today, voice, sender.pending, organisation, address, signerName, signerTitle, place],
  );
  const factLabel = (id: string) => facts.data?.find((f) => f.id === id)?.label ?? id;

  return (
    <Stack gap="sm" component="section" aria-labelledby="letter-preview-title">
      <Title order={2} size="h4" id="letter-preview-title">
        {title ?? t('preview.title')}
      </Title>
      <Group grow align="flex-start">
        <RecipientPicker value={picked} onChange={setPicked} />
        <NativeSelect
          label={t('preview.language')}
          value={language ?? ''}
          data={[
            {
              value: '',
              label: recipient.data
                ? t('preview.recipientLanguageNamed', { language: t(`languages.${recipient.data.language}`) })
                : t('preview.recipientLanguage'),
            },
            ...LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) })),
          ]}
          onChange={(event) => setLanguage(isLanguage(event.currentTarget.value) ? event.currentTarget.value : null)}
        />
      </Group>
      {recipient.isError && <ErrorAlert error={recipient.error} />}
      {facts.isError && <ErrorAlert error={facts.error} />}
      {!picked &&
        (whenEmpty ?? (
          <Paper withBorder p="md" c="dimmed">
            <Text size="sm">{t('preview.pickRecipient')}</Text>
          </Paper>
        ))}
      {result && (
        <>
          <Text
            size="sm"
            role="status"
            aria-label={t('preview.variantLabel')}
            c={result.used === result.wanted ? 'dimmed' : 'orange.9'}
            fw={result.used === result.wanted ? undefined : 600}
          >
            {result.used === result.wanted
              ? t('preview.showing', { language: t(`languageInText.${result.used}`) })
              : t('preview.fallback', { wanted: t(`languageInText.${result.wanted}`), used: t(`languageInText.${result.used}`) })}
          </Text>
          {template.kind === 'letter' && (
            <Text size="sm" c="dimmed" role="status" aria-label={tl('voice.label')}>
              {template.voice === 'plural' ? tl('voice.previewPlural') : template.voice === 'singular' ? tl('voice.previewSingular') : tl('voice.previewAuto')}
            </Text>
          )}
          <PreviewWarnings result={result} />
          <PreviewPage result={result} paperSize={template.paperSize} factLabel={factLabel} sender={sender.sheet} />
          {template.kind === 'letter' && (
            <Text size="xs" c="dimmed">
              {sender.sheet.signers[0] ? tc('sheet.exampleSigner', { name: sender.sheet.signers[0].name }) : tc('sheet.noSignerYet')}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
