import { describe, expect, it } from 'vitest';
import campaignsEn from '../../../renderer/locales/campaigns.en.json';
import campaignsEs from '../../../renderer/locales/campaigns.es.json';
import campaignsFr from '../../../renderer/locales/campaigns.fr.json';
import trackingEn from '../../../renderer/locales/tracking.en.json';
import trackingEs from '../../../renderer/locales/tracking.es.json';
import trackingFr from '../../../renderer/locales/tracking.fr.json';
import archiveEn from '../../../renderer/locales/archive.en.json';
import archiveEs from '../../../renderer/locales/archive.es.json';
import archiveFr from '../../../renderer/locales/archive.fr.json';
import lettersEn from '../../../renderer/locales/letters.en.json';
import lettersEs from '../../../renderer/locales/letters.es.json';
import lettersFr from '../../../renderer/locales/letters.fr.json';

/*
 * The i18next namespaces beside the main one ("campaigns": campaigns,
 * organisation, backups; "tracking": events, Due, Outreach, reports): the same
 * keys in every language, nothing left empty, every plural form, the same
 * variables. The main namespace has its own test (i18n-locales.test.ts).
 */

type Tree = { [key: string]: string | Tree };
const NAMESPACES: Record<string, Record<'en' | 'es' | 'fr', Tree>> = {
  campaigns: { en: campaignsEn, es: campaignsEs, fr: campaignsFr },
  tracking: { en: trackingEn, es: trackingEs, fr: trackingFr },
  archive: { en: archiveEn, es: archiveEs, fr: archiveFr },
  letters: { en: lettersEn, es: lettersEs, fr: lettersFr },
};

function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

// i18next plural forms ("count_one", "count_many"…) differ between languages; compare their base keys.
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');
const keySet = (tree: Tree) => [...new Set(leaves(tree).map(([key]) => baseKey(key)))].sort();

describe.each(Object.entries(NAMESPACES))('%s locales', (_name, LOCALES) => {
  const en = LOCALES.en;
  it.each(['es', 'fr'])('%s has exactly the keys of en', (lang) => {
    expect(keySet(LOCALES[lang as 'en' | 'es' | 'fr'])).toEqual(keySet(en));
  });

  it.each(Object.keys(LOCALES))('%s has no empty or non-string values', (lang) => {
    for (const [key, value] of leaves(LOCALES[lang as 'en' | 'es' | 'fr'])) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it.each(Object.keys(LOCALES))('%s has every plural form its language uses', (lang) => {
    const keys = new Set(leaves(LOCALES[lang as 'en' | 'es' | 'fr']).map(([key]) => key));
    const bases = new Set([...keys].filter((key) => PLURAL_SUFFIX.test(key)).map(baseKey));
    for (const base of bases) {
      for (const category of new Intl.PluralRules(lang).resolvedOptions().pluralCategories) {
        expect(keys.has(`${base}_${category}`), `${base}_${category}`).toBe(true);
      }
    }
  });

  it('interpolates the same variables in every language', () => {
    const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    const english = new Map(leaves(en).map(([key, value]) => [baseKey(key), variables(String(value))]));
    for (const lang of ['es', 'fr']) {
      for (const [key, value] of leaves(LOCALES[lang as 'en' | 'es' | 'fr']))
        expect(variables(String(value)), `${lang}: ${key}`).toEqual(english.get(baseKey(key)));
    }
  });
});
