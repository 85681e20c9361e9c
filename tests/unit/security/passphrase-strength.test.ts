import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api/dispatch';
import { isPlainSqliteFile } from '../../../electron/core/db/cipher';
import { passphraseWeakness } from '../../../electron/core/security/passphrase-strength';
import { workspaceForEachTest } from '../../helpers/workspace-per-test';

/* New workspace passphrases are checked by zxcvbn in main: a weak one is refused with its reason, and nothing is encrypted. */

const { t } = workspaceForEachTest();

describe('passphrase strength', () => {
  it.each([
    ['password1', 'weakPassphraseWord'],
    ['iloveyou2', 'weakPassphraseWord'],
    ['qwertyuiop', 'weakPassphraseWord'],
    ['aaaaaaaaaaaa', 'weakPassphrasePattern'],
    ['abcdefghijkl', 'weakPassphrasePattern'],
    ['12/05/1987', 'weakPassphraseDate'],
    ['Letterdesk1', 'weakPassphraseWord'],
    ['Fictional Rights Watch', 'weakPassphraseWord'],
  ])('refuses %j (%s)', (passphrase, code) => {
    expect(passphraseWeakness(passphrase, ['Fictional Rights Watch'])).toBe(code);
  });

  it.each(['correct horse battery staple', 'another long passphrase', 'marmalade under the bridge at noon', 'Tx7#qP2!vLm9@eR4'])('accepts %j', (passphrase) => {
    expect(passphraseWeakness(passphrase)).toBeNull();
  });

  it('refuses a weak passphrase through the API, naming the reason, and leaves the workspace unencrypted', async () => {
    await dispatch(t.handlers, 'organisation.update', { name: 'Fictional Rights Watch' });
    const result = await dispatch(t.handlers, 'workspace.setPassphrase', { next: 'Fictional Rights Watch 1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: ['next'], code: 'weakPassphraseWord' }] } });
    expect(!result.ok && result.error.message).toMatch(/^Please choose a stronger passphrase: it is mostly a common password, word or name\./);
    expect(isPlainSqliteFile(t.workspace.databaseFile)).toBe(true);
    expect(fs.existsSync(`${t.dir}/letterdesk.encrypted.json`)).toBe(false);
  });
});
