import { Alert, Box, Button, Group, Paper, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiClientError } from '../../../shared/api/client';
import {
  CONFLICT_CHOICES,
  fromUnits,
  mergeBlocks,
  resolveMerge,
  type BlockMerge,
  type ConflictChoice,
  type MergeUnit,
} from '../../../shared/letter/block-merge';
import type { LetterDocument } from '../../../shared/letter/document';
import { plainText } from '../../../shared/letter/merge/plain-text';
import { api } from '../../api/client';
import { invalidateDrafts } from '../../api/campaign-queries';
import { notifyError, notifySuccess } from '../../components/notify';

/** Refusals of drafts.merge that this panel explains in the user's language. */
const MERGE_ISSUES = ['mergeStale', 'notEdited', 'noBase', 'otherLanguage', 'mergeTooLong'] as const;
type MergeIssue = (typeof MERGE_ISSUES)[number];

function mergeIssue(error: unknown): MergeIssue | null {
  if (!(error instanceof ApiClientError)) return null;
  const code = error.error.issues.find((issue) => (MERGE_ISSUES as readonly string[]).includes(issue.code))?.code;
  return (code as MergeIssue | undefined) ?? null;
}

const CHOICE_KEYS = { mine: 'merge.chooseMine', template: 'merge.chooseTemplate', both: 'merge.chooseBoth' } as const satisfies Record<ConflictChoice, string>;
const TEXT_STYLE = { whiteSpace: 'pre-wrap', fontFamily: 'Georgia, serif', fontSize: 14, lineHeight: 1.45 } as const;

interface Props {
  draftId: string;
  base: LetterDocument;
  ours: LetterDocument;
  theirs: LetterDocument;
  templateRevision: number;
  onClose: () => void;
}

/**
 * "Merge": the hand edit and the template's changes since it was made, put
 * together block by block. What does not overlap is combined at once; each
 * part both changed is shown side by side with a choice: mine, the
 * template's, or both. Nothing is saved until every part has its choice.
 */
