import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api/dispatch';
import { openDatabase } from '../../../electron/core/db/database';
import { LATEST_VERSION } from '../../../electron/core/db/migrations';
import { EXAMPLE_TEMPLATES } from '../../../resources/examples/example-templates';
import { openTempWorkspace } from '../../helpers/temp-workspace';
import { tempDirsRemovedAfterEach } from '../../helpers/workspace-per-test';
import type { Recipient } from '../../../shared/recipients/schemas';
import { formsOfAddress, getCountry } from '../../../shared/protocol';

/*
 * The CLI as users run it: the built bundle in a child process, against a
 * real workspace folder. `npm test` builds before running these.
 */
const root = path.join(__dirname, '..', '..', '..');
const bin = path.join(root, 'electron', 'bin', 'letterdesk.cjs');

beforeAll(() => {
  if (!fs.existsSync(path.join(root, 'out', 'node', 'cli.cjs'))) {
    throw new Error('out/node/cli.cjs is missing: run "npm run build" before the CLI tests.');
  }
});

const workspaceDir = tempDirsRemovedAfterEach(afterEach);

function run(args: string[], env: Record<string, string> = {}) {
  const res = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('letterdesk CLI', () => {
  it('adds and lists recipients, with accent-insensitive search', () => {
    const data = workspaceDir();
    const added = run([
      '--data',
      data,
      'recipients',
      'add',
      '--country',
      'España',
      '--office',
      'Presidente del Gobierno',
      '--name',
      'Ana López',
      '--gender',
      'female',
      '--language',
      'es',
      '--tag',
      'eu',
      '--tag',
      'priority',
    ]);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^Added [0-9a-f-]{36} {2}Ana López — Presidente del Gobierno, Spain/);

    const listed = run(['--data', data, 'recipients', 'list', '--search', 'lopez']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('Ana López');
    expect(listed.stdout).toContain('1 of 1 recipients');
    expect(run(['--data', data, 'recipients', 'list', '--tag', 'nothing']).stdout).toBe('No recipients found.\n');
  });

  it('prints JSON only on stdout with --json, before or after the command', () => {
    const data = workspaceDir();
    const added = run(['--data', data, '--json', 'recipients', 'add', '--country', 'LV', '--office', 'President', '--name', 'Jānis Bērziņš']);
    const recipient = JSON.parse(added.stdout);
    expect(recipient).toMatchObject({ countryCode: 'LV', name: 'Jānis Bērziņš', gender: 'unspecified' });
    const listed = JSON.parse(run(['--data', data, 'recipients', 'list', '--search', 'berzins', '--json']).stdout);
    expect(listed.rows.map((r: { id: string }) => r.id)).toEqual([recipient.id]);
  });

  it('adds an office whose holder is not known, and one whose rank is chosen', () => {
    const data = workspaceDir();
    const added = run(['--data', data, 'recipients', 'add', '--country', 'France', '--office', 'Premier ministre']);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/\(holder unknown\) — Premier ministre, France {2}\(to verify\)/);

    const json = run(['--data', data, '--json', 'recipients', 'add', '--country', 'FR', '--office', 'Prime Minister']);
    const recipient = JSON.parse(json.stdout) as Recipient;
    expect(recipient).toMatchObject({ name: '', officeType: 'head_of_government', toVerify: true });
    const lines = (['en', 'es', 'fr'] as const).map(
      (language) =>
        formsOfAddress({ country: getCountry(recipient.countryCode)!, office: recipient.officeType, language, gender: recipient.gender, name: recipient.name })
          .addressBlock[0],
    );
    expect(lines).toEqual([
      'His Excellency the Prime Minister of the French Republic',
      'Su Excelencia el Primer Ministro de la República Francesa',
      'Son Excellence le Premier ministre de la République française',
    ]);

    const ranked = run([
      '--data',
      data,
      '--json',
      'recipients',
      'add',
      '--country',
      'TM',
      '--office',
      'Chairman of the Halk Maslahaty',
      '--office-type',
      'head_of_state',
    ]);
    expect(JSON.parse(ranked.stdout)).toMatchObject({ officeType: 'head_of_state', office: 'Chairman of the Halk Maslahaty' });
    const wrong = run(['--data', data, 'recipients', 'add', '--country', 'TM', '--office', 'X', '--office-type', 'emperor']);
    // A usage error, as for --gender: exit 2, the allowed ranks named.
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--office-type .*head_of_state/);
  });

  it('reads and writes the same workspace as the app', async () => {
    const data = workspaceDir();
    run(['--data', data, 'recipients', 'add', '--country', 'DE', '--office', 'Federal Chancellor', '--name', 'Someone']);
    const t = await openTempWorkspace({ dataDir: data });
    const result = await dispatch(t.handlers, 'recipients.list', { search: 'chancellor' });
    expect(result).toMatchObject({ ok: true, data: { total: 1 } });
    t.workspace.close();
  });

  it('honours LETTERDESK_DATA', () => {
    const data = workspaceDir();
    expect(run(['recipients', 'add', '--country', 'FR', '--office', 'Président', '--name', 'X'], { LETTERDESK_DATA: data }).code).toBe(0);
    expect(fs.existsSync(path.join(data, 'letterdesk.db'))).toBe(true);
  });

  it('fails with one clear line on stderr and exit 1 on bad input', () => {
    const data = workspaceDir();
    const bad = run(['--data', data, 'recipients', 'add', '--country', 'Narnia', '--office', 'King', '--name', 'Caspian']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('letterdesk: unknown country "Narnia". Use an ISO code such as ES, or a name such as Spain or España.\n');
    const email = run(['--data', data, 'recipients', 'add', '--country', 'ES', '--office', 'x', '--name', 'y', '--email', 'nope']);
    expect(email.code).toBe(1);
    expect(email.stderr).toBe('letterdesk: Please check the input: email is not a valid email address.\n');
  });

  it('exits 2 on usage errors and 0 on --help for every command', () => {
    expect(run(['recipients', 'add', '--office', 'x']).code).toBe(2);
    expect(run(['recipients', 'add', '--country', 'ES', '--office', 'x', '--name', 'y', '--gender', 'other']).code).toBe(2);
    expect(run(['no-such-command']).code).toBe(2);
    for (const args of [
      ['--help'],
      ['recipients', '--help'],
      ['recipients', 'add', '--help'],
      ['recipients', 'list', '--help'],
      ['doctor', '--help'],
      ['start-fresh', '--help'],
    ]) {
      const res = run(args);
      expect(res.code, args.join(' ')).toBe(0);
      expect(res.stdout).toMatch(/^Usage: letterdesk/);
    }
  });

  it('imports a letter as a template and prints each placeholder with its mapping', () => {
    const data = workspaceDir();
    const letter = path.join(data, 'letter.txt');
    fs.writeFileSync(letter, 'His/Her Excellency\n**NAME OF THE PRESIDENT**\n\nAbout **COUNTRY** by **SOME DATE**.\n');
    const res = run(['--data', data, 'templates', 'import', letter, '--name', 'Coalition letter']);
    expect(res.stderr).toBe('');
    expect(res.stdout).toMatch(/^Created template [0-9a-f-]{36} {2}Coalition letter \(en, from txt\)/);
    expect(res.stdout).toContain('**NAME OF THE PRESIDENT**  ->  {recipient.name}');
    expect(res.stdout).toContain('**SOME DATE**  ->  NOT MAPPED');
    const json = JSON.parse(run(['--data', data, '--json', 'templates', 'import', letter]).stdout);
    expect(json.placeholders.map((p: { raw: string }) => p.raw)).toEqual(['His/Her Excellency', '**NAME OF THE PRESIDENT**', '**COUNTRY**', '**SOME DATE**']);
    expect(run(['--data', data, 'templates', 'list']).stdout).toContain('Coalition letter  [letter; en]');
    expect(run(['--data', data, 'templates', 'import', path.join(data, 'missing.docx')]).stderr).toMatch(
      /^letterdesk: cannot read .*missing\.docx: no such file\n$/,
    );
  });

  it('imports a letter without salutation or close: the address lines become the address block, and both are added unless turned off', () => {
    const data = workspaceDir();
    const letter = path.resolve('tests/fixtures/templates/own-letter-fr.txt');
    const res = run(['--data', data, 'templates', 'import', letter, '--name', 'Lettre']);
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain("  address lines at the top  ->  {recipient.addressBlock}, the recipient's whole address");
    expect(res.stdout).toContain('  added: {recipient.salutation} before the first paragraph');
    expect(res.stdout).toContain('  added: {recipient.complimentaryClose} at the end');
    expect(res.stdout).toContain('  voice of the close: plural');
    expect(res.stdout).toContain('**NOM DU PRÉSIDENT**  ->  {recipient.name}  (address lines only: replaced by the address block)');
    const json = JSON.parse(run(['--data', data, '--json', 'templates', 'import', letter, '--no-salutation', '--voice', 'singular']).stdout);
    expect(json.offers).toEqual({ addressLines: expect.any(Array), salutation: true, close: true });
    expect(json.voice).toBe('singular');
    const kept = run(['--data', data, 'templates', 'import', letter, '--no-address-block', '--no-close']);
    expect(kept.stdout).toContain('  address lines at the top  ->  kept as written');
    expect(kept.stdout).toContain('  not added: {recipient.complimentaryClose} at the end');
    expect(run(['--data', data, 'templates', 'import', letter, '--voice', 'many']).stderr).toMatch(/many/);
  });

  it('imports and exports recipients as CSV', () => {
    const data = workspaceDir();
    const csv = path.join(data, 'in.csv');
    fs.writeFileSync(csv, 'País;Nombre;Cargo\nEspaña;Ana Ficticia;Presidenta del Gobierno\nNarnia;X;Rey\n');
    const dry = run(['--data', data, 'recipients', 'import', csv, '--dry-run']);
    expect(dry.stdout).toBe('Dry run: nothing written. created 1, updated 0, skipped 1\nline 3: unknown country "Narnia"\n');
    expect(run(['--data', data, 'recipients', 'list']).stdout).toBe('No recipients found.\n');
    expect(run(['--data', data, 'recipients', 'import', csv]).stdout).toMatch(/^created 1, updated 0, skipped 1\n/);
    const out = path.join(data, 'out.csv');
    expect(run(['--data', data, 'recipients', 'export', out]).stdout).toBe(`Exported 1 recipients to ${out}\n`);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^\uFEFFCountry,Name,Office,/);
  });

  it('imports names as letters write them, lists each change, and keeps them as written with --keep-names', () => {
    const data = workspaceDir();
    const csv = path.join(data, 'partners.csv');
    fs.writeFileSync(
      csv,
      'Country,Name,Office\nIreland,"O\'Brien, Siobhán",Taoiseach\nFrance,DUPONT Jean,Premier ministre\nGreece,"ΜΗΤΣΟΤΑΚΗΣ, Κυριάκος",Prime Minister\n',
    );
    const dry = run(['--data', data, 'recipients', 'import', csv, '--dry-run']);
    expect(dry.stdout).toBe(
      [
        'Dry run: nothing written. created 3, updated 0, skipped 0',
        'line 2: name written as letters write it: "O\'Brien, Siobhán" → "Siobhán O\'Brien"',
        'line 3: name written as letters write it: "DUPONT Jean" → "Jean Dupont"',
        '(use --keep-names to keep every name as the file writes it)',
        '',
      ].join('\n'),
    );
    const kept = run(['--data', data, 'recipients', 'import', csv, '--keep-names']);
    expect(kept.stdout).toContain('line 2: name kept as written: "O\'Brien, Siobhán"');
    const listed = run(['--data', data, 'recipients', 'list']).stdout;
    expect(listed).toContain("O'Brien, Siobhán — Taoiseach");
    expect(listed).toContain('DUPONT Jean — Premier ministre');
    expect(listed).toContain('ΜΗΤΣΟΤΑΚΗΣ, Κυριάκος — Prime Minister');
  });

  it('creates a campaign from names and lists its drafts', () => {
    const data = workspaceDir();
    run(['--data', data, 'recipients', 'add', '--country', 'España', '--office', 'Presidente del Gobierno', '--name', 'Pedro Ficticio', '--language', 'es']);
    run(['--data', data, 'recipients', 'add', '--country', 'JP', '--office', 'Prime Minister', '--name', 'Not Chosen']);
    const created = run([
      '--data',
      data,
      'campaigns',
      'create',
      '--name',
      'Spain 2026',
      '--template',
      'political prisoners: letter to a head of state or government',
      '--recipients',
      'country:ES,Allemagne',
      '--prefix',
      'hrl',
      '--date',
      '2026-11-22',
    ]);
    expect(created.stderr).toBe('');
    expect(created.stdout).toMatch(/^Created campaign [0-9a-f-]{36} {2}Spain 2026 with 1 draft\n$/);
    expect(run(['--data', data, 'campaigns', 'drafts', 'spain 2026']).stdout).toBe(
      'HRL-2026-0001  ES  Pedro Ficticio  attention: recipientToVerify, noSigner\n',
    );
    const bad = run(['--data', data, 'campaigns', 'create', '--name', 'x', '--template', 'x', '--recipients', 'group:XYZ']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('letterdesk: unknown group "XYZ"');
    const noSigner = run(['--data', data, 'campaigns', 'create', '--name', 'x', '--template', 'Spain 2026', '--recipients', 'all']);
    expect(noSigner).toMatchObject({ code: 1, stderr: 'letterdesk: no template called "Spain 2026" (see "letterdesk templates list")\n' });
  });

  it('doctor reports schema, integrity and counts', () => {
    const data = workspaceDir();
    run(['--data', data, 'recipients', 'add', '--country', 'ES', '--office', 'x', '--name', 'y', '--tag', 'a']);
    const report = JSON.parse(run(['--data', data, '--json', 'doctor']).stdout);
    expect(report).toMatchObject({ schemaVersion: LATEST_VERSION, integrity: [], counts: { recipients: 1, tags: 1 } });
    // One line for the recipient, one per example template loaded on first run, one for the setting that records it.
    expect(report.counts.activity).toBe(1 + EXAMPLE_TEMPLATES.length + 1);
    expect(run(['--data', data, 'doctor']).stdout).toContain('Integrity check: ok');
    expect(run(['--data', data, 'doctor']).stdout).toContain('Documents:       ok');
  });

  it('doctor names a stored document that does not parse, and exits 1', () => {
    const data = workspaceDir();
    run(['--data', data, 'templates', 'list']);
    const db = openDatabase(path.join(data, 'letterdesk.db'));
    const id = db.prepare('SELECT id FROM template_variants LIMIT 1').pluck().get() as string;
    db.prepare("UPDATE template_variants SET document = '{not json' WHERE id = ?").run(id);
    db.close();
    const doctor = run(['--data', data, 'doctor']);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain(`template_variants row ${id}, document: is not JSON`);
    expect(doctor.stderr).toBe('letterdesk: some stored documents do not parse (see above).\n');
  });

  it('explains a damaged workspace and starts fresh keeping the old file', () => {
    const data = workspaceDir();
    const file = path.join(data, 'letterdesk.db');
    fs.writeFileSync(file, 'not a database at all');
    const doctor = run(['--data', data, 'doctor']);
    expect(doctor.code).toBe(1);
    expect(doctor.stderr).toMatch(/^letterdesk: the workspace at .* could not be opened\. The file is not an SQLite database\. Run "letterdesk start-fresh"/);
    expect(doctor.stderr.trim().split('\n')).toHaveLength(1);

    const fresh = run(['--data', data, '--json', 'start-fresh']);
    expect(fresh.code).toBe(0);
    const { keptFile } = JSON.parse(fresh.stdout);
    expect(fs.readFileSync(keptFile, 'utf8')).toBe('not a database at all');
    expect(run(['--data', data, 'doctor']).code).toBe(0);
  });
});
