import { child, elements, type XmlElement } from './safe-xml';

/*
 * word/numbering.xml: which list a paragraph's numId/ilvl belongs to, and
 * whether that level is bulleted or numbered (numFmt), with its first number.
 * A numId is one list; its instance (w:num) may override a level's start.
 */

export interface ListLevel {
  ordered: boolean;
  start: number;
}

const BULLET: ListLevel = { ordered: false, start: 1 };

function readLevels(container: XmlElement | undefined): Map<number, ListLevel> {
  const levels = new Map<number, ListLevel>();
  for (const lvl of elements(container, 'lvl')) {
    const format = child(lvl, 'numFmt')?.attrs.val ?? 'bullet';
    const start = Number(child(lvl, 'start')?.attrs.val ?? 1);
    levels.set(Number(lvl.attrs.ilvl ?? 0), { ordered: format !== 'bullet' && format !== 'none', start: Number.isFinite(start) ? start : 1 });
  }
  return levels;
}

export class DocxNumbering {
  private readonly abstract = new Map<string, Map<number, ListLevel>>();
  private readonly instances = new Map<string, { abstractId: string; overrides: Map<number, Partial<ListLevel>> }>();

  constructor(root: XmlElement | undefined) {
    for (const abstractNum of elements(root, 'abstractNum')) {
      this.abstract.set(abstractNum.attrs.abstractNumId ?? '', readLevels(abstractNum));
    }
    for (const num of elements(root, 'num')) {
      const overrides = new Map<number, Partial<ListLevel>>();
      for (const override of elements(num, 'lvlOverride')) {
        const ilvl = Number(override.attrs.ilvl ?? 0);
        const start = child(override, 'startOverride')?.attrs.val;
        const redefined = readLevels(override).get(ilvl);
        overrides.set(ilvl, { ...redefined, ...(start !== undefined ? { start: Number(start) } : {}) });
      }
      this.instances.set(num.attrs.numId ?? '', { abstractId: child(num, 'abstractNumId')?.attrs.val ?? '', overrides });
    }
  }

  /** The level's kind and first number; an unknown list reads as bullets. */
  level(numId: string, ilvl: number): ListLevel {
    const instance = this.instances.get(numId);
    if (!instance) return BULLET;
    const base = this.abstract.get(instance.abstractId)?.get(ilvl) ?? BULLET;
    return { ...base, ...instance.overrides.get(ilvl) };
  }
}
