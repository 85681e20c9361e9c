import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OPERATION_NAMES, contract } from '../../../shared/api/contract';
import { dispatch } from '../../../electron/core/api/dispatch';
import { openTempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';

let t: TempWorkspace;
beforeEach(async () => {
  t = await openTempWorkspace();
});
afterEach(() => t.cleanup());

const valid = { countryCode: 'es', office: 'Prime Minister', name: '  Ana López  ' };
const count = async () => {
  const result = await dispatch(t.handlers, 'recipients.list', {});
  return result.ok ? (result.data as { total: number }).total : -1;
};

describe('API contract and dispatch', () => {
  it('declares every operation name exactly once', () => {
    expect(Object.keys(contract).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it('accepts valid input and normalises it', async () => {
    const result = await dispatch(t.handlers, 'recipients.create', valid);
    expect(result.ok).toBe(true);
    expect(result.ok && result.data).toMatchObject({
      countryCode: 'ES',
      name: 'Ana López',
      gender: 'unspecified',
      language: 'en',
      officeType: 'head_of_government',
      toVerify: true,
    });
  });

  it('accepts an office whose holder is not known yet, marked to verify', async () => {
    const result = await dispatch(t.handlers, 'recipients.create', { countryCode: 'IE', office: 'Taoiseach', verifiedOn: '2026-11-01' });
    expect(result.ok && result.data).toMatchObject({ name: '', officeType: 'head_of_government', toVerify: true });
  });

  it.each([
    ['an extra field', { ...valid, isAdmin: true }, 'unknownField'],
    ['a missing office', { countryCode: 'ES', name: 'X' }, 'required'],
    ['an empty office', { ...valid, office: '   ' }, 'required'],
    ['a malformed verification date', { ...valid, verifiedOn: '2026-13-45' }, 'date'],
    ['an unknown override', { ...valid, overrides: { title: 'x' } }, 'unknownField'],
    ['an unknown office type', { ...valid, officeType: 'monarch' }, 'invalid'],
    ['a bad email', { ...valid, email: 'not-an-email' }, 'email'],
    ['a wrong type', { ...valid, tags: 'eu' }, 'invalid'],
    ['an unknown gender', { ...valid, gender: 'x' }, 'invalid'],
    ['a malformed country code', { ...valid, countryCode: 'Spain' }, 'unknownCountry'],
    ['an unknown country', { ...valid, countryCode: 'XX' }, 'unknownCountry'],
    ['a tag with a comma', { ...valid, tags: ['a,b'] }, 'tagCharacters'],
    ['an over-long name', { ...valid, name: 'x'.repeat(201) }, 'tooLong'],
  ])('rejects %s with a structured error and writes nothing', async (_label, input, code) => {
    const result = await dispatch(t.handlers, 'recipients.create', input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.issues.map((i) => i.code)).toContain(code);
    expect(result.error.message).toMatch(/^Please check the input: /);
    expect(result.error.message).not.toMatch(/at .*\.ts|Error:/);
    expect(await count()).toBe(0);
  });

  it.each([null, 42, 'text', [], { id: 'not-a-uuid' }])('rejects non-object or malformed input %j', async (input) => {
    const result = await dispatch(t.handlers, 'recipients.get', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses unknown operations, including prototype keys', async () => {
    for (const name of ['recipients.drop', '__proto__', 'constructor', 'toString', 42]) {
      expect(await dispatch(t.handlers, name, {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    }
  });

  it('reports a missing recipient as not_found', async () => {
    const result = await dispatch(t.handlers, 'recipients.get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('puts update issues under the fields path', async () => {
    const created = await dispatch(t.handlers, 'recipients.create', valid);
    const id = created.ok ? (created.data as { id: string }).id : '';
    const result = await dispatch(t.handlers, 'recipients.update', { id, fields: { ...valid, countryCode: 'QQ' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.issues).toEqual([{ path: ['fields', 'countryCode'], code: 'unknownCountry' }]);
  });

  it('remembers the interface language', async () => {
    expect(await dispatch(t.handlers, 'settings.get', {})).toEqual({ ok: true, data: { language: null, dateStyle: 'letter' } });
    await dispatch(t.handlers, 'settings.update', { language: 'es' });
    expect(await dispatch(t.handlers, 'settings.get', {})).toEqual({ ok: true, data: { language: 'es', dateStyle: 'letter' } });
    expect(await dispatch(t.handlers, 'settings.update', { language: 'de' })).toMatchObject({ ok: false });
  });
});
