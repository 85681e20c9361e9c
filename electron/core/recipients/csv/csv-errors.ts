import { ApiFailure } from '../../../../shared/api/errors';

/*
 * Why a whole file was refused. The CLI prints `message`; the renderer can
 * translate `reason` instead. Row-level problems are not errors: they become
 * skipped rows in the import plan.
 */
export type CsvRefusal = 'tooLarge' | 'binary' | 'spreadsheet' | 'utf16WithoutBom' | 'empty' | 'unclosedQuote' | 'missingColumns' | 'unknownField';

export class CsvImportError extends ApiFailure {
  constructor(
    readonly reason: CsvRefusal,
    message: string,
  ) {
    // The reason travels as an issue code, so the UI can say it in the user's language.
    super('invalid_input', message, [{ path: ['file'], code: reason }]);
    this.name = 'CsvImportError';
  }
}

/** Something the user should check in the preview, e.g. a guessed encoding. */
export interface CsvWarning {
  code: 'windows1252' | 'extraCells';
  message: string;
}
