import type { Template } from '../../../shared/templates/schemas';
import type { Db } from '../db/database';
import { createTemplate, getTemplate } from './templates-repo';

/*
 * "Duplicate": a template copied with its settings and every language text,
 * as a template of the user's own (never an example), in one transaction.
 */

/** "Name (copy)", or "Name (copy 2)", ... when that one is taken (names compared without case). */
function freeName(db: Db, base: string): string {
  const taken = new Set((db.prepare('SELECT name FROM templates').pluck().all() as string[]).map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = base.endsWith(')') ? `${base.slice(0, -1)} ${i})` : `${base} ${i}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export function duplicateTemplate(db: Db, id: string, name?: string): Template | undefined {
  return db.transaction(() => {
    const source = getTemplate(db, id);
    if (!source) return undefined;
    const wanted = (name ?? `${source.name} (copy)`).slice(0, 200);
    return createTemplate(
      db,
      { name: freeName(db, wanted), kind: source.kind, defaultLanguage: source.defaultLanguage, paperSize: source.paperSize, voice: source.voice },
      source.variants.map((v) => ({ language: v.language, title: v.title, document: v.document })),
    );
  })();
}
