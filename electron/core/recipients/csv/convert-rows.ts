import { issuesFromZod } from '../../../../shared/api/errors';
import { VALIDATION_MESSAGES_EN } from '../../../../shared/api/messages';
import { recipientFieldsSchema, type RecipientFields, type RecipientFieldsInput } from '../../../../shared/recipients/schemas';
import { OFFICE_TYPES, recogniseOffice, suggestedName, type OfficeType } from '../../../../shared/protocol';
import { todayIso } from '../../../../shared/tracking/dates';
import { genderLetter, parseDay, parseGender, parseLanguage, splitTags } from './cell-values';
import { FIELD_LABELS, type CsvField } from './column-mapping';
import { unescapeFormula } from './formula-escape';
import type { CsvRecord } from './parse-csv';

/** Country text ("ES", "ESP", "Spain", "España", "Espagne") → ISO-2 code, or undefined. */
export type ResolveCountry = (text: string) => string | undefined;

export interface ImportRow {
  /** Line of the file where the row starts. */
  line: number;
  fields: RecipientFields;
  /** Fields whose cell was not blank. An update changes only these (see mergeForUpdate). */
  provided: CsvField[];
  /**
   * The name as the file writes it, when Letterdesk writes it otherwise
   * ("O'Brien, Siobhán" → "Siobhán O'Brien"). `fields.name` holds the new
   * form, or this one when the line is in `keepNames`.
   */
  nameWritten?: string;
  /** The suggested form of the name, when the person kept the name as written. */
  nameSuggested?: string;
  /** The office type was chosen in the preview for this line (not recognised from the title). */
  officeTypeChosen?: boolean;
}

/** The person's choices in the import preview, by line of the file. */
export interface RowChoices {
  /** Lines whose names stay as written, the suggested form declined. */
  keepNames?: ReadonlySet<number>;
  /** Every name stays as written. */
  keepAllNames?: boolean;
  /** Lines whose office type the person chose ("understood as" corrected). */
  officeTypes?: ReadonlyMap<number, OfficeType>;
  /** Lines whose country the person chose in the preview (ISO-2), where the file's was not recognised. */
  countries?: ReadonlyMap<number, string>;
}

export interface SkippedRow {
  line: number;
  /**
   * Why, for the UI to translate: a validation code of recipientFieldsSchema
   * ("required", "email", "tooLong"...), "unknownCountry", "unknownGender",
   * "unknownLanguage", "date", "futureDate" or "duplicate". When a row has several problems this is
   * the first; `message` names them all.
   */
  code: string;
  field?: CsvField;
  /** For duplicates: the line of the row that is kept. */
  duplicateOf?: number;
  /** The cell as the file writes it, for the first problem's field (the unknown country "Narnia"). */
  value?: string;
  /** Plain English, e.g. `line 7: unknown country "Narnia"`. */
  message: string;
}

export interface ConvertedRows {
  rows: ImportRow[];
  skipped: SkippedRow[];
}

interface Problem {
  code: string;
  field: CsvField;
  text: string;
  value?: string;
}

/** Converts rows one at a time, so a large file's records need not all be held. */
export interface RowConverter {
  add(record: CsvRecord): void;
  finish(): ConvertedRows;
}

/**
 * Turns data records into recipient fields, one column per field as mapped.
 * Rows that cannot become a valid recipient are skipped with a reason.
 */
export function convertRows(
  records: readonly CsvRecord[],
  columns: readonly (CsvField | undefined)[],
  resolveCountry: ResolveCountry,
  choices: RowChoices = {},
): ConvertedRows {
  const converter = rowConverter(columns, resolveCountry, choices);
  for (const record of records) converter.add(record);
  return converter.finish();
}

/** "head_of_government" as exported, or words such as "Head of government"; blank is undefined. */
function officeTypeOf(text: string): OfficeType | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return (OFFICE_TYPES as readonly string[]).includes(trimmed) ? (trimmed as OfficeType) : recogniseOffice(trimmed);
}

