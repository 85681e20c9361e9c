import { Alert, Button, Checkbox, Group, List, Paper, Progress, Radio, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportJobStatus } from '../../../shared/exports/contract';
import type { DraftRow } from '../../../shared/campaigns/schemas';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { notifyError } from '../../components/notify';
import { downloadFile, isDesktop } from '../../components/download';
import { ExportResult, type Delivered } from './export-result';
import { ReasonLinks } from './reason-link';
import { useExportJob } from './use-export-job';

const FORMATS = ['zip', 'combined', 'files', 'pdf-zip', 'pdf-combined', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

/** Attention reasons of the drafts left out, counted: "Recipient to verify (2)". */
function leftOutReasons(rows: readonly DraftRow[]): Map<DraftRow['reasons'][number]['code'], number> {
  const counts = new Map<DraftRow['reasons'][number]['code'], number>();
  for (const row of rows) for (const code of new Set(row.reasons.map((r) => r.code))) counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}

interface ExportPanelProps {
  campaignId: string;
  rows: readonly DraftRow[];
  /** What a reason's link needs: the template to open, and "choose signers". */
  templateId: string;
  onChooseSigners: () => void;
}

export function ExportPanel({ campaignId, rows, templateId, onChooseSigners }: ExportPanelProps) {
  const { t } = useTranslation('campaigns');
  const { t: tm } = useTranslation();
  const [format, setFormat] = useState<Format>('zip');
  const [includeAttention, setIncludeAttention] = useState(false);
  const [sourcesMode, setSourcesMode] = useState<'section' | 'footnotes'>('section');
  const [delivered, setDelivered] = useState<Delivered>({ kind: 'none' });
  const attention = rows.filter((r) => r.state === 'attention');

  /** Desktop: a native dialog asks where to save. Browser: one file downloads at once; several are offered one by one. */
  const deliver = useCallback(
    async (jobId: string, status: ExportJobStatus) => {
      try {
        if (isDesktop()) {
          const saved = await api['exports.save']({ jobId });
          setDelivered(saved.cancelled ? { kind: 'saveCancelled' } : { kind: 'saved', paths: saved.savedTo });
        } else if (status.files.length === 1) {
          const file = await api['exports.download']({ jobId, index: 0 });
          downloadFile(file);
          setDelivered({ kind: 'downloaded', names: [file.fileName] });
        } else {
          setDelivered({ kind: 'offered' });
        }
      } catch (error) {
        notifyError(tm, error);
      }
    },
    [tm],
  );
  const job = useExportJob(campaignId, (jobId, status) => void deliver(jobId, status));
  const status = job.status;
  const reasons = leftOutReasons(attention);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="export-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="export-title">
          {t('export.title')}
        </Title>
        <Radio.Group label={t('export.format')} value={format} onChange={(v) => setFormat(FORMATS.find((f) => f === v) ?? 'zip')}>
          {/* Word formats on one line, the same three as PDF on the next. */}
          <Stack gap="xs" mt={6}>
            {[FORMATS.slice(0, 3), FORMATS.slice(3)].map((line) => (
              <Group gap="lg" key={line[0]}>
                {line.map((f) => (
                  <Radio key={f} value={f} label={t(`export.${f}`)} disabled={job.running} />
                ))}
              </Group>
            ))}
          </Stack>
        </Radio.Group>
        <Radio.Group label={t('export.sources')} value={sourcesMode} onChange={(v) => setSourcesMode(v === 'footnotes' ? 'footnotes' : 'section')}>
          <Group gap="lg" mt={6}>
            <Radio value="section" label={t('export.sourcesSection')} disabled={job.running} />
            <Radio value="footnotes" label={t('export.sourcesFootnotes')} disabled={job.running} />
          </Group>
        </Radio.Group>
        {attention.length > 0 && (
          <>
            <Checkbox
              label={t('export.includeAttention')}
              checked={includeAttention}
              onChange={(e) => setIncludeAttention(e.currentTarget.checked)}
              disabled={job.running}
            />
            <Text size="sm">{includeAttention ? t('export.included', { count: attention.length }) : t('export.leftOut', { count: attention.length })}</Text>
            {!includeAttention && (
              <List size="sm" withPadding>
                {[...reasons].map(([code, count]) => (
                  <List.Item key={code}>
                    {`${t(`reason.${code}`)} (${count})`}
                    <ReasonLinks
                      code={code}
                      details={attention.flatMap((r) => r.reasons.filter((x) => x.code === code).map((x) => x.detail))}
                      templateId={templateId}
                      campaignId={campaignId}
                      onChooseSigners={onChooseSigners}
                    />
                  </List.Item>
                ))}
              </List>
            )}
          </>
        )}
        {(format === 'files' || format === 'pdf') && !isDesktop() && (
          <Text size="sm" c="dimmed">
            {t('export.filesHint')}
          </Text>
        )}
        <Group>
          <Button
            onClick={() => {
              setDelivered({ kind: 'none' });
              job.reset();
              job.start.mutate({ format, includeAttention, sourcesMode });
            }}
            loading={job.start.isPending}
            disabled={job.running}
          >
            {t('export.start')}
          </Button>
          {job.running && job.jobId && (
            <Button variant="default" color="red" onClick={() => job.cancel.mutate()} loading={job.cancel.isPending}>
              {t('export.cancel')}
            </Button>
          )}
        </Group>
        {status?.state === 'running' && (
          <Stack gap={4}>
            <Progress
              value={status.total > 0 ? (status.done / status.total) * 100 : 0}
              aria-label={t('export.progressLabel')}
              aria-valuetext={t('export.progress', { done: status.done, total: status.total })}
              animated
            />
            <Text size="sm" aria-live="polite">
              {t('export.progress', { done: status.done, total: status.total })}
            </Text>
          </Stack>
        )}
        {job.start.isError && <ErrorAlert error={job.start.error} />}
        {job.statusError && <ErrorAlert error={job.statusError} />}
        {status && status.state === 'failed' && (
          <Alert color="red" title={t('export.failedTitle')} role="alert">
            {status.message}
          </Alert>
        )}
        {status && status.state === 'cancelled' && (
          <Alert color="gray" title={t('export.cancelledTitle')} role="status">
            {status.message}
          </Alert>
        )}
        {status?.state === 'done' && job.jobId && (
          <ExportResult
            jobId={job.jobId}
            status={status}
            delivered={delivered}
            onDelivered={setDelivered}
            onSaveAgain={() => void deliver(job.jobId ?? '', status)}
          />
        )}
      </Stack>
    </Paper>
  );
}
