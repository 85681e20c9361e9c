import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from '../../../shared/api/errors';
import { VALIDATION_MESSAGES_EN } from '../../../shared/api/messages';
import en from '../../../renderer/locales/en.json';
import es from '../../../renderer/locales/es.json';
import fr from '../../../renderer/locales/fr.json';

type Tree = { [key: string]: string | Tree };
const LOCALES: Record<string, Tree> = { en, es, fr };

/** Every leaf as [dotted key, value]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

// i18next plural forms: "count_one", "count_other"... Languages need different sets.
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');
const keySet = (tree: Tree) => [...new Set(leaves(tree).map(([key]) => baseKey(key)))].sort();

describe('renderer locales', () => {
  it.each(Object.keys(LOCALES).filter((lang) => lang !== 'en'))('%s has exactly the keys of en', (lang) => {
    expect(keySet(LOCALES[lang]!)).toEqual(keySet(en));
  });

  it.each(Object.keys(LOCALES))('%s has no empty or non-string values', (lang) => {
    for (const [key, value] of leaves(LOCALES[lang]!)) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it.each(Object.keys(LOCALES))('%s has every plural form its language uses', (lang) => {
    const keys = new Set(leaves(LOCALES[lang]!).map(([key]) => key));
    const pluralBases = new Set([...keys].filter((key) => PLURAL_SUFFIX.test(key)).map(baseKey));
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const base of pluralBases) {
      for (const category of categories) expect(keys.has(`${base}_${category}`), `${base}_${category}`).toBe(true);
    }
  });

  it.each(Object.keys(LOCALES))('%s translates every validation code', (lang) => {
    const validation = LOCALES[lang]!.validation as Tree;
    for (const code of Object.keys(VALIDATION_MESSAGES_EN)) expect(validation[code], code).toEqual(expect.any(String));
  });

  it.each(Object.keys(LOCALES))('%s translates every API error code', (lang) => {
    const apiError = LOCALES[lang]!.apiError as Tree;
    for (const code of API_ERROR_CODES) expect(apiError[code], code).toEqual(expect.any(String));
  });

  it('interpolates the same variables in every language', () => {
    const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    const english = new Map(leaves(en).map(([key, value]) => [baseKey(key), variables(String(value))]));
    for (const lang of ['es', 'fr']) {
      for (const [key, value] of leaves(LOCALES[lang]!)) {
        expect(variables(String(value)), `${lang}: ${key}`).toEqual(english.get(baseKey(key)));
      }
    }
  });
});
