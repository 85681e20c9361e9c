import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { MAX_IMPORT_BASE64, type ImportResult } from '../../../../shared/recipients/contract';
import type { CsvField } from '../../../../shared/recipients/csv-fields';
import type { OfficeType } from '../../../../shared/recipients/schemas';
import { api } from '../../../api/client';
import { keys } from '../../../api/queries';
import { readPickedFile, type PickedFile } from '../../../components/read-file-base64';

export type ColumnChoice = CsvField | 'ignore';

/** Larger files cannot be sent; the server refuses files over 50 MiB with its own message. */
export const MAX_FILE_BYTES = Math.floor((MAX_IMPORT_BASE64 * 3) / 4);

export type ImportStage = 'pick' | 'reading' | 'checking' | 'preview' | 'importing';

/** Why the wizard cannot go on: a file too large to send, one the browser could not read, or the API's answer. */
export type ImportProblem = { kind: 'tooLarge' } | { kind: 'unreadable' } | { kind: 'api'; error: unknown };

/** Gives `field` to column `index`; a column that had it before gives it up, as the server keeps one column per field. */
export function chooseColumn(columns: readonly ColumnChoice[], index: number, field: ColumnChoice): ColumnChoice[] {
  return columns.map((current, i) => (i === index ? field : field !== 'ignore' && current === field ? 'ignore' : current));
}

function columnsInput(columns: readonly ColumnChoice[] | null) {
  return columns ? Object.fromEntries(columns.map((choice, index) => [String(index), choice])) : undefined;
}

/** The person's choices per line of the file: names kept as written, office types and countries chosen. */
export interface RowChoices {
  keepNames: readonly number[];
  officeTypes: Readonly<Record<string, OfficeType>>;
  /** ISO-2 codes, for lines whose country the file names in a way Letterdesk does not recognise. */
  countries: Readonly<Record<string, string>>;
}

const NO_CHOICES: RowChoices = { keepNames: [], officeTypes: {}, countries: {} };

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
  /** Tags added to every recipient the import creates or updates. */
  const [tags, setTagList] = useState<string[]>([]);
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  // Only the newest request may update the screen.
  const latest = useRef(0);

  const run = async (picked: PickedFile, chosen: ColumnChoice[] | null, commit: boolean, rowChoices: RowChoices = choices, tagList: string[] = tags) => {
    const request = ++latest.current;
    setProblem(null);
    setStage(commit ? 'importing' : 'checking');
    try {
      const result = await api['recipients.importCsv']({
        fileName: picked.name,
        contentBase64: picked.base64,
        columns: columnsInput(chosen),
        choices: { keepNames: [...rowChoices.keepNames], officeTypes: { ...rowChoices.officeTypes }, countries: { ...rowChoices.countries } },
        tags: tagList,
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
    const next = await readPickedFile(picked, { maxBytes: MAX_FILE_BYTES, onReading: () => setStage('reading'), onProgress: setProgress });
    if ('problem' in next) {
      setProblem({ kind: next.problem });
      setStage('pick');
      return;
    }
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

  const setCountry = (line: number, code: string) => applyChoices({ ...choices, countries: { ...choices.countries, [String(line)]: code } });
  // The preview shows the tags among each update's changes: check again.
  const setTags = (next: string[]) => {
    setTagList(next);
    if (file) void run(file, columns, false, choices, next);
  };

  const commit = () => {
    if (file) void run(file, columns, true);
  };

  return { stage, progress, file, columns, preview, problem, choices, tags, choose, setColumn, keepName, setOfficeType, setCountry, setTags, commit };
}
