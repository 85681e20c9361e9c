import { CSV_FIELDS, REQUIRED_CSV_FIELDS, type CsvField } from '../../../../shared/recipients/csv-fields';
import { foldForSearch } from '../../../../shared/text/fold';
import { CsvImportError } from './csv-errors';
import { someNames } from './csv-limits';

// The field list lives in shared/ so the API contract can name it too.
export { CSV_FIELDS, REQUIRED_CSV_FIELDS, type CsvField };

/** Export headers; each is also recognised on import. */
export const CSV_HEADERS: Record<CsvField, string> = {
  countryCode: 'Country',
  name: 'Name',
  office: 'Office',
  gender: 'Gender',
  email: 'Email',
  postalAddress: 'Address',
  language: 'Language',
  tags: 'Tags',
  notes: 'Notes',
  officeType: 'Office type',
  verifiedOn: 'Verified on',
};

/** Plain-English field names for messages. */
export const FIELD_LABELS: Record<CsvField, string> = {
  countryCode: 'country',
  name: 'name',
  office: 'office',
  gender: 'gender',
  email: 'email',
  postalAddress: 'address',
  language: 'language',
  tags: 'tags',
  notes: 'notes',
  officeType: 'office type',
  verifiedOn: 'verified on',
};

/*
 * Header words in English, Spanish and French, folded (lower case, no
 * accents). A header matches when it contains one of them as whole words, so
 * "Full name", "Nombre completo" and "Country code (ISO)" all match. The first
 * rule that matches wins, which settles headers naming two things: "Email
 * address" is an email, "Nom du pays" a country, "Office address" an address,
 * "Titre de civilité" (Mr/Mrs) a gender rather than an office.
 */
const RULES: readonly [CsvField, readonly string[]][] = [
  // Before "office": "Office type" names the kind of office, not its title.
  ['officeType', ['office type', 'tipo de cargo', 'type de fonction', 'type de poste']],
  ['verifiedOn', ['verified', 'verified on', 'verificado', 'verificado el', 'verifie', 'verifie le']],
  ['postalAddress', ['postal', 'postale', 'mailing address', 'street address']],
  ['email', ['email', 'e mail', 'mail', 'courriel', 'correo', 'electronique', 'electronico', 'electronic']],
  ['countryCode', ['country', 'pais', 'pays', 'iso', 'country code']],
  ['postalAddress', ['address', 'direccion', 'adresse', 'domicilio']],
  ['language', ['language', 'idioma', 'langue', 'lengua', 'lang']],
  ['gender', ['gender', 'genero', 'genre', 'sex', 'sexo', 'sexe', 'civilite', 'salutation', 'tratamiento']],
  ['tags', ['tag', 'tags', 'etiqueta', 'etiquetas', 'etiquette', 'etiquettes', 'label', 'labels']],
  ['notes', ['note', 'notes', 'nota', 'notas', 'comment', 'comments', 'comentarios', 'commentaires', 'remarks', 'observaciones', 'remarques']],
  ['office', ['office', 'cargo', 'fonction', 'title', 'position', 'puesto', 'titre', 'role', 'job', 'poste']],
  ['name', ['name', 'nombre', 'nom', 'full name', 'nombre completo', 'nom complet']],
];

/** What the user chose for a column in the preview: a field, or nothing. */
export type ColumnChoice = CsvField | 'ignore';
/**
 * Header index → choice; indexes left out are detected from the header. Or,
 * as the API sends it, one entry per column: a field name, or null to ignore.
 */
export type ColumnOverride = Readonly<Partial<Record<number, ColumnChoice>>> | readonly (string | null)[];

export interface ColumnMapping {
  /** Per header index, the field that column fills, or undefined. */
  columns: (CsvField | undefined)[];
  mapped: { index: number; header: string; field: CsvField }[];
  unmapped: { index: number; header: string }[];
  /** Required fields no column fills. */
  missing: CsvField[];
}

/** Guesses the field of one header, or undefined. */
export function guessField(header: string): CsvField | undefined {
  const words = ` ${foldForSearch(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
  if (words.trim() === '') return undefined;
  for (const [field, phrases] of RULES) {
    if (phrases.some((p) => words.includes(` ${p} `))) return field;
  }
  return undefined;
}

/**
 * Maps header cells to fields. Choices in `override` come first; each field
 * is then given to the first remaining header that names it, and a later
 * header naming the same field is left unmapped.
 */
export function mapColumns(headers: readonly string[], override: ColumnOverride = {}): ColumnMapping {
  const columns: (CsvField | undefined)[] = headers.map(() => undefined);
  const taken = new Set<CsvField>();
  const decided = new Set<number>();
  for (const [key, choice] of Object.entries(toChoices(override))) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || index >= headers.length || choice === undefined) continue;
    decided.add(index);
    if (choice !== 'ignore' && !taken.has(choice)) {
      columns[index] = choice;
      taken.add(choice);
    }
  }
  headers.forEach((header, index) => {
    if (decided.has(index)) return;
    const field = guessField(header);
    if (field && !taken.has(field)) {
      columns[index] = field;
      taken.add(field);
    }
  });
  const mapped: ColumnMapping['mapped'] = [];
  const unmapped: ColumnMapping['unmapped'] = [];
  columns.forEach((field, index) => {
    if (field) mapped.push({ index, header: headers[index], field });
    else unmapped.push({ index, header: headers[index] });
  });
  return { columns, mapped, unmapped, missing: REQUIRED_CSV_FIELDS.filter((f) => !taken.has(f)) };
}

function toChoices(override: ColumnOverride): Readonly<Partial<Record<number, ColumnChoice>>> {
  const entries = Array.isArray(override) ? override.map((field, index) => [index, field ?? 'ignore'] as const) : Object.entries(override);
  for (const [index, choice] of entries) {
    if (choice !== undefined && choice !== 'ignore' && !(CSV_FIELDS as readonly string[]).includes(choice)) {
      throw new CsvImportError(
        'unknownField',
        `Column ${Number(index) + 1} is set to "${choice}", which is not a recipient field. Use one of: ${CSV_FIELDS.join(', ')}, or leave the column out.`,
      );
    }
  }
  return Object.fromEntries(entries) as Partial<Record<number, ColumnChoice>>;
}

/** Refuses a mapping without country, office and name, naming what is missing. */
export function requireColumns(mapping: ColumnMapping, headers: readonly string[]): void {
  if (mapping.missing.length === 0) return;
  const names = mapping.missing.map(
    (f) =>
      `${FIELD_LABELS[f]} (a header such as ${joinWords(
        EXAMPLES[f].map((e) => `"${e}"`),
        'or',
      )})`,
  );
  const found = someNames(headers);
  throw new CsvImportError(
    'missingColumns',
    `The file has no column for ${joinWords(names)}. Columns found: ${found}. Rename the header in the first row, or choose the column by hand.`,
  );
}

const EXAMPLES: Record<CsvField, string[]> = {
  countryCode: ['Country', 'País', 'Pays'],
  name: ['Name', 'Nombre', 'Nom'],
  office: ['Office', 'Cargo', 'Fonction'],
  gender: ['Gender'],
  email: ['Email'],
  postalAddress: ['Address'],
  language: ['Language'],
  tags: ['Tags'],
  notes: ['Notes'],
  officeType: ['Office type'],
  verifiedOn: ['Verified on'],
};

function joinWords(words: string[], last = 'and'): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}
