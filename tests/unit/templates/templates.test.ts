import { describe, expect, it } from 'vitest';
import type { Template, TemplateSummary } from '../../../shared/templates/schemas';
import type { TemplateImportPreview } from '../../../shared/templates/contract';
import type { LetterDocument } from '../../../shared/letter/document';
import { dispatch } from '../../../electron/core/api/dispatch';
import { EXAMPLE_TEMPLATES } from '../../../resources/examples/example-templates';
import { Workspace } from '../../../electron/core/workspace/workspace';
import { workspaceForEachTest } from '../../helpers/workspace-per-test';

const { t, ok } = workspaceForEachTest();

const paragraph = (text: string): LetterDocument => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('templates', () => {
  it('loads the example templates once, in English and Spanish', async () => {
    const list = await ok<TemplateSummary[]>('templates.list', {});
    expect(list.filter((x) => x.isExample)).toHaveLength(EXAMPLE_TEMPLATES.length);
    expect(list.every((x) => x.languages.join() === 'en,es')).toBe(true);
    // A deleted example does not come back on the next start.
    await ok('templates.delete', { id: list[0].id });
    t.workspace.close();
    const again = await Workspace.open({ dataDir: t.dir });
    const { createHandlers } = await import('../../../electron/core/api/create-handlers');
    const result = await dispatch(createHandlers(again), 'templates.list', {});
    expect(result.ok && (result.data as TemplateSummary[]).length).toBe(EXAMPLE_TEMPLATES.length - 1);
    again.close();
  });

  it('creates a template, saves language variants with rising revisions, and keeps at least one language', async () => {
    const created = await ok<Template>('templates.create', { name: 'Open letter', defaultLanguage: 'es' });
    expect(created.variants.map((v) => [v.language, v.revision])).toEqual([['es', 1]]);
    const saved = await ok<{ revision: number }>('templates.saveVariant', {
      templateId: created.id,
      language: 'es',
      document: paragraph('Excelentísimo Señor:'),
    });
    expect(saved.revision).toBe(2);
    await ok('templates.saveVariant', { templateId: created.id, language: 'en', document: paragraph('Excellency,') });
    const full = await ok<Template>('templates.get', { id: created.id });
    expect(full.languages).toEqual(['en', 'es']);
    expect(full.variants.find((v) => v.language === 'en')?.document).toEqual(paragraph('Excellency,'));

    await ok('templates.deleteVariant', { templateId: created.id, language: 'en' });
    const last = await dispatch(t.handlers, 'templates.deleteVariant', { templateId: created.id, language: 'es' });
    expect(last).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses a document that is not a letter document, writing nothing', async () => {
    const created = await ok<Template>('templates.create', { name: 'X' });
    for (const document of [
      { type: 'doc', content: [{ type: 'script', text: 'x' }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'mergeField', attrs: { field: 'recipient.password' } }] }] },
      {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
      },
    ]) {
      const result = await dispatch(t.handlers, 'templates.saveVariant', { templateId: created.id, language: 'en', document });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect((await ok<Template>('templates.get', { id: created.id })).variants[0].revision).toBe(1);
  });

  it('imports a text letter: previews without writing, then creates the template with the decisions applied', async () => {
    const text = 'His/Her Excellency\n**NAME OF THE PRESIDENT**\n\nWe write about **COUNTRY** and **THE DEADLINE**.\n';
    const contentBase64 = Buffer.from(text).toString('base64');
    const before = (await ok<TemplateSummary[]>('templates.list', {})).length;
    const { preview } = await ok<{ preview: TemplateImportPreview }>('templates.import', { fileName: 'letter.txt', contentBase64 });
    expect(preview.placeholders.map((p) => [p.raw, p.mapping.type === 'field' ? p.mapping.field : p.mapping.type])).toEqual([
      ['His/Her Excellency', 'recipient.honorific'],
      ['**NAME OF THE PRESIDENT**', 'recipient.name'],
      ['**COUNTRY**', 'country.name'],
      ['**THE DEADLINE**', 'unmapped'],
    ]);
    expect((await ok<TemplateSummary[]>('templates.list', {})).length).toBe(before);

    const deadline = preview.placeholders.find((p) => p.raw === '**THE DEADLINE**')!;
    const done = await ok<{ template: TemplateSummary; preview: TemplateImportPreview }>('templates.import', {
      fileName: 'letter.txt',
      contentBase64,
      name: 'Imported',
      decisions: { [deadline.id]: { type: 'text', text: '31 December' } },
      commit: true,
    });
    const stored = await ok<Template>('templates.get', { id: done.template.id });
    expect(JSON.stringify(stored.variants[0].document)).toContain('31 December');
    expect(JSON.stringify(stored.variants[0].document)).not.toContain('DEADLINE');
  });

  it('keeps a voice per template: "auto" by default, set and kept by an update that does not name it', async () => {
    const created = await ok<Template>('templates.create', { name: 'Joint letter' });
    expect(created.voice).toBe('auto');
    const fields = { name: 'Joint letter', kind: 'letter', defaultLanguage: 'en', paperSize: 'A4' };
    expect((await ok<Template>('templates.update', { id: created.id, fields: { ...fields, voice: 'plural' } })).voice).toBe('plural');
    // The language actions and older clients send the fields without the voice: it stays.
    expect((await ok<Template>('templates.update', { id: created.id, fields: { ...fields, name: 'Renamed' } })).voice).toBe('plural');
    expect((await ok<TemplateSummary[]>('templates.list', {})).find((x) => x.id === created.id)?.voice).toBe('plural');
    const refused = await dispatch(t.handlers, 'templates.update', { id: created.id, fields: { ...fields, voice: 'we' } });
    expect(refused.ok).toBe(false);
  });

  it('offers no address block, salutation or close for a statement, and applies none', async () => {
    const contentBase64 = Buffer.from('His/Her Excellency\n**NAME OF THE PRESIDENT**\n\nWe endorse this statement.\n').toString('base64');
    const letter = await ok<{ preview: TemplateImportPreview }>('templates.import', { fileName: 'x.txt', contentBase64 });
    expect(letter.preview.offers).toEqual({ addressLines: ['His/Her Excellency', '**NAME OF THE PRESIDENT**'], salutation: true, close: true });
    expect(JSON.stringify(letter.preview.document)).toContain('recipient.addressBlock');
    const statement = await ok<{ preview: TemplateImportPreview }>('templates.import', { fileName: 'x.txt', contentBase64, kind: 'statement' });
    expect(statement.preview.offers).toEqual({ addressLines: null, salutation: false, close: false });
    expect(JSON.stringify(statement.preview.document)).not.toMatch(/addressBlock|salutation|complimentaryClose/);
  });

  it('refuses a file that is not a letter with a clear message', async () => {
    const result = await dispatch(t.handlers, 'templates.import', {
      fileName: 'letter.docx',
      contentBase64: Buffer.from('not a zip at all').toString('base64'),
      commit: true,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/docx|Word|zip/i);
  });
});
