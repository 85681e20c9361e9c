export { mergeLetter } from './merge-letter';
export { documentFields, type DocumentFields } from './document-fields';
export { addressPlacement, type AddressPlacement } from './address-placement';
export { plainText } from './plain-text';
export { holdsTemplateNodes } from './template-nodes';
export { applyFormat, type FieldFormat } from './field-format';
export { formatCalendarDay, formatIsoDate } from './letter-date';
export type { CitedFact, MergeContext, MergeRecipient, MergeResult, MissingField } from './types';

/*
 * The merge engine: a letter document plus one recipient (and the sender,
 * campaign, date and facts) gives the letter as sent, in the letter's
 * language, with what is missing and which facts it cites.
 */