export function rowConverter(columns: readonly (CsvField | undefined)[], resolveCountry: ResolveCountry, choices: RowChoices = {}): RowConverter {
  const fields: CsvField[] = [];
  const indexes: number[] = [];
  columns.forEach((field, index) => {
    if (field) {
      fields.push(field);
      indexes.push(index);
    }
  });
  const rows: ImportRow[] = [];
  const skipped: SkippedRow[] = [];
  // A column holds few distinct countries, genders and languages: look each up once.
  const country = memo(resolveCountry);
  const gender = memo(parseGender);
  const letter = memo(genderLetter);
  const language = memo(parseLanguage);
  const day = memo(parseDay);
  const today = todayIso();
  // "M" reads as male until the column turns out to use H/M (see genderLetter):
  // then, at the end, those rows become female.
  const rowsWithM: ImportRow[] = [];
  let spanishLetters = false;
  // Most rows fill the same columns: share one `provided` array per combination.
  const providedByMask = new Map<number, CsvField[]>();

  function add(record: CsvRecord): void {
    const raw: Partial<Record<CsvField, string>> = {};
    let mask = 0;
    for (let i = 0; i < fields.length; i++) {
      const text = unescapeFormula(record.cells[indexes[i]] ?? '');
      raw[fields[i]] = text;
      if (text.trim() !== '') mask |= 1 << i;
    }
    const problems: Problem[] = [];
    const genderText = raw.gender ?? '';
    if (letter(genderText) === 'h') spanishLetters = true;

    // A country the person chose in the preview stands in for the file's.
    const chosenCountry = choices.countries?.get(record.line);
    const countryText = chosenCountry ?? (raw.countryCode ?? '').trim();
    const countryCode = countryText === '' ? undefined : country(countryText);
    if (countryText === '') problems.push({ code: 'required', field: 'countryCode', text: `country ${VALIDATION_MESSAGES_EN.required}` });
    else if (countryCode === undefined) {
      problems.push({ code: 'unknownCountry', field: 'countryCode', text: `unknown country ${quote(countryText)}`, value: countryText });
    }

    const dayText = (raw.verifiedOn ?? '').trim();
    let verifiedOn = day(dayText);
    if (verifiedOn === undefined) {
      problems.push({ code: 'date', field: 'verifiedOn', text: `verified on ${quote(dayText)} is not a day (YYYY-MM-DD or day/month/year)`, value: dayText });
    } else if (verifiedOn > today) {
      problems.push({ code: 'futureDate', field: 'verifiedOn', text: `verified on ${quote(dayText)} is a day still to come`, value: dayText });
      verifiedOn = undefined;
    }

    const genderValue = gender(genderText);
    if (genderValue === undefined) {
      problems.push({ code: 'unknownGender', field: 'gender', text: `gender ${quote(genderText.trim())} is not female, male or blank` });
    }
    const languageText = raw.language ?? '';
    const languageValue = language(languageText);
    if (languageValue === undefined) {
      problems.push({ code: 'unknownLanguage', field: 'language', text: `language ${quote(languageText.trim())} is not English, Spanish or French` });
    }

    // "O'Brien, Siobhán" → "Siobhán O'Brien", unless the person kept this line as written.
    const written = raw.name ?? '';
    const suggestion = suggestedName(written, countryCode);
    const keepName = suggestion !== undefined && (choices.keepAllNames === true || choices.keepNames?.has(record.line) === true);
    const chosenType = choices.officeTypes?.get(record.line);
    const input: RecipientFieldsInput = {
      countryCode: countryCode ?? '',
      office: raw.office ?? '',
      name: suggestion === undefined || keepName ? written : suggestion,
      gender: genderValue,
      email: raw.email ?? '',
      postalAddress: raw.postalAddress ?? '',
      language: languageValue,
      tags: splitTags(raw.tags ?? ''),
      notes: raw.notes ?? '',
      // Blank: recognised from the office title when stored.
      officeType: chosenType ?? officeTypeOf(raw.officeType ?? ''),
      verifiedOn: verifiedOn || null,
    };
    const parsed = recipientFieldsSchema.safeParse(input);
    // A country problem was reported above already, with the text that was typed.
    if (!parsed.success) {
      problems.push(...schemaProblems(parsed.error, input).filter((p) => countryCode !== undefined || p.field !== 'countryCode'));
    }
    if (problems.length > 0 || !parsed.success) {
      skipped.push({
        line: record.line,
        code: problems[0].code,
        field: problems[0].field,
        ...(problems[0].value === undefined ? {} : { value: problems[0].value }),
        message: `line ${record.line}: ${problems.map((p) => p.text).join('; ')}`,
      });
      return;
    }
    let provided = providedByMask.get(mask);
    if (!provided) {
      provided = fields.filter((_, i) => mask & (1 << i));
      providedByMask.set(mask, provided);
    }
    const row: ImportRow = { line: record.line, fields: parsed.data, provided };
    if (suggestion !== undefined) {
      row.nameWritten = written.trim();
      if (keepName) row.nameSuggested = suggestion;
    }
    if (chosenType !== undefined) row.officeTypeChosen = true;
    rows.push(row);
    if (letter(genderText) === 'm') rowsWithM.push(row);
  }

  function finish(): ConvertedRows {
    if (spanishLetters) for (const row of rowsWithM) row.fields.gender = 'female';
    return { rows, skipped };
  }

  return { add, finish };
}

function schemaProblems(error: Parameters<typeof issuesFromZod>[0], input: RecipientFieldsInput): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issuesFromZod(error)) {
    const field = issue.path[0] as CsvField;
    const what = VALIDATION_MESSAGES_EN[issue.code] ?? VALIDATION_MESSAGES_EN.invalid;
    const tagIndex = field === 'tags' ? issue.path[1] : undefined;
    const subject = typeof tagIndex === 'number' ? `tag ${quote(input.tags?.[tagIndex] ?? '')}` : (FIELD_LABELS[field] ?? String(field));
    problems.push({ code: issue.code, field, text: `${subject} ${what}` });
  }
  return problems;
}

function memo<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text) as T;
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}

/** A value in a message: quoted, and cut short when long. */
function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `"${short.replace(/\s+/g, ' ')}"`;
}
