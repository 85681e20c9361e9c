import type { DraftRow } from '../../../shared/campaigns/schemas';
import type { Fact } from '../../../shared/facts/schemas';
import type { Language, Recipient } from '../../../shared/recipients/schemas';
import type { Template, TemplateVariant } from '../../../shared/templates/schemas';
import { letterDocumentSchema, type LetterDocument } from '../../../shared/letter/document';
import { addressPlacement, holdsTemplateNodes, mergeLetter, plainText, type MergeContext, type MergeResult } from '../../../shared/letter/merge';
import type { CampaignSummary } from '../../../shared/campaigns/schemas';
import { resolveVoice, type Voice } from '../../../shared/letter/voice';

/*
 * What a draft says and whether it is ready: the template variant in the
 * recipient's language (or the default, flagged), merged for the recipient,
 * with every reason it needs attention before export.
 *
 * A hand edit is the finished letter, resolved for its recipient (no merge
 * fields, alternatives or conditions; facts stay live), as Word's "Edit
 * individual documents" gives it. Older hand edits kept the template's nodes;
 * both kinds are read. A resolved edit is compared with the template resolved
 * the same way, so the template's later changes still merge into it.
 */

export interface DraftRecord {
  id: string;
  recipientId: string;
  reference: string;
  editedDocument: string | null;
  editedLanguage: Language | null;
  baseDocument: string | null;
  baseRevision: number | null;
  allowMissing: boolean;
  exportedAt: string | null;
  /** For a chaser: the letter it follows up, with the day it went out (null when it never did). */
  original: { reference: string; date: string | null } | null;
}

export interface SenderInfo {
  organisation?: string;
  address?: string;
  signerName?: string;
  signerTitle?: string;
  hasSigner: boolean;
}

export interface DraftLetter {
  row: DraftRow;
  variant: TemplateVariant;
  merge: MergeResult;
  /** The close's voice: the template's, or from the campaign's signers and endorsers. */
  voice: Voice;
  /** The text holds the recipient's address block itself (an imported letter): the export prints no second one. */
  addressInBody: boolean;
  /** The letter's hand edit is the resolved letter (not a template-like text with fields). */
  resolvedEdit: boolean;
  /** A document of this letter (the template text, or an older hand edit) resolved for the recipient, facts left live. */
  resolve: (doc: LetterDocument, language?: Language) => LetterDocument;
  /** The template text now, resolved for the recipient: what a hand edit starts from. */
  resolveTemplate: () => LetterDocument;
}

/** The recipient's own language when the template has it, else the template's default. */
export function chooseVariant(template: Template, preferred: Language): { variant: TemplateVariant; fellBack: boolean } {
  const own = template.variants.find((v) => v.language === preferred);
  if (own) return { variant: own, fellBack: false };
  const fallback = template.variants.find((v) => v.language === template.defaultLanguage) ?? template.variants[0];
  return { variant: fallback, fellBack: true };
}

/** Text that a letter must never carry to print: an unmapped import marker. */
const LEFTOVER_MARKER = /\[\[[^\]]{1,80}\]\]/;

export function draftLetter(
  draft: DraftRecord,
  recipient: Recipient,
  template: Template,
  campaign: CampaignSummary,
  sender: SenderInfo,
  facts: ReadonlyMap<string, Fact>,
  today: Date,
): DraftLetter {
  const chosen = chooseVariant(template, recipient.language);
  const edited = draft.editedDocument ? letterDocumentSchema.parse(JSON.parse(draft.editedDocument)) : null;
  const language = edited ? (draft.editedLanguage ?? chosen.variant.language) : chosen.variant.language;
  const document: LetterDocument = edited ?? chosen.variant.document;
  const resolvedEdit = edited !== null && !holdsTemplateNodes(edited);
  const voice = resolveVoice(template.voice, { signers: campaign.signerIds.length, endorsers: campaign.endorserIds.length });
  // A statement prints no address: its text is merged as it is.
  const place = (doc: LetterDocument) => (template.kind === 'letter' ? addressPlacement(doc) : { body: doc, frame: false });
  // A resolved hand edit holds the address as text where the template had it: the template says whether one prints above.
  const placed = resolvedEdit ? { body: document, frame: place(chosen.variant.document).frame } : place(document);
  const context: MergeContext = {
    language,
    voice,
    recipient,
    sender,
    campaign: { name: campaign.name, reference: draft.reference },
    original: draft.original ? { reference: draft.original.reference, date: draft.original.date ?? undefined } : undefined,
    letterDate: campaign.letterDate,
    today,
    facts,
  };
  const merge = mergeLetter(placed.body, context);
  const resolve = (doc: LetterDocument, docLanguage: Language = chosen.variant.language) =>
    holdsTemplateNodes(doc) ? mergeLetter(place(doc).body, { ...context, language: docLanguage, keepFacts: true }).document : doc;

  const reasons: DraftRow['reasons'] = [];
  if (merge.missing.length > 0 && !draft.allowMissing) {
    reasons.push({ code: 'missingField', detail: merge.missing.map((m) => m.field).join(', ') });
  }
  if (merge.unresolvedChoices > 0) reasons.push({ code: 'unresolvedChoice', detail: String(merge.unresolvedChoices) });
  const marker = LEFTOVER_MARKER.exec(plainText(merge.document));
  if (marker) reasons.push({ code: 'unmappedMarker', detail: marker[0] });
  for (const fact of merge.facts) {
    if (fact.missing) reasons.push({ code: 'missingFact', detail: fact.id });
    else if (fact.stale) reasons.push({ code: 'staleFact', detail: `${fact.sourceName ?? ''} ${fact.asOf ?? ''}`.trim() });
  }
  if (recipient.toVerify) reasons.push({ code: 'recipientToVerify', detail: recipient.name || recipient.office });
  if (!sender.hasSigner && template.kind === 'letter') reasons.push({ code: 'noSigner', detail: '' });

  const row: DraftRow = {
    id: draft.id,
    recipientId: recipient.id,
    recipientName: recipient.name,
    countryCode: recipient.countryCode,
    office: recipient.office,
    reference: draft.reference,
    language,
    preferredLanguage: recipient.language,
    fellBack: !edited && chosen.fellBack,
    state: draft.exportedAt ? 'exported' : reasons.length > 0 ? 'attention' : 'ready',
    editedByHand: edited !== null,
    templateChanged: edited !== null && draft.baseRevision !== null && chosen.variant.revision > draft.baseRevision,
    allowMissing: draft.allowMissing,
    reasons,
    exportedAt: draft.exportedAt,
  };
  const addressInBody = !placed.frame;
  return { row, variant: chosen.variant, merge, voice, addressInBody, resolvedEdit, resolve, resolveTemplate: () => resolve(chosen.variant.document) };
}

export function factsById(facts: readonly Fact[]): Map<string, Fact> {
  return new Map(facts.map((f) => [f.id, f]));
}
