/*
 * Every merge field a template can use, by id. The merge engine
 * (shared/letter/merge) resolves each one per recipient in the letter's
 * language; the editor's field menu lists them by group.
 */
export const MERGE_FIELD_IDS = [
  // Recipient and their form of address (shared/protocol/address-forms).
  'recipient.name',
  'recipient.honorific',
  'recipient.fullTitle',
  'recipient.officeTitle',
  'recipient.addressBlock',
  'recipient.salutation',
  'recipient.complimentaryClose',
  'recipient.email',
  // Country, in the letter's language.
  /** As it reads in a sentence: "the Netherlands" in English (after "in", "of"...), "Países Bajos", "Pays-Bas". */
  'country.name',
  'country.officialName',
  /** With its article: "the Kingdom of Spain", "el Reino de España". After "of"/"de", use country.ofOfficialName ("del", "du"). */
  'country.officialNameWithArticle',
  /** "in" with the article and contraction the name takes: "in the Netherlands", "en los Países Bajos", "aux Pays-Bas", "à Cuba". */
  'country.inName',
  /** "of" likewise: "of the Netherlands", "del Reino Unido", "du Portugal", "de la France", "d'Haïti". */
  'country.ofName',
  /** "of" with the official name: "of the Kingdom of Spain", "del Reino de España", "du Royaume de Belgique". */
  'country.ofOfficialName',
  // The sending organisation and first signer.
  'sender.organisation',
  'sender.address',
  'sender.signerName',
  'sender.signerTitle',
  // The campaign the letter belongs to.
  'campaign.name',
  'campaign.reference',
  // The letter's date, written out in its language ("22 November 2026", "22 de noviembre de 2026").
  'date.letter',
  'date.today',
  // The letter a chaser follows up: the day it went out (written out like date.letter) and its reference.
  'original.date',
  'original.reference',
] as const;
export type MergeFieldId = (typeof MERGE_FIELD_IDS)[number];

export const MERGE_FIELD_GROUPS = ['recipient', 'country', 'sender', 'campaign', 'date', 'original'] as const;
export type MergeFieldGroup = (typeof MERGE_FIELD_GROUPS)[number];

export function fieldGroup(id: MergeFieldId): MergeFieldGroup {
  return id.slice(0, id.indexOf('.')) as MergeFieldGroup;
}
