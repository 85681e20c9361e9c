import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { ApiFailure } from '../../../shared/api/errors';
import type { PassphraseWeakness as WeaknessCode } from '../../../shared/security/schemas';

/*
 * How hard a new workspace passphrase is to guess, estimated by zxcvbn
 * (Dropbox's estimator, in its maintained TypeScript port) against common
 * passwords, English words, names, keyboard patterns, repeats, sequences and
 * dates. Whoever copies the database file can guess offline as fast as their
 * hardware allows, so a passphrase must reach score 3 ("safely unguessable":
 * about 10^8 guesses and more). The refusal names the reason, as an issue code
 * the UI translates.
 */

export const MIN_PASSPHRASE_SCORE = 3;

const REASON_EN: Record<WeaknessCode, string> = {
  weakPassphraseWord: 'it is mostly a common password, word or name',
  weakPassphrasePattern: 'it is mostly a keyboard pattern, a repeat or a sequence',
  weakPassphraseDate: 'it is mostly a date or a year',
  weakPassphraseShort: 'it is too short to resist guessing',
};

let estimator: ZxcvbnFactory | null = null;
/** Built on first use: the dictionaries take a moment to load, and most runs never set a passphrase. */
function estimate(passphrase: string, userInputs: string[]): ZxcvbnResult {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary, ...en.dictionary }, graphs: common.adjacencyGraphs });
  return estimator.check(passphrase, userInputs);
}

/** The kind of weakness that makes up most of the passphrase (its longest matched part). */
function weaknessOf(result: ZxcvbnResult): WeaknessCode {
  const longest = [...result.sequence].sort((a, b) => b.token.length - a.token.length)[0];
  switch (longest?.pattern) {
    case 'dictionary':
      return 'weakPassphraseWord';
    case 'spatial':
    case 'repeat':
    case 'sequence':
      return 'weakPassphrasePattern';
    case 'date':
    case 'regex':
      return 'weakPassphraseDate';
    default:
      return 'weakPassphraseShort';
  }
}

/** Null when strong enough, else why not. `userInputs`: words an attacker would try first (the organisation's name, the app's). */
export function passphraseWeakness(passphrase: string, userInputs: string[] = []): WeaknessCode | null {
  // zxcvbn's cost grows with length; beyond 100 characters a passphrase is not the weak point.
  const result = estimate(passphrase.slice(0, 100), ['letterdesk', ...userInputs]);
  return result.score >= MIN_PASSPHRASE_SCORE ? null : weaknessOf(result);
}

/** Refuses a weak new passphrase with one sentence and an issue at `path`. */
export function assertStrongPassphrase(passphrase: string, userInputs: string[], path: (string | number)[]): void {
  const weakness = passphraseWeakness(passphrase, userInputs);
  if (weakness === null) return;
  throw new ApiFailure(
    'invalid_input',
    `Please choose a stronger passphrase: ${REASON_EN[weakness]}. Four or more unrelated words, or a long sentence only you would write, are strong and easy to type.`,
    [{ path, code: weakness }],
  );
}
