import { diffIndices } from 'node-diff3';
import type { BlockNode, LetterDocument, ListItemNode } from './document';

/*
 * Three-way merge of letter documents at the block level: a hand-edited draft
 * (ours), the template it was edited from (base) and the template now
 * (theirs). A block is a top-level paragraph, heading, quote, condition or
 * page break, or one item of a list; a list's start is a unit of its own, so
 * adding or removing an item touches only that item.
 *
 * node-diff3 aligns base with each side (its longest common subsequence). The
 * regions are then built here, not with node-diff3's own diff3 regions,
 * because those treat edits of two neighbouring blocks as one conflict (as
 * line-based merges do): in a letter, the user reworded paragraph 2 while the
 * template fixed paragraph 3 is the common case, and both should simply apply.
 * Changes conflict only when they touch the same block, or insert at the same
 * place. Where both sides replaced the same number of blocks, the conflict is
 * narrowed block by block.
 *
 * Blocks are compared by a canonical key that ignores what the editor adds
 * without meaning (key order, `textAlign: null`, split text runs), so a
 * template paragraph the user never touched is never seen as changed.
 */

type ListType = 'bulletList' | 'orderedList';
type ListBlock = Extract<BlockNode, { type: ListType }>;
type ListShell = Omit<ListBlock, 'content'>;

/** One unit of the merge. */
export type MergeUnit = { kind: 'block'; node: BlockNode } | { kind: 'list'; node: ListShell } | { kind: 'item'; list: ListType; node: ListItemNode };

export type MergePart = { kind: 'clean'; units: MergeUnit[] } | { kind: 'conflict'; base: MergeUnit[]; ours: MergeUnit[]; theirs: MergeUnit[] };

export interface BlockMerge {
  parts: MergePart[];
  /** How many conflicts wait for a choice. */
  conflicts: number;
  /** Changes applied without asking: from the template, and the hand edits kept. */
  fromTemplate: number;
  fromOurs: number;
}

export const CONFLICT_CHOICES = ['mine', 'template', 'both'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];

const isList = (node: BlockNode): node is ListBlock => node.type === 'bulletList' || node.type === 'orderedList';

/** A document as merge units: blocks, list starts and list items, in reading order. */
export function toUnits(doc: LetterDocument): MergeUnit[] {
  const out: MergeUnit[] = [];
  for (const block of doc.content) {
    if (isList(block)) {
      const { content, ...shell } = block;
      out.push({ kind: 'list', node: shell });
      for (const item of content) out.push({ kind: 'item', list: block.type, node: item });
    } else {
      out.push({ kind: 'block', node: block });
    }
  }
  return out;
}

/**
 * Units back to a document: an item joins the list opened before it, or
 * opens one of its own kind when the list it was in did not survive the merge.
 */
export function fromUnits(units: readonly MergeUnit[]): LetterDocument {
  const content: BlockNode[] = [];
  let open: ListBlock | null = null;
  for (const unit of units) {
    if (unit.kind === 'block') {
      open = null;
      content.push(unit.node);
    } else if (unit.kind === 'list') {
      open = { ...unit.node, content: [] } as ListBlock;
      content.push(open);
    } else {
      let list: ListBlock | null = open;
      if (!list || list.type !== unit.list) {
        list = { type: unit.list, content: [] } as ListBlock;
        content.push(list);
      }
      list.content.push(unit.node);
      open = list;
    }
  }
  return { type: 'doc', content };
}

// ---- canonical keys ----------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Sorted keys, no null or empty values, adjacent text runs with the same marks joined. */
function canonical(value: unknown): Json | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    const items = joinTextRuns(value.map(canonical).filter((v): v is Json => v !== undefined));
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) {
      const v = canonical((value as Record<string, unknown>)[key]);
      if (v !== undefined) out[key] = key === 'marks' && Array.isArray(v) ? [...v].sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1)) : v;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return value as Json;
}

