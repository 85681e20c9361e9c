import type { RecipientFields } from '../../shared/domain/recipient';

/** Deterministic pseudo-random recipients for benchmarks (no real people). */
const GIVEN = ['Ana', 'Jānis', 'Łukasz', 'Zoë', 'José', 'Amélie', 'Søren', 'Ngozi', 'Hiroshi', 'Fatima', 'Oliver', 'María', 'Chloé', 'Bogdan', 'Aylin', 'Kwame', 'Ingrid', 'Raúl', 'Mei', 'Tomás'];
const FAMILY = ['López', 'Bērziņš', 'Nowak', 'García', 'Müller', 'Øster', 'Okafor', 'Tanaka', 'Haddad', 'Smith', 'Dubois', 'Kowalczyk', 'Yılmaz', 'Mensah', 'Larsen', 'Fernández', 'Chen', 'Novák', 'Papadopoulos', 'Ó Briain'];
const OFFICES = ['President', 'Prime Minister', 'Minister of Foreign Affairs', 'Ambassador', 'Speaker of Parliament', 'Presidente del Gobierno', 'Premier ministre'];
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

export function fakeRecipients(count: number, seed = 42): RecipientFields[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  return Array.from({ length: count }, (_, i) => {
    const name = `${pick(GIVEN)} ${pick(FAMILY)} ${pick(FAMILY)}-${i}`;
    return {
      countryCode: pick(COUNTRIES),
      office: pick(OFFICES),
      name,
      gender: pick(['female', 'male', 'unspecified'] as const),
      email: rand() < 0.5 ? `person${i}@example.org` : '',
      postalAddress: '',
      language: pick(['en', 'es', 'fr'] as const),
      tags: rand() < 0.6 ? [pick(TAGS)] : [],
      notes: '',
    };
  });
}

export const SEARCH_TERMS = ['lopez', 'berzins', 'lukasz now', 'garc', 'muller', 'oster', 'prime', 'zoe', 'jose fer', 'ambassador', 'espagne', 'letonia', 'ngozi okafor', 'chen', 'o briain', 'person123', 'yilmaz', 'tanaka hir', 'smith', 'dubois'];
