import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { MAX_IMPORT_BASE64, type ImportResult } from '../../../../shared/recipients/contract';
import type { CsvField } from '../../../../shared/recipients/csv-fields';
import type { OfficeType } from '../../../../shared/recipients/schemas';
import { api } from '../../../api/client';
import { keys } from '../../../api/queries';
import { readFileBase64 } from '../../../components/read-file-base64';

export type ColumnChoice = CsvField | 'ignore';

/** Larger files cannot be sent; the server refuses files over 50 MiB with its own message. */
export const MAX_FILE_BYTES = Math.floor((MAX_IMPORT_BASE64 * 3) / 4);

export type ImportStage = 'pick' | 'reading' | 'checking' | 'preview' | 'importing';

/** Why the wizard cannot go on: a file too large to send, one the browser could not read, or the API's answer. */
export type ImportProblem = { kind: 'tooLarge' } | { kind: 'unreadable' } | { kind: 'api'; error: unknown };

interface PickedFile {
  name: string;
  base64: string;
}

/** Gives `field` to column `index`; a column that had it before gives it up, as the server keeps one column per field. */
export function chooseColumn(columns: readonly ColumnChoice[], index: number, field: ColumnChoice): ColumnChoice[] {
  return columns.map((current, i) => (i === index ? field : field !== 'ignore' && current === field ? 'ignore' : current));
}

function columnsInput(columns: readonly ColumnChoice[] | null) {
  return columns ? Object.fromEntries(columns.map((choice, index) => [String(index), choice])) : undefined;
}

/** The person's choices per line of the file: names kept as written, office types chosen. */
export interface RowChoices {
  keepNames: readonly number[];
  officeTypes: Readonly<Record<string, OfficeType>>;
}

const NO_CHOICES: RowChoices = { keepNames: [], officeTypes: {} };

/** Keeps the name on `line` as written, or takes the suggested form again. */
export function toggleKeepName(choices: RowChoices, line: number, keep: boolean): RowChoices {
  const others = choices.keepNames.filter((l) => l !== line);
  return { ...choices, keepNames: keep ? [...others, line].sort((a, b) => a - b) : others };
}

/**
 * The import wizard's state: read the file, preview (commit: false) as
 * often as the column mapping changes, then import (commit: true). The last
 * good preview stays on screen while a new one loads or when one fails.
 */
export function useCsvImport(onImported: (result: ImportResult) => void) {
  const queryClient = useQueryClient();
  const [stage, setStage] = useState<ImportStage>('pick');
  const [progress, setProgress] = useState(0);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [columns, setColumns] = useState<ColumnChoice[] | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [choices, setChoices] = useState<RowChoices>(NO_CHOICES);
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  // Only the newest request may update the screen.
  const latest = useRef(0);

  const run = async (picked: PickedFile, chosen: ColumnChoice[] | null, commit: boolean, rowChoices: RowChoices = choices) => {
    const request = ++latest.current;
    setProblem(null);
    setStage(commit ? 'importing' : 'checking');
    try {
      const result = await api['recipients.importCsv']({
        fileName: picked.name,
        contentBase64: picked.base64,
        columns: columnsInput(chosen),
        choices: { keepNames: [...rowChoices.keepNames], officeTypes: { ...rowChoices.officeTypes } },
        commit,
      });
      if (request !== latest.current) return;
      if (commit) {
        await queryClient.invalidateQueries({ queryKey: keys.recipients });
        onImported(result);
        return;
      }
      setPreview(result);
      setColumns(result.columns);
      setStage('preview');
    } catch (caught) {
      if (request !== latest.current) return;
      setProblem({ kind: 'api', error: caught });
      setStage(preview || chosen ? 'preview' : 'pick');
    }
  };

  const choose = async (picked: File) => {
    latest.current++;
    setPreview(null);
    setColumns(null);
    setChoices(NO_CHOICES);
    setFile(null);
    setProblem(null);
    if (picked.size > MAX_FILE_BYTES) {
      setProblem({ kind: 'tooLarge' });
      return;
    }
    setStage('reading');
    setProgress(0);
    let base64: string;
    try {
      base64 = await readFileBase64(picked, setProgress);
    } catch {
      setProblem({ kind: 'unreadable' });
      setStage('pick');
      return;
    }
    const next = { name: picked.name, base64 };
    setFile(next);
    await run(next, null, false, NO_CHOICES);
  };

  const setColumn = (index: number, field: ColumnChoice) => {
    if (!file || !columns) return;
    const next = chooseColumn(columns, index, field);
    setColumns(next);
    void run(file, next, false);
  };

  // Each choice checks the file again, so the preview shows what the commit will do.
  const applyChoices = (next: RowChoices) => {
    setChoices(next);
    if (file) void run(file, columns, false, next);
  };
  const keepName = (line: number, keep: boolean) => applyChoices(toggleKeepName(choices, line, keep));
  const setOfficeType = (line: number, officeType: OfficeType) =>
    applyChoices({ ...choices, officeTypes: { ...choices.officeTypes, [String(line)]: officeType } });

  const commit = () => {
    if (file) void run(file, columns, true);
  };

  return { stage, progress, file, columns, preview, problem, choices, choose, setColumn, keepName, setOfficeType, commit };
}
