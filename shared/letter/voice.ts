import type { TemplateVoice } from '../templates/schemas';
import type { Voice } from '../protocol/address-phrases';

export type { Voice };

/** Who signs a campaign's letters: how many signers, and how many endorsing organisations. */
export interface Signatories {
  signers: number;
  endorsers: number;
}

/**
 * The voice a letter's close is written in. A template may say; "auto" is
 * plural as soon as more than one person signs or any organisation endorses
 * ("our highest consideration"), else singular.
 */
export function resolveVoice(voice: TemplateVoice, signatories: Signatories | undefined): Voice {
  if (voice !== 'auto') return voice;
  return signatories && (signatories.signers > 1 || signatories.endorsers > 0) ? 'plural' : 'singular';
}
