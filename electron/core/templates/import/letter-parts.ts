import type { InlineNode } from '../../../../shared/letter/document';
import type { MergeFieldId } from '../../../../shared/letter/fields';
import type { DetectedPlaceholder, SkeletonBlock, SkeletonInline, TemplateSkeleton } from './types';

/*
 * The parts of a letter around its text: the recipient's address at the top,
 * the salutation before the first paragraph, the complimentary close before
 * the signatures. An imported letter often writes the address as lines of
 * placeholders ("His/Her Excellency / NAME / President of COUNTRY") and has
 * no salutation or close at all. What is found here becomes three proposals
 * the reviewer can turn off: the address lines become one address-block
 * field (the full block, postal address included, so the export prints no
 * second one), and a salutation and close field are added where missing.
 */

export interface LetterParts {
  /** Top-level blocks [start, end) that write the recipient's address, with their lines as written. */
  address?: { start: number; end: number; lines: string[] };
  /** The letter has no salutation: the top-level block it goes before. */
  salutationAt?: number;
  /** The letter has no complimentary close: the top-level block it goes before (the end of the text). */
  closeAt?: number;
}

/** Which proposals to apply; each is on unless turned off. */
export interface LetterProposals {
  addressBlock: boolean;
  salutation: boolean;
  close: boolean;
}

export const ALL_PROPOSALS: LetterProposals = { addressBlock: true, salutation: true, close: true };

type Mappings = ReadonlyMap<string, DetectedPlaceholder['mapping']>;

interface Line {
  /** Placeholders as written ("**NAME**"), so it reads as in the file. */
  text: string;
  fields: MergeFieldId[];
}

const RECIPIENT_FIELDS: ReadonlySet<MergeFieldId> = new Set([
  'recipient.name',
  'recipient.honorific',
  'recipient.fullTitle',
  'recipient.officeTitle',
  'recipient.addressBlock',
]);
const isAddressField = (field: MergeFieldId) => RECIPIENT_FIELDS.has(field) || field.startsWith('country.');
// An honorific written out rather than as a placeholder: "His Excellency", "S.E.", "Excelentísimo Señor", "Son Excellence".
const HONORIFIC_TEXT =
  /^(?:(?:his|her|their)\s+(?:excellency|majesty|highness|holiness|eminence)|h\.\s?e\.|s\.\s?e\.|excelent[íi]sim[oa]|su\s+(?:excelencia|majestad)|son\s+excellence|sa\s+majest[ée])/iu;

const SALUTATION =
  /^(?:dear|my dear|your\s+(?:excellency|majesty|highness|royal highness|holiness|eminence)|excellency|excelencia|excelent[íi]sim[oa]s?|estimad[oa]s?|querid[oa]s?|distinguid[oa]s?|señor|señora|sr\.|sra\.|majestad|alteza|monsieur|madame|mesdames|messieurs|excellence|cher|chère|chers|chères|majesté|sire)(?![\p{L}])/iu;
// A close is a line of its own ("Yours sincerely,") or a formula ("…the assurances of our highest consideration."),
// not a sentence that happens to say "respectfully".
const CLOSE_LINE =
  /^(?:yours\s+(?:sincerely|faithfully|truly|respectfully)|sincerely(?:\s+yours)?|respectfully(?:\s+yours)?|(?:with\s+)?(?:kind|best|warm)\s+regards|atentamente|cordialmente|un\s+(?:cordial\s+)?saludo|saludos\s+cordiales|cordialement|respectueusement|bien\s+(?:cordialement|à\s+vous))[,.!]?$/iu;
const CLOSE_FORMULA =
  /(?:highest\s+consideration|high\s+consideration|highest\s+respect|assurances?\s+of\s+(?:my|our)|alta\s+consideraci[óo]n|testimonio\s+de\s+(?:mi|nuestr[oa])|profundo\s+respeto|considération|vous\s+prie(?:ons)?\s+d['’]agréer|prions\s+d['’]agréer|veuillez\s+agréer|profond\s+respect)/iu;
