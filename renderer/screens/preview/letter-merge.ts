import type { Fact } from '../../../shared/facts/schemas';
import type { Language, Recipient } from '../../../shared/recipients/schemas';
import type { TemplateKind } from '../../api/template-queries';
import type { BlockNode, LetterDocument } from '../../../shared/letter/document';
import type { MergeFieldId } from '../../../shared/letter/fields';
import { addressPlacement, mergeLetter, plainText, type CitedFact, type MissingField } from '../../../shared/letter/merge';
import type { Voice } from '../../../shared/letter/voice';

export interface PreviewInput {
  kind: TemplateKind;
  defaultLanguage: Language;
  /** The text of each language variant, as edited now. */
  variants: Partial<Record<Language, { title: string; document: LetterDocument }>>;
  recipient: Recipient;
  /** The letter language asked for; `null` = the recipient's preferred language. */
  language: Language | null;
  facts: readonly Fact[];
  today: Date;
  /** The close's voice; singular when absent. */
  voice?: Voice;
  /** The sender.* fields: the organisation saved, and the signer standing in. Without it they are missing. */
  sender?: { organisation?: string; address?: string; signerName?: string; signerTitle?: string };
  /** The organisation's place, printed before the date ("Geneva, 4 December 2026"), as the export does. */
  place?: string;
}

export interface PreviewResult {
  /** The language asked for (or preferred by the recipient). */
  wanted: Language;
  /** The variant shown: `wanted` if the template has it, else the default one. */
  used: Language;
  title: string;
  /** Letters: the address block (unless the text holds its own) and the date, as the export adds them. */
  frame: { address: BlockNode[]; date: BlockNode[] } | null;
  voice: Voice;
  body: LetterDocument;
  missing: MissingField[];
  unresolvedChoices: number;
  facts: (CitedFact & { label?: string })[];
  /** Placeholders an import left unmapped, still in the text: "[[DEADLINE]]". */
  markers: string[];
}

const fieldParagraph = (field: MergeFieldId, before = ''): LetterDocument => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [...(before ? [{ type: 'text' as const, text: before }] : []), { type: 'mergeField', attrs: { field, format: null, allowEmpty: false } }],
    },
  ],
});

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The preview's fallback rule: the recipient's (or chosen) language variant
 * if the template has it, else the default language's, merged in the
 * language of the variant shown so the letter never mixes languages.
 */
export function mergePreview(input: PreviewInput): PreviewResult | null {
  const wanted = input.language ?? input.recipient.language;
  const used = input.variants[wanted] ? wanted : input.defaultLanguage;
  const variant = input.variants[used] ?? Object.values(input.variants)[0];
  if (!variant) return null;
  const voice = input.voice ?? 'singular';
  const ctx = {
    language: used,
    voice,
    recipient: input.recipient,
    sender: input.sender,
    letterDate: isoDay(input.today),
    today: input.today,
    facts: new Map(input.facts.map((fact) => [fact.id, fact])),
  };
  const placed = input.kind === 'letter' ? addressPlacement(variant.document) : { body: variant.document, frame: false };
  const body = mergeLetter(placed.body, ctx);
  const missing = new Map<MergeFieldId, number>();
  const add = (list: readonly MissingField[]) => list.forEach((m) => missing.set(m.field, (missing.get(m.field) ?? 0) + m.count));

  let frame: PreviewResult['frame'] = null;
  if (input.kind === 'letter') {
    // A letter whose own text holds the address block elsewhere gets no second one, as in the export.
    const address = placed.frame ? mergeLetter(fieldParagraph('recipient.addressBlock'), ctx) : null;
    const date = mergeLetter(fieldParagraph('date.letter', input.place?.trim() ? `${input.place.trim()}, ` : ''), ctx);
    if (address) add(address.missing);
    add(date.missing);
    frame = { address: address?.document.content ?? [], date: date.document.content };
  }
  add(body.missing);

  const labels = new Map(input.facts.map((fact) => [fact.id, fact.label]));
  const text = plainText(body.document);
  return {
    wanted,
    used,
    title: variant.title,
    frame,
    voice,
    body: body.document,
    missing: [...missing].map(([field, count]) => ({ field, count })),
    unresolvedChoices: body.unresolvedChoices,
    facts: body.facts.map((fact) => ({ ...fact, label: labels.get(fact.id) })),
    markers: [...new Set(text.match(/\[\[[^\]\n]{1,80}\]\]/g) ?? [])],
  };
}
