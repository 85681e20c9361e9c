export type Strength = 'weak' | 'fair' | 'good' | 'strong';

/**
 * A rough hint, not a guarantee: length counts most, then a few unrelated
 * words or a mix of character kinds. "correct horse battery staple" is strong;
 * "Password1!" is weak.
 */
export function passphraseStrength(passphrase: string): Strength {
  const words = passphrase
    .trim()
    .split(/\s+/)
    .filter((word) => word.length >= 3).length;
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9\s]/].filter((kind) => kind.test(passphrase)).length;
  const unique = new Set(passphrase).size;
  let score = passphrase.length >= 24 ? 3 : passphrase.length >= 16 ? 2 : passphrase.length >= 12 ? 1 : 0;
  if (words >= 4 || kinds >= 3) score += 1;
  if (unique < 6) score = 0;
  return (['weak', 'fair', 'good', 'strong'] as const)[Math.min(score, 3)];
}
