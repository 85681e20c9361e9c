import type { Dignity, GenderPair, Localized, MonarchKind } from '../types';

/*
 * How each kind of sovereign is named and styled. The gender of the present
 * monarch comes from the recipient record, so every title keeps both forms.
 * A monarch's title is `word + realm` (realm from states.ts): "King" + "of
 * Spain", "Rey" + "de los belgas", "Amir" + "of the State of Qatar".
 *
 * Styles: kings, emperors and the sultans of Oman and Brunei are Majesties;
 * the emirs of Qatar and Kuwait and the UAE's President are Highnesses; the
 * Grand Duke of Luxembourg a Royal Highness; the Princes of Monaco and
 * Liechtenstein Serene Highnesses; the Pope His Holiness. Andorra's
 * co-princes (France's President and the Bishop of Urgell) are Excellencies.
 */

export interface MonarchStyle {
  word: Localized<GenderPair>;
  dignity: Dignity;
  /** Put before the name when it is missing: "His Majesty King Felipe VI". */
  prefix?: Localized<GenderPair>;
}

const g = (m: string, f: string = m): GenderPair => ({ m, f });

export const MONARCH_STYLES: Record<MonarchKind, MonarchStyle> = {
  king: {
    word: { en: g('King', 'Queen'), es: g('Rey', 'Reina'), fr: g('Roi', 'Reine') },
    dignity: 'majesty',
    prefix: { en: g('King', 'Queen'), es: g('el Rey', 'la Reina'), fr: g('le Roi', 'la Reine') },
  },
  emperor: {
    word: { en: g('Emperor', 'Empress'), es: g('Emperador', 'Emperatriz'), fr: g('Empereur', 'Impératrice') },
    dignity: 'majesty',
    prefix: { en: g('Emperor', 'Empress'), es: g('el Emperador', 'la Emperatriz'), fr: g("l'Empereur", "l'Impératrice") },
  },
  // Qatar and Kuwait write "Amir" in English. No prefix: the name carries "Sheikh".
  emir: {
    word: { en: g('Amir'), es: g('Emir'), fr: g('Émir') },
    dignity: 'highness',
  },
  sultan: {
    word: { en: g('Sultan', 'Sultana'), es: g('Sultán', 'Sultana'), fr: g('Sultan', 'Sultane') },
    dignity: 'majesty',
    prefix: { en: g('Sultan', 'Sultana'), es: g('el Sultán', 'la Sultana'), fr: g('le Sultan', 'la Sultane') },
  },
  'grand-duke': {
    word: { en: g('Grand Duke', 'Grand Duchess'), es: g('Gran Duque', 'Gran Duquesa'), fr: g('Grand-Duc', 'Grande-Duchesse') },
    dignity: 'royal-highness',
    prefix: { en: g('Grand Duke', 'Grand Duchess'), es: g('el Gran Duque', 'la Gran Duquesa'), fr: g('le Grand-Duc', 'la Grande-Duchesse') },
  },
  prince: {
    word: { en: g('Prince', 'Princess'), es: g('Príncipe', 'Princesa'), fr: g('Prince', 'Princesse') },
    dignity: 'serene-highness',
    prefix: { en: g('Prince', 'Princess'), es: g('el Príncipe', 'la Princesa'), fr: g('le Prince', 'la Princesse') },
  },
  'co-prince': {
    word: { en: g('Co-Prince', 'Co-Princess'), es: g('Copríncipe', 'Coprincesa'), fr: g('Coprince', 'Coprincesse') },
    dignity: 'excellency',
  },
  'federal-president': {
    word: { en: g('President'), es: g('Presidente', 'Presidenta'), fr: g('Président', 'Présidente') },
    dignity: 'highness',
  },
  pope: {
    word: { en: g('Supreme Pontiff'), es: g('Sumo Pontífice'), fr: g('Souverain Pontife') },
    dignity: 'holiness',
    prefix: { en: g('Pope'), es: g('el Papa'), fr: g('le Pape') },
  },
};