function joinTextRuns(items: Json[]): Json[] {
  const out: Json[] = [];
  for (const item of items) {
    const prev = out.at(-1);
    if (isText(item) && isText(prev) && JSON.stringify(item.marks) === JSON.stringify(prev.marks)) {
      out[out.length - 1] = { ...prev, text: `${prev.text as string}${item.text as string}` };
    } else {
      out.push(item);
    }
  }
  return out;
}

function isText(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.type === 'text' && typeof v.text === 'string';
}

/** Two units with the same key say the same thing. */
export function unitKey(unit: MergeUnit): string {
  return `${unit.kind}:${unit.kind === 'item' ? unit.list : ''}:${JSON.stringify(canonical(unit.node) ?? null)}`;
}

// ---- regions -------------------------------------------------------------------

interface Hunk {
  side: 'a' | 'b';
  oStart: number;
  oEnd: number;
  start: number;
  end: number;
}

function hunks(o: string[], x: string[], side: 'a' | 'b'): Hunk[] {
  return diffIndices(o, x).map((h) => ({
    side,
    oStart: h.buffer1[0],
    oEnd: h.buffer1[0] + h.buffer1[1],
    start: h.buffer2[0],
    end: h.buffer2[0] + h.buffer2[1],
  }));
}

/** Whether changes of the two sides to these base ranges touch the same block or insert at the same place. */
function clash(x: Hunk, y: Hunk): boolean {
  const xEmpty = x.oStart === x.oEnd;
  const yEmpty = y.oStart === y.oEnd;
  if (xEmpty && yEmpty) return x.oStart === y.oStart;
  if (xEmpty) return y.oStart < x.oStart && x.oStart < y.oEnd;
  if (yEmpty) return x.oStart < y.oStart && y.oStart < x.oEnd;
  return x.oStart < y.oEnd && y.oStart < x.oEnd;
}

/** Groups of hunks that clash with each other (directly or through another), in base order. */
function regions(ha: Hunk[], hb: Hunk[]): Hunk[][] {
  const all = [...ha, ...hb];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // Each side's hunks are disjoint and ordered, so a sweep finds every clashing pair.
  let first = 0;
  ha.forEach((x, i) => {
    while (first < hb.length && hb[first]!.oEnd < x.oStart) first++;
    for (let j = first; j < hb.length && hb[j]!.oStart <= x.oEnd; j++) {
      if (clash(x, hb[j]!)) parent[find(i)] = find(ha.length + j);
    }
  });
  const groups = new Map<number, Hunk[]>();
  all.forEach((h, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), h]);
  });
  const span = (g: Hunk[]) => ({ start: Math.min(...g.map((h) => h.oStart)), end: Math.max(...g.map((h) => h.oEnd)) });
  // An insertion comes before a change starting at the same place.
  return [...groups.values()].sort((x, y) => span(x).start - span(y).start || span(x).end - span(y).end);
}

const sameKeys = (x: string[], y: string[]) => x.length === y.length && x.every((k, i) => k === y[i]);

