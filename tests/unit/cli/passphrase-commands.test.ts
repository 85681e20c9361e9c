import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { createCliSecrets } from '../../../electron/cli-secrets';
import { isPlainSqliteFile } from '../../../electron/core/db/cipher';
import { tempDirsRemovedAfterEach } from '../../helpers/workspace-per-test';
import { filesContaining } from '../security/encryption-helpers';

const tempDir = tempDirsRemovedAfterEach(afterEach);
const PASS = 'correct horse battery staple';

async function cli(args: string[], env: NodeJS.ProcessEnv = {}, readSecret?: (prompt: string) => Promise<string>) {
  let stdout = '';
  let stderr = '';
  // A copy per run, as each process has its own environment (the CLI deletes the passphrase variables from it).
  const code = await runCli(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), env: { ...env }, readSecret });
  return { code, stdout, stderr };
}

describe('CLI on an encrypted workspace', () => {
  it('names the unencrypted copies it could not encrypt, and deletes them on request', async () => {
    const dir = tempDir();
    fs.writeFileSync(`${dir}/letterdesk.db`, 'not a database, naming Wanda Plaintext');
    expect((await cli(['--data', dir, 'start-fresh'])).code).toBe(0);
    const set = await cli(['--data', dir, 'passphrase', 'set'], { LETTERDESK_NEW_PASSPHRASE: PASS });
    expect(set.code).toBe(0);
    expect(set.stdout).toMatch(
      /warning: 1 unencrypted copy could not be encrypted and can still be read: damaged\/letterdesk-.*\.db\. Run "letterdesk passphrase delete-plain-copies"/,
    );
    expect(filesContaining(dir, ['Wanda Plaintext'])).toHaveLength(1);
    const removed = await cli(['--data', dir, 'passphrase', 'delete-plain-copies'], { LETTERDESK_PASSPHRASE: PASS });
    expect(removed).toMatchObject({ code: 0, stderr: '' });
    expect(removed.stdout).toMatch(/^Deleted damaged\/letterdesk-/);
    expect(filesContaining(dir, ['Wanda Plaintext'])).toEqual([]);
  });

  it('sets a passphrase from the environment, then works only with LETTERDESK_PASSPHRASE', async () => {
    const dir = tempDir();
    const add = ['--data', dir, 'recipients', 'add', '--country', 'ES', '--office', 'Presidente', '--name', 'Ximena Cifrada'];
    expect((await cli(add)).code).toBe(0);
    const set = await cli(['--data', dir, 'passphrase', 'set'], { LETTERDESK_NEW_PASSPHRASE: PASS });
    expect(set).toMatchObject({ code: 0, stderr: '' });
    expect(set.stdout).toMatch(/now encrypted/);
    expect(set.stdout).not.toContain(PASS);
    expect(isPlainSqliteFile(`${dir}/letterdesk.db`)).toBe(false);
    expect(filesContaining(dir, ['Ximena Cifrada'])).toEqual([]);

    // Not a terminal and no variable: a clear error, exit 1, no prompt.
    const noKey = await cli(['--data', dir, 'recipients', 'list']);
    expect(noKey.code).toBe(1);
    expect(noKey.stderr).toMatch(/^letterdesk: the workspace is protected with a passphrase\. Set LETTERDESK_PASSPHRASE, or run the command in a terminal/);

    const wrong = await cli(['--data', dir, 'recipients', 'list'], { LETTERDESK_PASSPHRASE: 'not it at all' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/is locked\. The passphrase is not right\./);
    expect(wrong.stderr).not.toContain('not it at all');

    const env = { LETTERDESK_PASSPHRASE: PASS };
    const list = await cli(['--data', dir, 'recipients', 'list'], env);
    expect(list).toMatchObject({ code: 0 });
    expect(list.stdout).toContain('Ximena Cifrada');
    expect((await cli([...add.slice(0, -1), 'Yolanda Cifrada'], env)).code).toBe(0);
    const backup = await cli(['--data', dir, 'backup'], env);
    expect(backup.code).toBe(0);
    expect((await cli(['--data', dir, 'backups', '--verify'], env)).code).toBe(0);
    expect((await cli(['--data', dir, 'doctor'], env)).code).toBe(0);
    expect(filesContaining(dir, ['Ximena Cifrada', 'Yolanda Cifrada'])).toEqual([]);
  });

  it('reads passphrases from the prompt, twice for a new one, and removes the passphrase', async () => {
    const dir = tempDir();
    expect((await cli(['--data', dir, 'recipients', 'add', '--country', 'FR', '--office', 'Président', '--name', 'Zoé Prompt'])).code).toBe(0);
    const prompts: string[] = [];
    const answers =
      (...typed: string[]) =>
      async (prompt: string) => {
        prompts.push(prompt);
        return typed.shift() ?? '';
      };
    const mismatch = await cli(['--data', dir, 'passphrase', 'set'], {}, answers(PASS, 'something else'));
    expect(mismatch).toMatchObject({ code: 1, stderr: 'letterdesk: the two passphrases are not the same; nothing was changed.\n' });
    const tooShort = await cli(['--data', dir, 'passphrase', 'set'], {}, answers('short', 'short'));
    expect(tooShort.code).toBe(1);
    expect(tooShort.stderr).not.toContain('short\n');
    expect((await cli(['--data', dir, 'passphrase', 'set'], {}, answers(PASS, PASS))).code).toBe(0);
    expect(prompts.slice(-2)).toEqual(['New passphrase: ', 'The new passphrase again: ']);

    const change = await cli(['--data', dir, 'passphrase', 'change'], {}, answers(PASS, 'second long passphrase', 'second long passphrase'));
    expect(change).toMatchObject({ code: 0 });
    expect(prompts.at(-3)).toBe('Passphrase of the workspace: ');
    const remove = await cli(['--data', dir, 'passphrase', 'remove'], { LETTERDESK_PASSPHRASE: 'second long passphrase' });
    expect(remove).toMatchObject({ code: 0 });
    expect(isPlainSqliteFile(`${dir}/letterdesk.db`)).toBe(true);
    expect(fs.existsSync(`${dir}/letterdesk.encrypted.json`)).toBe(false);
    expect((await cli(['--data', dir, 'recipients', 'list'])).stdout).toContain('Zoé Prompt');
  });
});

describe('passphrases in the environment', () => {
  it('are read once and deleted at once, so no child process inherits them', async () => {
    const env: NodeJS.ProcessEnv = { LETTERDESK_PASSPHRASE: 'old secret words', LETTERDESK_NEW_PASSPHRASE: 'new secret words', HOME: '/home/x' };
    const secrets = createCliSecrets({ env });
    expect(env).toEqual({ HOME: '/home/x' });
    expect(await secrets.newPassphrase()).toBe('new secret words');
  });
});

describe('--passphrase-file and --passphrase-fd', () => {
  const bin = path.join(import.meta.dirname, '..', '..', '..', 'electron', 'bin', 'letterdesk.cjs');
  const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, env: { PATH: process.env.PATH } });

  it('read the passphrase from a file or a file descriptor, never from the command line', async () => {
    const dir = tempDir();
    expect((await cli(['--data', dir, 'recipients', 'add', '--country', 'ES', '--office', 'Presidente', '--name', 'Zoe Cifrada'])).code).toBe(0);
    expect((await cli(['--data', dir, 'passphrase', 'set'], { LETTERDESK_NEW_PASSPHRASE: PASS })).code).toBe(0);
    const secretFile = path.join(tempDir(), 'secret.txt');
    fs.writeFileSync(secretFile, `${PASS}\n`, { mode: 0o600 });

    const fromFile = run(['--data', dir, '--passphrase-file', secretFile, 'recipients', 'list']);
    expect(fromFile.status, fromFile.stderr).toBe(0);
    expect(fromFile.stdout).toContain('Zoe Cifrada');
    const fromStdin = run(['--data', dir, '--passphrase-fd', '0', 'recipients', 'list'], `${PASS}\n`);
    expect(fromStdin.status, fromStdin.stderr).toBe(0);
    expect(fromStdin.stdout).toContain('Zoe Cifrada');

    const missing = run(['--data', dir, '--passphrase-file', path.join(dir, 'nope.txt'), 'recipients', 'list']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^letterdesk: cannot read the passphrase from .*nope\.txt: no such file\n$/);
    const wrong = run(['--data', dir, '--passphrase-fd', '0', 'recipients', 'list'], 'not the passphrase\n');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(wrong.stderr).not.toContain('not the passphrase');
    const badFd = run(['--data', dir, '--passphrase-fd', 'three', 'recipients', 'list']);
    expect(badFd.status).toBe(1);
    expect(badFd.stderr).toBe('letterdesk: --passphrase-fd takes a file descriptor number, not "three".\n');
  });
});
