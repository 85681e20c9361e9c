import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Recipient } from '../../../shared/recipients/schemas';
import { tempDirsRemovedAfterEach } from '../../helpers/workspace-per-test';

/*
 * `letterdesk recipients add --name "SURNAME, Given"`: the name written as
 * letters write it, as the CSV import and the form do, the change said on
 * stderr, and --keep-name to keep it as typed. The built CLI in a child
 * process, against a real workspace folder.
 */
const root = path.join(__dirname, '..', '..', '..');
const bin = path.join(root, 'electron', 'bin', 'letterdesk.cjs');

beforeAll(() => {
  if (!fs.existsSync(path.join(root, 'out', 'node', 'cli.cjs'))) throw new Error('out/node/cli.cjs is missing: run "npm run build" before the CLI tests.');
});

const workspaceDir = tempDirsRemovedAfterEach(afterEach);

function run(data: string, ...args: string[]) {
  const res = spawnSync(process.execPath, [bin, '--data', data, ...args], { encoding: 'utf8' });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('letterdesk recipients add: names as letters write them', () => {
  it.each([
    ['IE', "O'Brien, Siobhán", "Siobhán O'Brien"],
    ['ES', 'LÓPEZ GARCÍA, Ana', 'Ana López García'],
    ['NL', 'VAN DER BERG, Jan', 'Jan van der Berg'],
    ['FR', 'DUPONT Jean', 'Jean Dupont'],
    // Surname first where the country writes it so: only the case changes.
    ['JP', 'ISHIBA, Shigeru', 'Ishiba Shigeru'],
  ])('%s: "%s" is written "%s", and the change is said on stderr', (country, typed, written) => {
    const data = workspaceDir();
    const added = run(data, 'recipients', 'add', '--country', country, '--office', 'Prime Minister', '--name', typed);
    expect(added.code).toBe(0);
    expect(added.stderr).toBe(`Name written as: ${written} (typed "${typed}"; --keep-name keeps it as typed)\n`);
    expect(added.stdout).toContain(`  ${written} — Prime Minister`);
    const listed = JSON.parse(run(data, '--json', 'recipients', 'list').stdout) as { rows: Recipient[] };
    expect(listed.rows.map((r) => r.name)).toEqual([written]);
  });

  it('keeps the name as typed with --keep-name, and says nothing', () => {
    const data = workspaceDir();
    const added = run(data, '--json', 'recipients', 'add', '--country', 'IE', '--office', 'Taoiseach', '--name', "O'Brien, Siobhán", '--keep-name');
    expect(added.code).toBe(0);
    expect(added.stderr).toBe('');
    expect((JSON.parse(added.stdout) as Recipient).name).toBe("O'Brien, Siobhán");
  });

  it('leaves alone a name already in order, one in a non-Latin script, and a suffix after the comma', () => {
    const data = workspaceDir();
    for (const [country, name] of [
      ['IE', "Siobhán O'Brien"],
      ['GR', 'ΜΗΤΣΟΤΑΚΗΣ, Κυριάκος'],
      ['US', 'Smith, Jr.'],
    ]) {
      const added = run(data, '--json', 'recipients', 'add', '--country', country, '--office', 'Minister of Justice', '--name', name);
      expect(added.code, name).toBe(0);
      expect(added.stderr, name).toBe('');
      expect((JSON.parse(added.stdout) as Recipient).name).toBe(name);
    }
  });

  it('says the change on stderr with --json too, and prints only the record on stdout', () => {
    const data = workspaceDir();
    const added = run(data, 'recipients', 'add', '--json', '--country', 'ES', '--office', 'Presidenta del Gobierno', '--name', 'LÓPEZ GARCÍA, Ana');
    expect(added.code).toBe(0);
    expect(added.stderr).toContain('Name written as: Ana López García');
    expect((JSON.parse(added.stdout) as Recipient).name).toBe('Ana López García');
  });
});
