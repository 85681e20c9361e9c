import { Alert, Button, Divider, Group, Modal, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/recipients/schemas';
import { describeError } from '../../../api/describe-error';
import en from '../../../locales/en.json';
import { notifySuccess } from '../../../components/notify';
import { DocumentView } from '../../../letter/document-view';
import { VoiceControl } from '../../../letter/voice-control';
import { LetterPreview } from '../../preview/letter-preview';
import { FileStep, ImportProgress } from '../../recipients/import/file-step';
import { LetterProposals } from './letter-proposals';
import { PlaceholderReview } from './placeholder-review';
import { useTemplateImport, type TemplateImportProblem } from './use-template-import';

interface ImportLetterModalProps {
  opened: boolean;
  onClose: () => void;
  /** Opens the new template in the editor. */
  onCreated: (templateId: string) => void;
}

/** Import a letter (.docx, .txt, .md, .html) as a template: pick, review the placeholders, create. */
export function ImportLetterModal({ opened, onClose, onCreated }: ImportLetterModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('templateImport.title')} size="90%" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && (
        <ImportWizard
          onCancel={onClose}
          onCreated={(id) => {
            onClose();
            onCreated(id);
          }}
        />
      )}
    </Modal>
  );
}

type WarningCode = keyof typeof en.templateImport.warning;

/** The warning in the UI language; one Letterdesk does not know yet reads as the server's English. */
function warningText(t: TFunction, warning: { code: string; message: string }): string {
  return Object.hasOwn(en.templateImport.warning, warning.code) ? t(`templateImport.warning.${warning.code as WarningCode}`) : warning.message;
}

function ProblemAlert({ problem }: { problem: TemplateImportProblem }) {
  const { t } = useTranslation();
  if (problem.kind !== 'api') {
    return <Alert color="red" role="alert" title={t(problem.kind === 'tooLarge' ? 'templateImport.tooLarge' : 'csvImport.unreadable')} />;
  }
  const text = describeError(t, problem.error);
  return (
    <Alert color="red" role="alert" title={t('templateImport.refused')}>
      <Text size="sm">{text.title}</Text>
      {text.detail && <Text size="sm">{text.detail}</Text>}
    </Alert>
  );
}

function ImportWizard({ onCancel, onCreated }: { onCancel: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const { t: tl } = useTranslation('letters');
  const wizard = useTemplateImport((template) => {
    notifySuccess(t, t('templateImport.doneTitle'), t('templateImport.doneMessage', { name: template.name }));
    onCreated(template.id);
  });
  const { stage, preview, options, problem } = wizard;
  const busy = stage === 'reading' || stage === 'creating';
  const unmapped = preview ? preview.placeholders.filter((p) => (wizard.decisions[p.id] ?? p.mapping).type === 'unmapped').length : 0;

  const progress =
    stage === 'reading'
      ? { label: t('templateImport.reading'), value: wizard.progress }
      : stage === 'checking'
        ? { label: t('templateImport.checking'), value: null }
        : stage === 'creating'
          ? { label: t('templateImport.creating'), value: null }
          : null;

  return (
    <Stack gap="md">
      <FileStep
        disabled={busy}
        accept=".docx,.txt,.md,.markdown,.html,.htm"
        label={t('templateImport.file')}
        help={t('templateImport.fileHelp')}
        onFile={(file) => void wizard.choose(file)}
      />
      {progress && <ImportProgress label={progress.label} value={progress.value} />}
      {problem && <ProblemAlert problem={problem} />}
      {preview && options && (
        <>
          <Divider />
          {preview.warnings.length > 0 && (
            <Alert color="yellow" title={t('templateImport.warningsTitle')}>
              <Stack gap={2}>
                {preview.warnings.map((w) => (
                  <Text size="sm" key={w.code}>
                    {warningText(t, w)}
                  </Text>
                ))}
              </Stack>
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Stack gap="xs">
              <Title order={3} size="h5">
                {t('templateImport.placeholdersTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('templateImport.placeholdersHelp')}
              </Text>
              {options.kind === 'letter' && <LetterProposals offers={preview.offers} proposals={wizard.proposals} onChange={wizard.propose} />}
              <PlaceholderReview proposed={wizard.proposed ?? preview.placeholders} preview={preview} decisions={wizard.decisions} onDecide={wizard.decide} />
            </Stack>
            {/* Stays in view while the placeholders scroll by. */}
            <Stack gap="xs" style={{ position: 'sticky', top: 0, alignSelf: 'start' }}>
              <Title order={3} size="h5">
                {t('templateImport.previewTitle')}
              </Title>
              <Paper
                withBorder
                p="md"
                mah={640}
                style={{ overflow: 'auto' }}
                role="region"
                aria-label={t('templateImport.previewTitle')}
                aria-busy={stage === 'checking'}
              >
                {/* The first recipient's letter, merged as the export will print it; the template itself while there is no recipient. */}
                <LetterPreview
                  template={{ kind: options.kind, defaultLanguage: preview.language, paperSize: 'A4', voice: options.voice }}
                  variants={{ [preview.language]: { title: '', document: preview.document } }}
                  startWithFirst
                  title={tl('importProposals.previewTitle')}
                  whenEmpty={
                    <Stack gap="xs">
                      <Text size="sm" c="dimmed">
                        {tl('importProposals.previewTemplate')}
                      </Text>
                      <div style={{ fontFamily: 'Georgia, serif' }}>
                        <DocumentView document={preview.document} />
                      </div>
                    </Stack>
                  }
                />
              </Paper>
            </Stack>
          </SimpleGrid>
          <Divider />
          <Group align="flex-end" grow>
            <TextInput
              label={t('templates.fields.name')}
              value={options.name}
              maxLength={200}
              onChange={(e) => wizard.setOptions({ name: e.currentTarget.value })}
            />
            <NativeSelect
              label={t('templateImport.language')}
              description={t('templateImport.languageHelp')}
              value={options.language}
              data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
              onChange={(e) => wizard.setOptions({ language: e.currentTarget.value as Language })}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="import-kind-label">
                {t('templates.fields.kind')}
              </Text>
              <SegmentedControl
                aria-labelledby="import-kind-label"
                value={options.kind}
                data={[
                  { value: 'letter', label: t('templates.kinds.letter') },
                  { value: 'statement', label: t('templates.kinds.statement') },
                ]}
                onChange={(v) => wizard.setOptions({ kind: v === 'statement' ? 'statement' : 'letter' })}
              />
            </Stack>
          </Group>
          {options.kind === 'letter' && <VoiceControl value={options.voice} onChange={(voice) => wizard.setOptions({ voice })} />}
          {unmapped > 0 && (
            <Alert color="orange" title={t('templateImport.unmappedTitle', { count: unmapped })}>
              {t('templateImport.unmappedBody')}
            </Alert>
          )}
        </>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={stage === 'creating'}>
          {t('common.cancel')}
        </Button>
        {preview && (
          <Button onClick={wizard.create} loading={stage === 'creating'} disabled={stage === 'checking' || stage === 'reading'}>
            {t('templateImport.create')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
