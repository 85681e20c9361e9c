/*
 * Folding for search: lower case, no accents. NFD splits "é" into "e" + a
 * combining mark, but some letters have no decomposition ("ł", "ø", "ß"), so
 * they are mapped by hand. Used both when indexing and when querying, so
 * "lopez" finds "López" and "berzins" finds "Bērziņš".
 */
const UNDECOMPOSABLE: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
};

export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łøđðþßæœıħ]/g, (ch) => UNDECOMPOSABLE[ch] ?? ch);
}
