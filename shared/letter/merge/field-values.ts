import type { AddressOverrides } from '../../recipients/schemas';
import {
  formsOfAddress,
  getCountry,
  inName,
  nameInText,
  officeTitle,
  officialNameWithArticle,
  ofName,
  ofOfficialName,
  type CountryRecord,
  type FormsOfAddress,
} from '../../protocol';
import type { MergeFieldId } from '../fields';
import { formatCalendarDay, formatIsoDate } from './letter-date';
import type { MergeContext, MergeRecipient } from './types';

/*
 * The value of each merge field for one recipient, in the letter's language.
 * '' means "no value": the caller counts it as missing unless the field is
 * allowed to stay empty. Lines are separated by "\n" (the address block, a
 * sender's address); the merge turns them into hard breaks.
 */

export type FieldValues = (field: MergeFieldId) => string;

/** Blank overrides count as not set, as the recipient form stores them. */
function setOverrides(overrides: AddressOverrides | undefined): AddressOverrides {
  const out: AddressOverrides = {};
  for (const [part, value] of Object.entries(overrides ?? {}) as [keyof AddressOverrides, string | undefined][]) {
    if (value !== undefined && value.trim() !== '') out[part] = value;
  }
  return out;
}

/**
 * Forms of address from the protocol engine; without a known country only the
 * recipient's own overrides (and a custom office's title) can be told.
 */
function addressForms(recipient: MergeRecipient, country: CountryRecord | undefined, ctx: MergeContext): Partial<FormsOfAddress> {
  const overrides = setOverrides(recipient.overrides);
  if (!country) {
    const customTitle = recipient.officeType === 'custom' ? recipient.office : undefined;
    return {
      ...overrides,
      fullTitle: overrides.fullTitle ?? customTitle,
      addressBlock: overrides.addressBlock?.split(/\r?\n/),
    };
  }
  return formsOfAddress({
    office: recipient.officeType,
    customTitle: recipient.office,
    gender: recipient.gender,
    country,
    language: ctx.language,
    name: recipient.name,
    postalAddress: recipient.postalAddress,
    voice: ctx.voice,
    overrides,
  });
}

export function fieldValues(ctx: MergeContext): FieldValues {
  const { recipient, language } = ctx;
  const country = getCountry(recipient.countryCode ?? '');
  let forms: Partial<FormsOfAddress> | undefined;
  const form = <K extends keyof FormsOfAddress>(part: K): FormsOfAddress[K] | undefined => {
    forms ??= addressForms(recipient, country, ctx);
    return forms[part];
  };

  const raw = (field: MergeFieldId): string | undefined => {
    switch (field) {
      case 'recipient.name':
        return recipient.name;
      case 'recipient.honorific':
        return form('honorific');
      case 'recipient.fullTitle':
        return form('fullTitle');
      case 'recipient.officeTitle':
        if (recipient.officeType === 'custom') return recipient.office;
        // A parliament that does not sit has no title of its own: the office as typed.
        return country && (officeTitle(country, recipient.officeType, recipient.gender, language) || recipient.office);
      case 'recipient.addressBlock':
        return form('addressBlock')?.join('\n');
      case 'recipient.salutation':
        return form('salutation');
      case 'recipient.complimentaryClose':
        return form('complimentaryClose');
      case 'recipient.email':
        return recipient.email;
      case 'country.name':
        return country && nameInText(country, language);
      case 'country.officialName':
        return country?.names[language].official;
      case 'country.officialNameWithArticle':
        return country && officialNameWithArticle(country, language);
      case 'country.inName':
        return country && inName(country, language);
      case 'country.ofName':
        return country && ofName(country, language);
      case 'country.ofOfficialName':
        return country && ofOfficialName(country, language);
      case 'sender.organisation':
        return ctx.sender?.organisation;
      case 'sender.address':
        return ctx.sender?.address;
      case 'sender.signerName':
        return ctx.sender?.signerName;
      case 'sender.signerTitle':
        return ctx.sender?.signerTitle;
      case 'campaign.name':
        return ctx.campaign?.name;
      case 'campaign.reference':
        return ctx.campaign?.reference;
      case 'date.letter':
        return ctx.letterDate === undefined ? undefined : formatIsoDate(ctx.letterDate, language);
      case 'date.today':
        return formatCalendarDay(ctx.today, language);
      case 'original.date':
        return ctx.original?.date === undefined ? undefined : formatIsoDate(ctx.original.date, language);
      case 'original.reference':
        return ctx.original?.reference;
    }
  };

  const cache = new Map<MergeFieldId, string>();
  return (field) => {
    let value = cache.get(field);
    if (value === undefined) {
      value = (raw(field) ?? '').trim();
      cache.set(field, value);
    }
    return value;
  };
}