export function MergePanel({ draftId, base, ours, theirs, templateRevision, onClose }: Props) {
  const { t } = useTranslation('campaigns');
  const { t: tm } = useTranslation();
  const queryClient = useQueryClient();
  const merge = useMemo(() => mergeBlocks(base, ours, theirs), [base, ours, theirs]);
  // Choices belong to one merge: new texts (after a refresh) start the choosing again.
  const [state, setState] = useState<{ merge: BlockMerge; choices: (ConflictChoice | null)[]; attempted: boolean }>({ merge, choices: [], attempted: false });
  const current = state.merge === merge ? state : { merge, choices: [], attempted: false };
  const choices = Array.from({ length: merge.conflicts }, (_, i) => current.choices[i] ?? null);
  const [issue, setIssue] = useState<MergeIssue | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const groupRefs = useRef<(HTMLDivElement | null)[]>([]);

  useEffect(() => titleRef.current?.focus(), []);

  const complete = choices.every((c): c is ConflictChoice => c !== null);
  const merged = complete ? resolveMerge(merge, choices) : null;

  const save = useMutation({
    mutationFn: (request: { choices: ConflictChoice[]; merged: LetterDocument }) => api['drafts.merge']({ id: draftId, templateRevision, ...request }),
    onSuccess: async () => {
      notifySuccess(tm, t('merge.savedTitle'), t('merge.saved'));
      await invalidateDrafts(queryClient);
      onClose();
    },
    onError: async (error) => {
      const known = mergeIssue(error);
      if (!known) return notifyError(tm, error);
      setIssue(known);
      // Fetch the texts as they are now, so the merge shown is the one that would be saved.
      await invalidateDrafts(queryClient);
    },
  });

  const choose = (index: number, value: ConflictChoice) => {
    const next = [...choices];
    next[index] = value;
    setState({ merge, choices: next, attempted: current.attempted });
  };

  const submit = () => {
    setIssue(null);
    if (merged && complete) {
      save.mutate({ choices, merged });
      return;
    }
    setState({ merge, choices, attempted: true });
    groupRefs.current[choices.findIndex((c) => c === null)]?.querySelector<HTMLInputElement>('input')?.focus();
  };

  let conflictIndex = 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="merge-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="merge-title" ref={titleRef} tabIndex={-1}>
          {t('merge.title')}
        </Title>
        <Text size="sm">{t('merge.intro')}</Text>
        <Text size="sm" role="status">
          {[
            t('merge.fromTemplate', { count: merge.fromTemplate }),
            t('merge.fromOurs', { count: merge.fromOurs }),
            merge.conflicts > 0 ? t('merge.conflicts', { count: merge.conflicts }) : t('merge.noConflict'),
          ].join(' ')}
        </Text>
        {issue && (
          <Alert color="red" role="alert" title={t('merge.notSaved')}>
            {t(`merge.errors.${issue}`)}
          </Alert>
        )}
        {merge.parts.map((part, partIndex) => {
          if (part.kind === 'clean') return null;
          const index = conflictIndex++;
          const missing = current.attempted && choices[index] === null;
          return (
            <Paper key={partIndex} withBorder p="sm" bg="gray.0">
              <Radio.Group
                ref={(el) => {
                  groupRefs.current[index] = el;
                }}
                label={t('merge.conflictLabel', { n: index + 1, total: merge.conflicts })}
                description={part.base.length > 0 ? t('merge.conflictHelp') : t('merge.conflictHelpAdded')}
                value={choices[index] ?? null}
                onChange={(value) => choose(index, value as ConflictChoice)}
                error={missing ? t('merge.choose') : undefined}
                required
              >
                <SimpleGrid cols={{ base: 1, sm: 2 }} my="xs">
                  <UnitsText label={t('merge.yours')} units={part.ours} />
                  <UnitsText label={t('merge.template')} units={part.theirs} />
                </SimpleGrid>
                <Group gap="lg">
                  {CONFLICT_CHOICES.map((choice) => (
                    <Radio key={choice} value={choice} label={t(CHOICE_KEYS[choice])} />
                  ))}
                </Group>
              </Radio.Group>
            </Paper>
          );
        })}
        <Text fw={600} size="sm" id="merge-preview-title">
          {t('merge.previewTitle')}
        </Text>
        <Box
          component="pre"
          role="region"
          aria-labelledby="merge-preview-title"
          tabIndex={0}
          m={0}
          p="sm"
          bg="white"
          bd="1px solid var(--mantine-color-gray-3)"
          style={{ ...TEXT_STYLE, maxHeight: 420, overflow: 'auto' }}
        >
          {merged ? plainText(merged) : previewWithGaps(merge, choices, (n) => t('merge.unresolved', { n }))}
        </Box>
        <Group>
          <Button onClick={submit} loading={save.isPending}>
            {t('merge.save')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('merge.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** One side of a conflict: its text, or a note that this side removed the part. */
function UnitsText({ label, units }: { label: string; units: MergeUnit[] }) {
  const { t } = useTranslation('campaigns');
  const text = units.length > 0 ? plainText(fromUnits(units)) : '';
  return (
    <Box role="group" aria-label={label}>
      <Text size="xs" fw={600} c="dimmed" aria-hidden>
        {label}
      </Text>
      <Box component="pre" m={0} p="xs" bg="white" style={TEXT_STYLE}>
        {text.trim() === '' ? (
          <Text span fs="italic" c="dimmed">
            {t('merge.removed')}
          </Text>
        ) : (
          text
        )}
      </Box>
    </Box>
  );
}

/** The merged text so far, with a marker where a conflict still waits for its choice. */
function previewWithGaps(merge: BlockMerge, choices: (ConflictChoice | null)[], marker: (n: number) => string): string {
  let index = 0;
  const pieces: string[] = [];
  for (const part of merge.parts) {
    if (part.kind === 'clean') {
      pieces.push(plainText(fromUnits(part.units)));
      continue;
    }
    const choice = choices[index++];
    const units = choice === 'mine' ? part.ours : choice === 'template' ? part.theirs : choice === 'both' ? [...part.ours, ...part.theirs] : null;
    pieces.push(units ? plainText(fromUnits(units)) : marker(index));
  }
  return pieces.filter((p) => p !== '').join('\n\n');
}
