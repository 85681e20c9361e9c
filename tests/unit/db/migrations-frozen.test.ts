import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';

/*
 * Shipped migrations are frozen: users' databases were built from exactly
 * this SQL. If this test fails, you edited a migration that has shipped.
 * Put your change in a new numbered migration instead. Add the hash of a new
 * migration here once it ships.
 */
const SHIPPED: Record<number, string> = {
  1: '4e44cbcf129a6176034c8ad42cffd3633bd213a2a50bfcbdea3e1977aa1b8ebf',
  2: 'e17c9c638baf574ac0f3fdb5969f5b006d004108ce5174fcb30c91256a310153',
  3: '1798edd93b8cdad0a4ec50c95b12a7cc839bf1589e11394d5fbf89323bb05d71',
  4: '03beb2d956c1d3e8a3bc0e406bb367c103aba2f1fda78eaa9e135da9389cfb6a',
  5: '2b9eefac6fd7696729c41bee2b2a12502ca4d29779e2e33b7269dcaf3a829981',
  6: '1c3f357594fd9a3e76d7f732bc6dbaa790fe7909a6212707c424c2af4fac182e',
  7: 'f3c5f0f4246e33e7d3741550a839f1e4a23743610523a89c9ddd8ba948fc79e8',
};

describe('shipped migrations', () => {
  it.each(Object.entries(SHIPPED))('migration %s is unchanged', (version, hash) => {
    const migration = MIGRATIONS.find((m) => m.version === Number(version));
    expect(migration, `migration ${version} was removed`).toBeDefined();
    expect(createHash('sha256').update(migration!.sql).digest('hex')).toBe(hash);
  });
});
