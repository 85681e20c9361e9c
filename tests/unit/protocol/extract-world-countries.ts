import type { Countries } from 'world-countries';

/*
 * Builds shared/protocol/data/world-countries.json: the slice of the
 * world-countries package (mledoze/countries, ODbL-1.0) that the protocol data
 * uses, for the 195 sovereign states only. Shipping this slice instead of
 * importing the package keeps ~1 MB of geography out of both bundles.
 *
 * The file is a vitest file snapshot (see world-countries-snapshot.test.ts):
 * after upgrading the package, regenerate it with
 *   npx vitest run --config tests/vitest.config.mts -u tests/unit/protocol/world-countries-snapshot.test.ts
 * and review the diff. Corrections live in shared/protocol/data/, never here.
 */

/** The two non-member states the UN treats as sovereign (permanent observers). */
const OBSERVER_STATES = ['VA', 'PS'];

export interface SnapshotMeta {
  source: string;
  version: string;
  releasedOn: string;
  licence: string;
  url: string;
}

export function extractSnapshot(countries: Countries, meta: SnapshotMeta) {
  const states = countries
    .filter((c) => c.unMember || OBSERVER_STATES.includes(c.cca2))
    .sort((a, b) => a.cca2.localeCompare(b.cca2))
    .map((c) => ({
      cca2: c.cca2,
      cca3: c.cca3,
      ccn3: c.ccn3,
      unMember: c.unMember,
      names: {
        en: { common: c.name.common, official: c.name.official },
        es: { common: c.translations.spa.common, official: c.translations.spa.official },
        fr: { common: c.translations.fra.common, official: c.translations.fra.official },
      },
      // Spellings people type: native names and the package's alternatives,
      // minus the two-letter code (the code is indexed anyway).
      aliases: [...new Set([...Object.values(c.name.native).flatMap((n) => [n.common, n.official]), ...c.altSpellings.filter((s) => s !== c.cca2)])],
    }));
  return { meta, states };
}
