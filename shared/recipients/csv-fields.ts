/** Recipient fields a CSV column can fill, in the order the export writes them. */
export const CSV_FIELDS = [
  'countryCode',
  'name',
  'office',
  'gender',
  'email',
  'postalAddress',
  'language',
  'tags',
  'notes',
  'officeType',
  'verifiedOn',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Name may be missing: a list of offices whose holders are still to be found is worth importing. */
export const REQUIRED_CSV_FIELDS: readonly CsvField[] = ['countryCode', 'office'];
