import { describe, expect, it } from 'vitest';
import type { Template, TemplateSummary } from '../../../shared/templates/schemas';
import { dispatch } from '../../../electron/core/api/dispatch';
import { workspaceForEachTest } from '../../helpers/workspace-per-test';

/* "Duplicate": an example template copied with every language text, as a template of the user's own. */

const { t, ok } = workspaceForEachTest();

describe('templates.duplicate', () => {
  it('copies an example with its settings and texts, as no example, and numbers a name already taken', async () => {
    const example = (await ok<TemplateSummary[]>('templates.list', {})).find((x) => x.isExample && x.kind === 'letter')!;
    const source = await ok<Template>('templates.get', { id: example.id });
    const copy = await ok<Template>('templates.duplicate', { id: example.id });
    expect(copy).toMatchObject({
      name: `${example.name} (copy)`,
      isExample: false,
      kind: source.kind,
      defaultLanguage: source.defaultLanguage,
      voice: source.voice,
    });
    expect(copy.id).not.toBe(example.id);
    expect(copy.variants.map((v) => [v.language, v.title, v.document])).toEqual(source.variants.map((v) => [v.language, v.title, v.document]));

    // Editing the copy leaves the example as it was.
    await ok('templates.saveVariant', {
      templateId: copy.id,
      language: 'en',
      document: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mine' }] }] },
    });
    expect((await ok<Template>('templates.get', { id: example.id })).variants).toEqual(source.variants);

    expect((await ok<Template>('templates.duplicate', { id: example.id })).name).toBe(`${example.name} (copy 2)`);
    expect((await ok<Template>('templates.duplicate', { id: example.id, name: 'Carta propia' })).name).toBe('Carta propia');
    expect(await dispatch(t.handlers, 'templates.duplicate', { id: '0190e5a1-0000-7000-8000-00000000ffff' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