// "Excelentísimo Señor:" greets; "Excelentísimo/a Señor/a" above a name is the address.
const isSalutation = (line: Line) =>
  line.fields.includes('recipient.salutation') || (line.text.length <= 100 && SALUTATION.test(line.text) && /[,:!]$/.test(line.text));
// A line with the date or the place: "[DATE]", "Geneva, 1 March" — skipped on the way to the first paragraph.
const SHORT_LINE = 60;

function inlineLines(content: readonly SkeletonInline[] | undefined, mappings: Mappings, raws: ReadonlyMap<string, string>): Line[] {
  const lines: Line[] = [{ text: '', fields: [] }];
  for (const node of content ?? []) {
    const line = lines.at(-1)!;
    if (node.type === 'hardBreak') lines.push({ text: '', fields: [] });
    else if (node.type === 'text') line.text += node.text;
    else if (node.type === 'placeholder') {
      line.text += raws.get(node.attrs.id) ?? '';
      const mapping = mappings.get(node.attrs.id);
      if (mapping?.type === 'field') line.fields.push(mapping.field);
    } else if (node.type === 'mergeField') line.fields.push(node.attrs.field);
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() }));
}

const isEmpty = (lines: readonly Line[]) => lines.every((l) => l.text === '' && l.fields.length === 0);
const addressish = (line: Line) => line.fields.some(isAddressField) || HONORIFIC_TEXT.test(line.text);
const isRecipientLine = (line: Line) => line.fields.some((f) => RECIPIENT_FIELDS.has(f)) || HONORIFIC_TEXT.test(line.text);
// A sentence, not an address line: long, or ending in a full stop after some words.
const isSentence = (line: Line) => line.text.length > 120 || (/[.!?]$/.test(line.text) && line.text.split(' ').length > 6);

function blockLines(block: SkeletonBlock, mappings: Mappings, raws: ReadonlyMap<string, string>): Line[] | null {
  return block.type === 'paragraph' ? inlineLines(block.content, mappings, raws) : null;
}

function findAddress(blocks: readonly (Line[] | null)[], kinds: readonly SkeletonBlock['type'][]): LetterParts['address'] {
  // The address opens the letter, after at most a title, a date or a place line.
  let start = -1;
  for (let i = 0; i < Math.min(blocks.length, 4); i++) {
    const lines = blocks[i];
    if (lines && !isEmpty(lines) && addressish(lines[0]!)) {
      start = i;
      break;
    }
    const lead = kinds[i] === 'heading' || (lines !== null && (isEmpty(lines) || lines.every((l) => l.text.length <= SHORT_LINE && !isSentence(l))));
    if (!lead) return undefined;
  }
  if (start < 0) return undefined;
  let end = start;
  let lastAddress = start;
  for (let i = start; i < blocks.length; i++) {
    const lines = blocks[i];
    if (!lines || isEmpty(lines) || lines.length > 10 || lines.some((l) => isSentence(l) || isSalutation(l))) break;
    end = i + 1;
    if (lines.some(addressish)) lastAddress = i;
  }
  end = Math.min(end, lastAddress + 1);
  const lines = blocks.slice(start, end).flatMap((l) => l ?? []);
  if (lines.filter(addressish).length < 2 || !lines.some(isRecipientLine)) return undefined;
  return { start, end, lines: lines.map((l) => l.text).filter(Boolean) };
}

/** Where the text of the letter starts: the first paragraph or list after the address that is not a date or place line. */
function firstParagraph(blocks: readonly (Line[] | null)[], kinds: readonly SkeletonBlock['type'][], from: number): number | undefined {
  for (let i = from; i < blocks.length; i++) {
    const lines = blocks[i];
    if (kinds[i] === 'heading' || kinds[i] === 'pageBreak') continue;
    if (lines === null) return i;
    if (isEmpty(lines)) continue;
    const dateOrPlace =
      lines.length <= 2 && lines.every((l) => l.text.length <= SHORT_LINE && !isSentence(l) && (l.fields.includes('date.letter') || /\d/.test(l.text)));
    if (!dateOrPlace) return i;
  }
  return undefined;
}

