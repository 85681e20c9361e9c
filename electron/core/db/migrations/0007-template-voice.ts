/*
 * Migration 7: the voice of a template's letters. "singular" closes "my
 * highest consideration", "plural" "our highest consideration"; "auto" (every
 * template until now) is plural when the campaign has more than one signer
 * or any endorser. FROZEN once shipped (see 0001).
 */
export const migration0007 = `
ALTER TABLE templates ADD COLUMN voice TEXT NOT NULL DEFAULT 'auto' CHECK (voice IN ('auto', 'singular', 'plural'));
`;