/** Merges `ours` and `theirs`, both derived from `base`. */
export function mergeBlocks(base: LetterDocument, ours: LetterDocument, theirs: LetterDocument): BlockMerge {
  const o = toUnits(base);
  const a = toUnits(ours);
  const b = toUnits(theirs);
  const ok = o.map(unitKey);
  const ak = a.map(unitKey);
  const bk = b.map(unitKey);
  const parts: MergePart[] = [];
  let fromTemplate = 0;
  let fromOurs = 0;
  const clean = (...units: MergeUnit[]) => {
    if (units.length === 0) return;
    const last = parts.at(-1);
    if (last?.kind === 'clean') last.units.push(...units);
    else parts.push({ kind: 'clean', units: [...units] });
  };
  const conflict = (base: MergeUnit[], mine: MergeUnit[], template: MergeUnit[]) => parts.push({ kind: 'conflict', base, ours: mine, theirs: template });

  let oPos = 0;
  let aPos = 0;
  let bPos = 0;
  /** Unchanged on both sides: the side whose copy differs from the base only in form (say, key order) keeps it. */
  const stable = (length: number) => {
    for (let i = 0; i < length; i++) {
      const [ua, uo, ub] = [a[aPos + i]!, o[oPos + i]!, b[bPos + i]!];
      clean(JSON.stringify(ua) !== JSON.stringify(uo) ? ua : ub);
    }
    oPos += length;
    aPos += length;
    bPos += length;
  };

  for (const group of regions(hunks(ok, ak, 'a'), hunks(ok, bk, 'b'))) {
    const start = Math.max(oPos, Math.min(...group.map((h) => h.oStart)));
    const end = Math.max(...group.map((h) => h.oEnd));
    stable(start - oPos);
    const range = (side: 'a' | 'b', pos: number): [number, number] => {
      const mine = group.filter((h) => h.side === side);
      if (mine.length === 0) return [pos, pos + (end - start)];
      const firstHunk = mine[0]!;
      const lastHunk = mine.at(-1)!;
      return [firstHunk.start - (firstHunk.oStart - start), lastHunk.end + (end - lastHunk.oEnd)];
    };
    const [as, ae] = range('a', aPos);
    const [bs, be] = range('b', bPos);
    const changedA = group.some((h) => h.side === 'a');
    const changedB = group.some((h) => h.side === 'b');
    if (!changedB) {
      clean(...a.slice(as, ae));
      fromOurs++;
    } else if (!changedA) {
      clean(...b.slice(bs, be));
      fromTemplate++;
    } else if (sameKeys(ak.slice(as, ae), bk.slice(bs, be))) {
      clean(...a.slice(as, ae));
    } else if (ae - as === end - start && be - bs === end - start) {
      // Both replaced the same blocks one for one: decide block by block.
      let pending: [MergeUnit[], MergeUnit[], MergeUnit[]] | null = null;
      const flush = () => {
        if (pending) conflict(...pending);
        pending = null;
      };
      for (let i = 0; i < end - start; i++) {
        const [ka, ko, kb] = [ak[as + i], ok[start + i], bk[bs + i]];
        if (ka === kb || kb === ko) {
          flush();
          clean(a[as + i]!);
          if (ka !== kb) fromOurs++;
        } else if (ka === ko) {
          flush();
          clean(b[bs + i]!);
          fromTemplate++;
        } else {
          pending ??= [[], [], []];
          pending[0].push(o[start + i]!);
          pending[1].push(a[as + i]!);
          pending[2].push(b[bs + i]!);
        }
      }
      flush();
    } else {
      conflict(o.slice(start, end), a.slice(as, ae), b.slice(bs, be));
    }
    oPos = end;
    aPos = ae;
    bPos = be;
  }
  stable(o.length - oPos);
  return { parts, conflicts: parts.filter((p) => p.kind === 'conflict').length, fromTemplate, fromOurs };
}

/** The merged document, each conflict settled by its choice: mine, the template's, or mine then the template's. */
export function resolveMerge(merge: BlockMerge, choices: readonly ConflictChoice[]): LetterDocument {
  if (choices.length !== merge.conflicts) throw new Error(`The merge has ${merge.conflicts} conflicts but ${choices.length} choices were given.`);
  let next = 0;
  const units = merge.parts.flatMap((part) => {
    if (part.kind === 'clean') return part.units;
    const choice = choices[next++];
    return choice === 'mine' ? part.ours : choice === 'template' ? part.theirs : [...part.ours, ...part.theirs];
  });
  return fromUnits(units);
}

/** Whether two documents say the same, compared as the merge compares blocks. */
export function sameDocument(x: LetterDocument, y: LetterDocument): boolean {
  return JSON.stringify(canonical(x)) === JSON.stringify(canonical(y));
}