/** The address, salutation and close an imported letter has or lacks. */
export function findLetterParts(skeleton: TemplateSkeleton, placeholders: readonly DetectedPlaceholder[]): LetterParts {
  const mappings: Mappings = new Map(placeholders.map((p) => [p.id, p.mapping]));
  const raws = new Map(placeholders.map((p) => [p.id, p.raw]));
  const blocks = skeleton.content.map((b) => blockLines(b, mappings, raws));
  const kinds = skeleton.content.map((b) => b.type);
  const parts: LetterParts = {};
  const address = findAddress(blocks, kinds);
  if (address) parts.address = address;

  const first = firstParagraph(blocks, kinds, address?.end ?? 0);
  const firstLines = first === undefined ? null : blocks[first];
  if (first !== undefined && !firstLines?.some(isSalutation)) parts.salutationAt = first;

  // The close is among the last few blocks with text (a signature's name and title may follow it).
  const filled = blocks.flatMap((lines, i) => (lines === null || !isEmpty(lines) ? [i] : []));
  const closes = filled.slice(-4).some((i) => {
    const lines = blocks[i];
    return (
      lines !== null &&
      lines.some((l) => l.fields.includes('recipient.complimentaryClose') || CLOSE_LINE.test(l.text) || (l.text.length <= 300 && CLOSE_FORMULA.test(l.text)))
    );
  });
  if (!closes && filled.length > 0) parts.closeAt = filled.at(-1)! + 1;
  return parts;
}

const fieldParagraph = (field: MergeFieldId): SkeletonBlock => ({
  type: 'paragraph',
  content: [{ type: 'mergeField', attrs: { field, format: null, allowEmpty: false } } satisfies InlineNode],
});

/** The skeleton with the proposals that are on: address lines → address block, salutation and close added. */
export function withProposals(skeleton: TemplateSkeleton, parts: LetterParts, proposals: LetterProposals): TemplateSkeleton {
  const content = [...skeleton.content];
  // From the end, so the earlier positions still hold.
  if (proposals.close && parts.closeAt !== undefined) content.splice(parts.closeAt, 0, fieldParagraph('recipient.complimentaryClose'));
  if (proposals.salutation && parts.salutationAt !== undefined) content.splice(parts.salutationAt, 0, fieldParagraph('recipient.salutation'));
  if (proposals.addressBlock && parts.address)
    content.splice(parts.address.start, parts.address.end - parts.address.start, fieldParagraph('recipient.addressBlock'));
  return { type: 'doc', content };
}

/** Placeholders written only in the address lines: with the address block on, they are no longer in the letter. */
export function onlyInAddress(skeleton: TemplateSkeleton, parts: LetterParts): Set<string> {
  if (!parts.address) return new Set();
  const inside = new Set<string>();
  const outside = new Set<string>();
  const visit = (blocks: readonly SkeletonBlock[], into: Set<string>) => {
    for (const block of blocks) {
      if (block.type === 'paragraph' || block.type === 'heading') for (const n of block.content ?? []) if (n.type === 'placeholder') into.add(n.attrs.id);
      if (block.type === 'bulletList' || block.type === 'orderedList') for (const item of block.content) visit(item.content, into);
      if (block.type === 'blockquote') visit(block.content, into);
    }
  };
  visit(skeleton.content.slice(parts.address.start, parts.address.end), inside);
  visit([...skeleton.content.slice(0, parts.address.start), ...skeleton.content.slice(parts.address.end)], outside);
  return new Set([...inside].filter((id) => !outside.has(id)));
}
