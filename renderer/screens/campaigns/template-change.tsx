import { Alert, Box, Button, Group, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterDocument } from '../../../shared/letter/document';
import { plainText } from '../../../shared/letter/merge/plain-text';
import { api } from '../../api/client';
import { invalidateDrafts } from '../../api/campaign-queries';
import { notifyError, notifySuccess } from '../../components/notify';
import { diffLines } from './line-diff';
import { MergePanel } from './merge-panel';

const LINE_STYLE = {
  added: { background: 'var(--mantine-color-green-0)', color: 'var(--mantine-color-green-9)' },
  removed: { background: 'var(--mantine-color-red-0)', color: 'var(--mantine-color-red-9)', textDecoration: 'line-through' },
  same: { color: 'var(--mantine-color-dimmed)' },
} as const;

interface Props {
  draftId: string;
  /** The hand-edited letter, the template text it was edited from, and the template text now. */
  document: LetterDocument;
  baseDocument: LetterDocument | null;
  templateDocument: LetterDocument;
  templateRevision: number;
}

/** A hand-edited letter whose template changed since: what changed, and the three choices. */
export function TemplateChange({ draftId, document, baseDocument, templateDocument, templateRevision }: Props) {
  const { t } = useTranslation('campaigns');
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const lines = useMemo(() => diffLines(baseDocument ? plainText(baseDocument) : '', plainText(templateDocument)), [baseDocument, templateDocument]);
  const changed = lines.some((l) => l.kind !== 'same');
  const [merging, setMerging] = useState(false);
  const mergeButton = useRef<HTMLButtonElement>(null);

  const choose = useMutation({
    mutationFn: (choice: 'keep' | 'revert') => (choice === 'keep' ? api['drafts.keepEdit']({ id: draftId }) : api['drafts.revert']({ id: draftId })),
    onSuccess: async (_row, choice) => {
      notifySuccess(tm, t('state.templateChanged'), choice === 'keep' ? t('draft.kept') : t('draft.reverted'));
      await invalidateDrafts(queryClient);
    },
    onError: (error) => notifyError(tm, error),
  });

  return (
    <>
      <Alert color="grape" title={t('draft.changedTitle')} component="section">
        <Stack gap="sm">
          <Text size="sm">{t('draft.changedBody')}</Text>
          {changed ? (
            <Box
              component="pre"
              role="region"
              aria-label={t('draft.diffLabel')}
              tabIndex={0}
              m={0}
              p="xs"
              bg="white"
              style={{ whiteSpace: 'pre-wrap', fontSize: 13, maxHeight: 320, overflow: 'auto' }}
            >
              {lines.map((line, i) => (
                <div key={i} style={LINE_STYLE[line.kind]}>
                  {line.kind === 'added' && <VisuallyHidden component="span">{`${t('draft.added')}: `}</VisuallyHidden>}
                  {line.kind === 'removed' && <VisuallyHidden component="span">{`${t('draft.removed')}: `}</VisuallyHidden>}
                  <span aria-hidden>{line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '− ' : '  '}</span>
                  {line.text || ' '}
                </div>
              ))}
            </Box>
          ) : (
            <Text size="sm">{t('draft.noDiff')}</Text>
          )}
          <Group>
            <Button onClick={() => choose.mutate('keep')} loading={choose.isPending && choose.variables === 'keep'}>
              {t('draft.keepMine')}
            </Button>
            <Button variant="default" onClick={() => choose.mutate('revert')} loading={choose.isPending && choose.variables === 'revert'}>
              {t('draft.takeTemplate')}
            </Button>
            {baseDocument ? (
              <Button
                ref={mergeButton}
                variant="default"
                onClick={() => setMerging(true)}
                aria-expanded={merging}
                aria-controls={merging ? 'merge-panel' : undefined}
              >
                {t('draft.merge')}
              </Button>
            ) : (
              <>
                {/* Drafts edited before the base text was kept cannot be merged: say why, in the tooltip and to screen readers. */}
                <Tooltip label={t('draft.mergeNoBase')}>
                  <Button variant="default" data-disabled aria-disabled onClick={(e) => e.preventDefault()} aria-describedby="merge-no-base">
                    {t('draft.merge')}
                  </Button>
                </Tooltip>
                <VisuallyHidden component="span" id="merge-no-base">
                  {t('draft.mergeNoBase')}
                </VisuallyHidden>
              </>
            )}
          </Group>
        </Stack>
      </Alert>
      {merging && baseDocument && (
        <div id="merge-panel">
          <MergePanel
            draftId={draftId}
            base={baseDocument}
            ours={document}
            theirs={templateDocument}
            templateRevision={templateRevision}
            onClose={() => {
              setMerging(false);
              mergeButton.current?.focus();
            }}
          />
        </div>
      )}
    </>
  );
}
