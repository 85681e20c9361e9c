import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { MAX_TEMPLATE_BASE64, type PlaceholderMapping, type TemplateImportPreview } from '../../../../shared/templates/contract';
import type { Language } from '../../../../shared/recipients/schemas';
import type { TemplateImportProposals, TemplateSummary, TemplateVoice } from '../../../../shared/templates/schemas';
import type { TemplateKind } from '../../../api/template-queries';
import { api } from '../../../api/client';
import { templateKeys } from '../../../api/template-queries';
import { readPickedFile, type PickedFile } from '../../../components/read-file-base64';

/** Larger files cannot be sent; the server refuses files over 20 MiB with its own message. */
export const MAX_TEMPLATE_BYTES = Math.floor((MAX_TEMPLATE_BASE64 * 3) / 4);

/** Re-preview this long after the last change to a decision (typing in a text box). */
const REPREVIEW_DELAY_MS = 350;

export type TemplateImportStage = 'pick' | 'reading' | 'checking' | 'review' | 'creating';
export type TemplateImportProblem = { kind: 'tooLarge' } | { kind: 'unreadable' } | { kind: 'api'; error: unknown };

export interface ImportOptions {
  name: string;
  language: Language;
  kind: TemplateKind;
  voice: TemplateVoice;
}

/** Every proposal (address block, salutation, close) starts on; the person turns off what they do not want. */
const ALL_ON: TemplateImportProposals = { addressBlock: true, salutation: true, close: true };

/**
 * The letter import: read the file, preview it (commit: false), let the
 * person change what each placeholder becomes, preview again with those
 * decisions, then create the template (commit: true). Only the newest
 * request may update the screen.
 */
export function useTemplateImport(onCreated: (template: TemplateSummary) => void) {
  const queryClient = useQueryClient();
  const [stage, setStage] = useState<TemplateImportStage>('pick');
  const [progress, setProgress] = useState(0);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<TemplateImportPreview | null>(null);
  const [decisions, setDecisions] = useState<Record<string, PlaceholderMapping>>({});
  const [options, setOptions] = useState<ImportOptions | null>(null);
  const [problem, setProblem] = useState<TemplateImportProblem | null>(null);
  const [proposals, setProposals] = useState<TemplateImportProposals>(ALL_ON);
  // What Letterdesk proposed before any decision, shown beside each placeholder.
  const [proposed, setProposed] = useState<TemplateImportPreview['placeholders'] | null>(null);
  const latest = useRef(0);
  // Set while the template is being created: a re-preview timed before the click must not supersede it (and drop its result).
  const creating = useRef(false);

  const request = async (
    picked: PickedFile,
    chosen: Record<string, PlaceholderMapping>,
    opts: ImportOptions | null,
    proposed: TemplateImportProposals,
    commit: boolean,
  ) => {
    const id = ++latest.current;
    creating.current = commit;
    setProblem(null);
    setStage(commit ? 'creating' : 'checking');
    try {
      const result = await api['templates.import']({
        fileName: picked.name,
        contentBase64: picked.base64,
        decisions: chosen,
        proposals: proposed,
        commit,
        ...(opts ? { language: opts.language, kind: opts.kind, name: opts.name.trim() || undefined, voice: opts.voice } : {}),
      });
      if (id !== latest.current) return;
      if (commit && result.template) {
        await queryClient.invalidateQueries({ queryKey: templateKeys.all });
        onCreated(result.template);
        return;
      }
      setPreview(result.preview);
      setProposed((current) => current ?? result.preview.placeholders);
      setOptions(
        (current) => current ?? { name: result.preview.suggestedName, language: result.preview.language, kind: 'letter', voice: result.preview.voice },
      );
      setStage('review');
    } catch (caught) {
      if (id !== latest.current) return;
      creating.current = false;
      setProblem({ kind: 'api', error: caught });
      setStage(preview ? 'review' : 'pick');
    }
  };

  const choose = async (picked: File) => {
    latest.current++;
    setPreview(null);
    setFile(null);
    setDecisions({});
    setOptions(null);
    setProposed(null);
    setProblem(null);
    setProposals(ALL_ON);
    const read = await readPickedFile(picked, { maxBytes: MAX_TEMPLATE_BYTES, onReading: () => setStage('reading'), onProgress: setProgress });
    if ('problem' in read) {
      setProblem({ kind: read.problem });
      setStage('pick');
      return;
    }
    setFile(read);
    await request(read, {}, null, ALL_ON, false);
  };

  // Decisions, proposals, the language and the kind change the preview: ask again once the person pauses.
  const previewKey = JSON.stringify([decisions, proposals, options?.language, options?.kind]);
  const shownKey = useRef(previewKey);
  useEffect(() => {
    if (!file || !preview || previewKey === shownKey.current) return;
    const timer = setTimeout(() => {
      if (creating.current) return;
      shownKey.current = previewKey;
      void request(file, decisions, options, proposals, false);
    }, REPREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `previewKey` stands for decisions and language
  }, [previewKey, file]);

  return {
    stage,
    progress,
    preview,
    proposed,
    decisions,
    proposals,
    options,
    problem,
    choose,
    decide: (id: string, mapping: PlaceholderMapping) => setDecisions((d) => ({ ...d, [id]: mapping })),
    setOptions: (next: Partial<ImportOptions>) => setOptions((current) => (current ? { ...current, ...next } : current)),
    propose: (next: Partial<TemplateImportProposals>) => setProposals((current) => ({ ...current, ...next })),
    create: () => file && void request(file, decisions, options, proposals, true),
  };
}
