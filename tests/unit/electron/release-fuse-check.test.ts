import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDirsRemovedAfterEach } from '../../helpers/workspace-per-test';

/*
 * The release workflow's fuse check (.github/scripts/check-fuses.mjs). The
 * Electron binary cannot be downloaded here, so it reads files laid out as
 * the binary holds its fuses: @electron/fuses' sentinel, the wire's version
 * and length, then one byte per fuse, '0' off and '1' on.
 */

const SCRIPT = path.join(import.meta.dirname, '../../../.github/scripts/check-fuses.mjs');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/**
 * In wire order: RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable,
 * EnableNodeCliInspectArguments, EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar,
 * LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges; as electron-builder.yml sets them.
 */
const AS_CONFIGURED = '01001110';

const tempDir = tempDirsRemovedAfterEach(afterEach);

function fakeBinary(file: string, wire: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const code = Buffer.alloc(4096, 0x90);
  fs.writeFileSync(file, Buffer.concat([code, Buffer.from(SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire), code]));
  return file;
}

function check(app: string) {
  const run = spawnSync(process.execPath, [SCRIPT, app], { encoding: 'utf8' });
  return { status: run.status, ok: run.stdout.trim().split('\n'), failures: run.stderr.trim() };
}

describe('the release check of the packaged app’s fuses', () => {
  it('passes a binary whose fuses are as electron-builder.yml sets them, listing each', () => {
    const result = check(fakeBinary(path.join(tempDir(), 'letterdesk'), AS_CONFIGURED));
    expect(result.failures).toBe('');
    expect(result.status).toBe(0);
    expect(result.ok).toContain('ok   RunAsNode is off');
    expect(result.ok).toContain('ok   OnlyLoadAppFromAsar is on');
    expect(result.ok).toContain('ok   GrantFileProtocolExtraPrivileges is off');
    expect(result.ok).toHaveLength(7);
  });

  it('fails when a fuse electron-builder.yml turns off is on', () => {
    const result = check(fakeBinary(path.join(tempDir(), 'Letterdesk.exe'), '1' + AS_CONFIGURED.slice(1)));
    expect(result.status).toBe(1);
    expect(result.failures).toBe('FAIL RunAsNode is on; electron-builder.yml turns it off');
  });

  it('fails when a fuse it turns on is off, or missing from a shorter wire', () => {
    const off = check(fakeBinary(path.join(tempDir(), 'letterdesk'), '01001010'));
    expect(off.status).toBe(1);
    expect(off.failures).toBe('FAIL OnlyLoadAppFromAsar is off; electron-builder.yml turns it on');
    const short = check(fakeBinary(path.join(tempDir(), 'letterdesk'), '0100'));
    expect(short.status).toBe(1);
    expect(short.failures.split('\n')).toEqual([
      'FAIL OnlyLoadAppFromAsar is missing; electron-builder.yml turns it on',
      'FAIL EnableEmbeddedAsarIntegrityValidation is missing; electron-builder.yml turns it on',
      'FAIL GrantFileProtocolExtraPrivileges is missing; electron-builder.yml turns it off',
    ]);
  });

  it('reads a macOS .app through its Electron Framework', () => {
    const app = path.join(tempDir(), 'Letterdesk.app');
    fakeBinary(path.join(app, 'Contents/Frameworks/Electron Framework.framework/Electron Framework'), AS_CONFIGURED);
    expect(check(app).status).toBe(0);
  });

  it('fails where there is no packaged app', () => {
    const result = check(path.join(tempDir(), 'dist/linux-unpacked/letterdesk'));
    expect(result.status).toBe(2);
    expect(result.failures).toMatch(/^check-fuses: no packaged app at /);
  });
});
