import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api/dispatch';
import { createHandlers } from '../../../electron/core/api/create-handlers';
import { Workspace } from '../../../electron/core/workspace/workspace';
import { tempWorkspacesRemovedAfterEach } from '../../helpers/workspace-per-test';

/* The workspace settings: each change keeps the others, and a bad value changes nothing. */

describe('settings', () => {
  const openWorkspace = tempWorkspacesRemovedAfterEach();

  it('keeps the date style apart from the language, and both survive reopening', async () => {
    const t = await openWorkspace();
    await dispatch(t.handlers, 'settings.update', { language: 'fr' });
    expect(await dispatch(t.handlers, 'settings.update', { dateStyle: 'system' })).toEqual({ ok: true, data: { language: 'fr', dateStyle: 'system' } });
    t.workspace.close();
    const reopened = await Workspace.open({ dataDir: t.dir });
    try {
      expect(await dispatch(createHandlers(reopened), 'settings.get', {})).toEqual({ ok: true, data: { language: 'fr', dateStyle: 'system' } });
    } finally {
      reopened.close();
    }
  });

  it('refuses an empty change and an unknown style, and stores nothing', async () => {
    const t = await openWorkspace();
    expect(await dispatch(t.handlers, 'settings.update', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(t.handlers, 'settings.update', { dateStyle: 'american' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(t.handlers, 'settings.get', {})).toEqual({ ok: true, data: { language: null, dateStyle: 'letter' } });
  });
});
