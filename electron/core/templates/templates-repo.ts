import type { Language } from '../../../shared/recipients/schemas';
import type { Template, TemplateFields, TemplateSummary, TemplateVariant } from '../../../shared/templates/schemas';
import { letterDocumentSchema, type LetterDocument } from '../../../shared/letter/document';
import type { Db } from '../db/database';
import { logActivity } from '../db/activity-log';
import { newId, nowIso } from '../db/ids';

/*
 * Templates and their language variants. Every write is one transaction with
 * its activity-log line. Documents are validated by the API schema before
 * they get here, and parsed again when read (a damaged row fails loudly).
 */

interface TemplateRow {
  id: string;
  name: string;
  kind: Template['kind'];
  default_language: Language;
  paper_size: Template['paperSize'];
  voice: Template['voice'];
  example_key: string | null;
  languages: string | null;
  created_at: string;
  updated_at: string;
}

interface VariantRow {
  language: Language;
  title: string;
  document: string;
  revision: number;
  updated_at: string;
}

const SELECT_TEMPLATE = `
  SELECT t.*, (SELECT group_concat(v.language, ',') FROM template_variants v WHERE v.template_id = t.id) AS languages
  FROM templates t`;

function toSummary(row: TemplateRow): TemplateSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    defaultLanguage: row.default_language,
    paperSize: row.paper_size,
    voice: row.voice,
    languages: (row.languages ? row.languages.split(',') : []).sort() as Language[],
    isExample: row.example_key !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toVariant(row: VariantRow): TemplateVariant {
  return {
    language: row.language,
    title: row.title,
    document: letterDocumentSchema.parse(JSON.parse(row.document)),
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}

export function listTemplates(db: Db): TemplateSummary[] {
  return (db.prepare(`${SELECT_TEMPLATE} ORDER BY t.name COLLATE NOCASE, t.id`).all() as TemplateRow[]).map(toSummary);
}

export function getTemplate(db: Db, id: string): Template | undefined {
  const row = db.prepare(`${SELECT_TEMPLATE} WHERE t.id = ?`).get(id) as TemplateRow | undefined;
  if (!row) return undefined;
  const variants = (
    db.prepare('SELECT language, title, document, revision, updated_at FROM template_variants WHERE template_id = ? ORDER BY language').all(id) as VariantRow[]
  ).map(toVariant);
  return { ...toSummary(row), variants };
}

/** A template by exact id or by name (case-insensitive); undefined when none or several match the name. */
export function findTemplate(db: Db, idOrName: string): TemplateSummary | undefined {
  const byId = db.prepare(`${SELECT_TEMPLATE} WHERE t.id = ?`).get(idOrName) as TemplateRow | undefined;
  if (byId) return toSummary(byId);
  const byName = db.prepare(`${SELECT_TEMPLATE} WHERE t.name = ? COLLATE NOCASE`).all(idOrName.trim()) as TemplateRow[];
  return byName.length === 1 ? toSummary(byName[0]) : undefined;
}

export interface NewVariant {
  language: Language;
  title?: string;
  document: LetterDocument;
}

export function createTemplate(db: Db, fields: TemplateFields, variants: readonly NewVariant[], exampleKey: string | null = null): Template {
  const id = newId();
  db.transaction(() => {
    const at = nowIso();
    db.prepare(
      `INSERT INTO templates (id, name, kind, default_language, paper_size, voice, example_key, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, fields.name, fields.kind, fields.defaultLanguage, fields.paperSize, fields.voice ?? 'auto', exampleKey, at, at);
    for (const v of variants) insertVariant(db, id, v, at);
    logActivity(db, { action: 'create', entityType: 'template', entityId: id, summary: `Created template ${fields.name}` });
  })();
  return getTemplate(db, id)!;
}

function insertVariant(db: Db, templateId: string, v: NewVariant, at: string): void {
  db.prepare(
    `INSERT INTO template_variants (id, template_id, language, title, document, revision, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
  ).run(newId(), templateId, v.language, v.title ?? '', JSON.stringify(v.document), at, at);
}

export function updateTemplate(db: Db, id: string, fields: TemplateFields): Template | undefined {
  const found = db.transaction(() => {
    const { changes } = db
      // A caller that does not name the voice (language actions, older clients) keeps it.
      .prepare('UPDATE templates SET name = ?, kind = ?, default_language = ?, paper_size = ?, voice = COALESCE(?, voice), updated_at = ? WHERE id = ?')
      .run(fields.name, fields.kind, fields.defaultLanguage, fields.paperSize, fields.voice ?? null, nowIso(), id);
    if (changes === 0) return false;
    logActivity(db, { action: 'update', entityType: 'template', entityId: id, summary: `Renamed or changed template ${fields.name}` });
    return true;
  })();
  return found ? getTemplate(db, id) : undefined;
}

/**
 * Creates or replaces one language variant; the revision goes up by one.
 * Returns undefined when the template does not exist.
 */
export function saveVariant(db: Db, templateId: string, v: NewVariant): TemplateVariant | undefined {
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM templates WHERE id = ?').get(templateId)) return undefined;
    const at = nowIso();
    const { changes } = db
      .prepare('UPDATE template_variants SET title = ?, document = ?, revision = revision + 1, updated_at = ? WHERE template_id = ? AND language = ?')
      .run(v.title ?? '', JSON.stringify(v.document), at, templateId, v.language);
    if (changes === 0) insertVariant(db, templateId, v, at);
    db.prepare('UPDATE templates SET updated_at = ? WHERE id = ?').run(at, templateId);
    logActivity(db, { action: 'update', entityType: 'template', entityId: templateId, summary: `Saved the ${v.language} text` });
    const row = db
      .prepare('SELECT language, title, document, revision, updated_at FROM template_variants WHERE template_id = ? AND language = ?')
      .get(templateId, v.language) as VariantRow;
    return toVariant(row);
  })();
}

export function deleteVariant(db: Db, templateId: string, language: Language): boolean {
  return db.transaction(() => {
    const { changes } = db.prepare('DELETE FROM template_variants WHERE template_id = ? AND language = ?').run(templateId, language);
    if (changes > 0) logActivity(db, { action: 'delete', entityType: 'template', entityId: templateId, summary: `Removed the ${language} text` });
    return changes > 0;
  })();
}

export function deleteTemplate(db: Db, id: string): boolean {
  return db.transaction(() => {
    const row = db.prepare('SELECT name FROM templates WHERE id = ?').get(id) as { name: string } | undefined;
    if (!row) return false;
    db.prepare('DELETE FROM templates WHERE id = ?').run(id);
    logActivity(db, { action: 'delete', entityType: 'template', entityId: id, summary: `Deleted template ${row.name}` });
    return true;
  })();
}

export function hasExample(db: Db, key: string): boolean {
  return db.prepare('SELECT 1 FROM templates WHERE example_key = ?').get(key) !== undefined;
}
