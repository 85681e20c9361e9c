import { Alert, Button, Divider, Group, Modal, Stack, TagsInput, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/recipients/contract';
import { useTags } from '../../../api/queries';
import { notifySuccess } from '../../../components/notify';
import { ColumnMapping } from './column-mapping';
import { FilePicker } from '../../../components/file-picker';
import { ProgressStatus } from '../../../components/progress-status';
import { refusalText } from './import-text';
import { ImportSummary } from './import-summary';
import { PreviewTables } from './preview-tables';
import { useCsvImport, type ImportProblem } from './use-csv-import';

interface CsvImportModalProps {
  opened: boolean;
  onClose: () => void;
  countryName: (code: string) => string;
}

/** Import recipients from a CSV file: pick, check the preview and the column mapping, then import. */
export function CsvImportModal({ opened, onClose, countryName }: CsvImportModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('csvImport.title')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {/* Mounted only while open: closing starts the next import from scratch. */}
      {opened && <ImportWizard onDone={onClose} countryName={countryName} />}
    </Modal>
  );
}

function ProblemAlert({ problem }: { problem: ImportProblem }) {
  const { t } = useTranslation();
  if (problem.kind !== 'api') {
    return (
      <Alert color="red" role="alert" title={t(problem.kind === 'tooLarge' ? 'csvImport.refusal.tooLarge' : 'csvImport.unreadable')}>
        {problem.kind === 'tooLarge' && <Text size="sm">{t('csvImport.tooLargeHelp')}</Text>}
      </Alert>
    );
  }
  const text = refusalText(t, problem.error);
  return (
    <Alert color="red" role="alert" title={text.title}>
      {text.detail && <Text size="sm">{text.detail}</Text>}
    </Alert>
  );
}

function ImportWizard({ onDone, countryName }: { onDone: () => void; countryName: (code: string) => string }) {
  const { t } = useTranslation();
  const knownTags = useTags();
  const onImported = (result: ImportResult) => {
    notifySuccess(
      t,
      t('csvImport.doneTitle'),
      t('csvImport.doneMessage', { created: result.counts.create, updated: result.counts.update, skipped: result.counts.skip }),
    );
    onDone();
  };
  const wizard = useCsvImport(onImported);
  const { stage, preview, columns, problem } = wizard;
  const busy = stage === 'reading' || stage === 'checking' || stage === 'importing';
  const toImport = preview ? preview.counts.create + preview.counts.update : 0;
  // After a failed re-check the preview on screen no longer matches the mapping: fix it first.
  const canImport = stage === 'preview' && preview !== null && problem === null && toImport > 0;

  const progress =
    stage === 'reading'
      ? { label: t('csvImport.reading'), value: wizard.progress }
      : stage === 'checking'
        ? { label: t('csvImport.checking'), value: null }
        : stage === 'importing'
          ? { label: t('csvImport.importing', { count: toImport }), value: null }
          : null;

  return (
    <Stack gap="md">
      <FilePicker
        disabled={busy}
        accept=".csv,text/csv,.txt"
        label={t('csvImport.file')}
        help={t('csvImport.fileHelp')}
        autoFocus
        onFile={(file) => file && void wizard.choose(file)}
      />
      {progress && <ProgressStatus label={progress.label} value={progress.value} />}
      {problem && <ProblemAlert problem={problem} />}
      {preview && columns && (
        <>
          <Divider />
          <ImportSummary preview={preview} />
          <Title order={3} size="h5">
            {t('csvImport.mappingTitle')}
          </Title>
          <ColumnMapping headers={preview.headers} columns={columns} disabled={busy} onChange={wizard.setColumn} />
          <Title order={3} size="h5">
            {t('csvImport.previewTitle')}
          </Title>
          <PreviewTables
            preview={preview}
            countryName={countryName}
            choices={{
              disabled: busy,
              keptNames: wizard.choices.keepNames,
              chosenTypes: wizard.choices.officeTypes,
              chosenCountries: wizard.choices.countries,
              onKeepName: wizard.keepName,
              onOfficeType: wizard.setOfficeType,
              onCountry: wizard.setCountry,
            }}
          />
          <TagsInput
            label={t('csvImport.tags')}
            description={t('csvImport.tagsHelp')}
            value={wizard.tags}
            data={knownTags.data ?? []}
            onChange={wizard.setTags}
            splitChars={[',', ';']}
            acceptValueOnBlur
            disabled={busy}
            maxTags={50}
          />
        </>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={stage === 'importing'}>
          {t('common.cancel')}
        </Button>
        {preview && (
          <Button onClick={wizard.commit} disabled={!canImport} loading={stage === 'importing'}>
            {toImport > 0 ? t('csvImport.confirm', { count: toImport }) : t('csvImport.nothing')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
