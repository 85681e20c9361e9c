import type { StoredFields } from '../../electron/core/recipients/recipient-rows';
import { recogniseOffice } from '../../shared/protocol';

/*
 * Deterministic pseudo-random recipients for benchmarks (no real people).
 * Surnames are built from syllables, so there are thousands of distinct ones
 * as in a real address book, with accents and letters NFD cannot split.
 */
const GIVEN = [
  'Ana',
  'Jānis',
  'Łukasz',
  'Zoë',
  'José',
  'Amélie',
  'Søren',
  'Ngozi',
  'Hiroshi',
  'Fatima',
  'Oliver',
  'María',
  'Chloé',
  'Bogdan',
  'Aylin',
  'Kwame',
  'Ingrid',
  'Raúl',
  'Mei',
  'Tomás',
  'Émile',
  'Olga',
  'Dário',
  'Nadia',
  'Piotr',
  'Lucía',
  'Kofi',
  'Sinéad',
  'Mateus',
  'Agnès',
];
const HEAD = [
  'Ber',
  'Lo',
  'Gar',
  'Mü',
  'Nó',
  'Øs',
  'Oka',
  'Ta',
  'Ha',
  'Du',
  'Ko',
  'Yıl',
  'Men',
  'Lar',
  'Fer',
  'Pa',
  'Brí',
  'Zie',
  'Ro',
  'Sán',
  'Vi',
  'Ma',
  'Ka',
  'Ste',
  'Ål',
];
const MID = ['', 'r', 'n', 'ziņ', 'dal', 'ko', 'mi', 'ssa', 'ter', 'vá', 'lo', 'rí', 'gh', 'ns', 'to'];
const TAIL = [
  'pez',
  'cía',
  'ller',
  'vak',
  'ter',
  'for',
  'naka',
  'ddad',
  'bois',
  'walczyk',
  'maz',
  'sah',
  'sen',
  'nández',
  'poulos',
  'ain',
  'linski',
  'etti',
  'ova',
  'š',
  'son',
  'dottir',
  'escu',
  'ić',
  'ez',
];
const OFFICES = [
  'President',
  'Prime Minister',
  'Minister of Foreign Affairs',
  'Ambassador',
  'Speaker of Parliament',
  'Presidente del Gobierno',
  'Premier ministre',
];
const COUNTRIES = ['ES', 'FR', 'DE', 'LV', 'PL', 'IE', 'IT', 'PT', 'NL', 'BE', 'SE', 'DK', 'NG', 'JP', 'BR', 'MX', 'AR', 'CL', 'KE', 'GH'];
const TAGS = ['eu', 'oas', 'g7', 'priority', 'coalition-2026', 'follow-up'];

export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function fakeRecipients(count: number, seed = 42): StoredFields[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const surname = () => `${pick(HEAD)}${pick(MID)}${pick(TAIL)}`;
  return Array.from({ length: count }, (_, i) => {
    const office = pick(OFFICES);
    return {
      countryCode: pick(COUNTRIES),
      office,
      officeType: recogniseOffice(office),
      name: `${pick(GIVEN)} ${surname()}${rand() < 0.3 ? ` ${surname()}` : ''}`,
      gender: pick(['female', 'male', 'unspecified'] as const),
      email: rand() < 0.5 ? `person${i}@example.org` : '',
      postalAddress: '',
      language: pick(['en', 'es', 'fr'] as const),
      tags: rand() < 0.6 ? [pick(TAGS)] : [],
      notes: '',
      verifiedOn: rand() < 0.8 ? '2026-10-01' : null,
      overrides: {},
    };
  });
}

/** What people type to find someone: names, partly typed, and emails. */
export const NAME_SEARCHES = [
  'lopez',
  'berzins',
  'lukasz ber',
  'garcia',
  'muller',
  'ostersen',
  'zoe',
  'jose fern',
  'ngozi okafor',
  'hiroshi tanaka',
  'sinead',
  'person123',
  'yilmaz',
  'stevak',
  'alsen',
  'agnes du',
  'kofi mens',
  'brirain',
  'zieko',
  'sanchez',
];
/** Words that match a large share of rows: offices, countries, tags. */
export const BROAD_SEARCHES = ['prime', 'ambassador', 'president', 'espagne', 'letonia', 'minister foreign', 'priority', 'coalition'];
