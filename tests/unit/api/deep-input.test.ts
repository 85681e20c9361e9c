import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api/dispatch';
import { workspaceForEachTest } from '../../helpers/workspace-per-test';

/* Input nested far deeper than any letter (IPC has no depth guard of its own, unlike browser mode): refused, never thrown. */

const { t } = workspaceForEachTest();

function nested(depth: number): unknown {
  let node: Record<string, unknown> = { type: 'text', text: 'x' };
  for (let i = 0; i < depth; i++) node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] };
  return { type: 'doc', content: [node] };
}

describe('dispatch and deep input', () => {
  it('refuses a document nested 50,000 levels deep with invalid_input, and writes nothing', async () => {
    const template = await dispatch(t.handlers, 'templates.create', { name: 'Deep', kind: 'letter', defaultLanguage: 'en', paperSize: 'A4' });
    expect(template.ok).toBe(true);
    const id = template.ok ? (template.data as { id: string }).id : '';
    const result = await dispatch(t.handlers, 'templates.saveVariant', { templateId: id, language: 'en', document: nested(50_000) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const after = await dispatch(t.handlers, 'templates.get', { id });
    expect(JSON.stringify(after).length).toBeLessThan(5000);
  });
});
