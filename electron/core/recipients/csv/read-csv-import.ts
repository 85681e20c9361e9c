import { mapColumns, requireColumns, type ColumnMapping, type ColumnOverride } from './column-mapping';
import { rowConverter, type ImportRow, type RowChoices, type RowConverter, type ResolveCountry, type SkippedRow } from './convert-rows';
import { CsvImportError, type CsvWarning } from './csv-errors';
import { decodeCsvBytes, type CsvEncoding } from './decode-csv-bytes';
import { eachCsvRecord, type CsvDelimiter } from './parse-csv';

export interface CsvImportOptions {
  /** Country text → ISO-2 code; electron/core/recipients/countries.ts `resolveCountry` for now. */
  resolveCountry: ResolveCountry;
  /** The user's column choices from the preview: header index → field or "ignore". */
  columns?: ColumnOverride;
  /** The user's choices per line from the preview: names kept as written, office types chosen. */
  choices?: RowChoices;
}

export interface CsvImportRead {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  warnings: CsvWarning[];
  /** Cells of the first non-blank line. */
  headers: string[];
  mapping: ColumnMapping;
  /** Rows that are valid recipients, in file order. */
  rows: ImportRow[];
  /** Rows that are not, each with its line and reason. */
  skipped: SkippedRow[];
  /** Data rows in the file, valid or not. */
  total: number;
}

/**
 * Decode → parse → map columns → convert, with no database. Throws a
 * CsvImportError when the whole file is refused (too large, binary, no
 * header, a required column missing, an unclosed quote). Hand the result to
 * planImport with a lookup of existing recipients.
 */
export function readCsvImport(bytes: Uint8Array, options: CsvImportOptions): CsvImportRead {
  const { text, encoding, warnings } = decodeCsvBytes(bytes);
  let headers: string[] | undefined;
  let mapping: ColumnMapping | undefined;
  let converter: RowConverter | undefined;
  let total = 0;
  const overflow = { rows: 0, firstLine: 0 };
  const delimiter = eachCsvRecord(text, (record) => {
    if (converter && headers) {
      total++;
      if (hasExtraText(record.cells, headers.length)) {
        if (overflow.rows === 0) overflow.firstLine = record.line;
        overflow.rows++;
      }
      converter.add(record);
      return;
    }
    // The first non-blank line is the header: map it before reading on.
    headers = record.cells.map((h) => h.trim());
    mapping = mapColumns(headers, options.columns);
    requireColumns(mapping, headers);
    converter = rowConverter(mapping.columns, options.resolveCountry, options.choices);
  });
  if (!converter || !headers || !mapping) {
    throw new CsvImportError('empty', 'The file is empty: there is no header row and no recipients in it.');
  }
  const { rows, skipped } = converter.finish();
  if (overflow.rows > 0) {
    warnings.push({
      code: 'extraCells',
      message: `${overflow.rows === 1 ? 'One row has' : `${overflow.rows} rows have`} more cells than the header (first on line ${overflow.firstLine}); the extra cells were not imported. A value that contains ${delimiterName(delimiter)} must be in double quotes.`,
    });
  }
  return { encoding, delimiter, warnings, headers, mapping, rows, skipped, total };
}

/** Text past the last header column: usually a value with an unquoted delimiter in it. */
function hasExtraText(cells: readonly string[], width: number): boolean {
  for (let i = width; i < cells.length; i++) if (cells[i].trim() !== '') return true;
  return false;
}

function delimiterName(delimiter: CsvDelimiter): string {
  return delimiter === '\t' ? 'a tab' : `"${delimiter}"`;
}
