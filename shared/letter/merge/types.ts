import type { Fact } from '../../facts/schemas';
import type { Language, Recipient } from '../../recipients/schemas';
import type { Voice } from '../../protocol/address-phrases';
import type { LetterDocument } from '../document';
import type { MergeFieldId } from '../fields';

/** The recipient as the merge needs it; a stored `Recipient` fits as is. */
export type MergeRecipient = Pick<Recipient, 'name' | 'gender' | 'officeType' | 'office' | 'email' | 'postalAddress' | 'countryCode' | 'overrides'>;

export interface MergeContext {
  /** The letter's language: every field is written in it. */
  language: Language;
  recipient: MergeRecipient;
  sender?: { organisation?: string; address?: string; signerName?: string; signerTitle?: string };
  campaign?: { name?: string; reference?: string };
  /** For a chaser: the letter it follows up (ISO date it was sent or exported, and its reference). */
  original?: { date?: string; reference?: string };
  /** Who writes, for the complimentary close ("my" / "our highest consideration"); singular when absent. */
  voice?: Voice;
  /** ISO date (YYYY-MM-DD); absent or invalid → `date.letter` is missing. */
  letterDate?: string;
  /** Today, as a local calendar day (the same reading as `isFactStale`). */
  today: Date;
  /** The facts library, by id. */
  facts: ReadonlyMap<string, Fact>;
  /**
   * Leave fact nodes in the result (still cited and checked) instead of their
   * text: the letter resolved for hand editing, whose figures stay current.
   */
  keepFacts?: boolean;
}

/** A field that produced no text and was not `allowEmpty`: the draft is flagged and its export blocked. */
export interface MissingField {
  field: MergeFieldId;
  /** How many places in the merged letter it left empty. */
  count: number;
}

/** A fact the merged letter cites. */
export interface CitedFact {
  id: string;
  /** Older than its staleness period on `today`: warn before export. */
  stale: boolean;
  /** Not in the facts library (deleted): it rendered nothing. */
  missing: boolean;
  sourceName?: string;
  sourceUrl?: string;
  asOf?: string;
}

export interface MergeResult {
  /** Only standard nodes: text, hardBreak, paragraph, heading, lists, blockquote, pageBreak. */
  document: LetterDocument;
  /** In order of first occurrence. */
  missing: MissingField[];
  /** Every fact cited, in order of first use, each once. */
  facts: CitedFact[];
  /**
   * Choices for which nothing applied: no option for the recipient's gender or
   * office type and an empty `other` (e.g. a gender choice with only "His" /
   * "Her" for a recipient whose gender is unspecified). They render nothing;
   * the caller should warn, as for `missing`, but it is the author's call.
   */
  unresolvedChoices: number;
}
