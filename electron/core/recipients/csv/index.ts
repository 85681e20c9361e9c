export { readCsvImport, type CsvImportOptions, type CsvImportRead } from './read-csv-import';
export { planImport, mergeForUpdate, recipientLookup, emailKey, identityKey, SINGLE_OFFICES } from './import-plan';
export type { ImportPlan, PlannedUpdate, RecipientLookup, ExistingRecipientKeys } from './import-plan';
export { exportRecipientsCsv, type CsvRecipient } from './export-csv';
export { CsvImportError, type CsvRefusal, type CsvWarning } from './csv-errors';
export { CSV_FIELDS, CSV_HEADERS, guessField, mapColumns } from './column-mapping';
export type { ColumnChoice, ColumnMapping, ColumnOverride, CsvField } from './column-mapping';
export type { ImportRow, ResolveCountry, RowChoices, SkippedRow } from './convert-rows';
export { MAX_CSV_BYTES, decodeCsvBytes, type CsvEncoding } from './decode-csv-bytes';
export { parseCsv, type CsvDelimiter, type CsvRecord } from './parse-csv';

/*
 * CSV import and export of recipients, as plain functions with no database
 * access. An import is readCsvImport (bytes → valid rows and skipped rows)
 * then planImport (rows + existing recipients → create / update / skip).
 */
