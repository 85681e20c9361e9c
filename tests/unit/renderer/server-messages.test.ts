import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import en from '../../../renderer/locales/en.json';
import es from '../../../renderer/locales/es.json';
import fr from '../../../renderer/locales/fr.json';
import serverEn from '../../../renderer/locales/server.en.json';
import serverEs from '../../../renderer/locales/server.es.json';
import serverFr from '../../../renderer/locales/server.fr.json';
import { matchServerMessage, matcherFor, SENTENCE_PLACEHOLDERS, translateServerMessage } from '../../../renderer/api/server-messages';
import type { describeError as DescribeError } from '../../../renderer/api/describe-error';
import { ApiClientError } from '../../../shared/api/client';
import type { ApiError } from '../../../shared/api/errors';
import { VALIDATION_MESSAGES_EN } from '../../../shared/api/messages';
import { checkEventFields, unusualDate, type EventFields, type EventProblem } from '../../../shared/tracking/event-rules';
import { isRelay, sample, scanServerMessages, type ScannedMessage } from '../../helpers/scan-server-messages';

/*
 * The "server" catalogue against the core's own sentences: every message
 * electron/core can send (read from the source, helpers and constants
 * followed) must be in the catalogue, and be sayable in Spanish and French,
 * so a new throw site without a translation fails here, naming its file. Then
 * what describeError shows: the sentence in English, its translation in
 * Spanish and French, nothing there when the catalogue does not have it.
 */

type Lang = 'en' | 'es' | 'fr';
type Tree = { [key: string]: string | Tree };
const CATALOGUE: Record<Lang, Tree> = { en: serverEn, es: serverEs, fr: serverFr };

/**
 * Left out on purpose, with why. The refusals of the lookups by name
 * (`campaigns.find`, `signers.find`, …) answer the CLI ("see letterdesk
 * campaigns list"); the renderer never calls those operations.
 */
const LEFT_OUT: Record<string, string> = {
  'electron/core/api/by-name.ts': 'CLI only: the lookups by name, which the renderer never calls',
};
/** Messages relayed from elsewhere: the worker's reply carries a message thrown (and scanned) inside the import code. */
const RELAYED = new Set(['electron/core/isolation/run-isolated.ts']);

/** A value the catalogue can say, for the holes when a whole sentence is said: names, numbers and OS errors all take it. */
const TRANSLATABLE_FILLER = 'permission denied';

let scanned: ScannedMessage[] = [];
let describeError: typeof DescribeError;
const tOf: Partial<Record<Lang, TFunction>> = {};

beforeAll(async () => {
  scanned = scanServerMessages().filter((message) => !LEFT_OUT[message.sink]);
  for (const [lang, translation, server] of [
    ['en', en, serverEn],
    ['es', es, serverEs],
    ['fr', fr, serverFr],
  ] as const) {
    const instance = i18next.createInstance();
    await instance.init({ lng: lang, resources: { [lang]: { translation, server } }, interpolation: { escapeValue: false } });
    tOf[lang] = instance.t;
  }
  // describe-error.ts imports the transport, which listens for the page unloading: Node's own EventTarget stands in for the window.
  (globalThis as { window?: EventTarget }).window ??= new EventTarget();
  ({ describeError } = await import('../../../renderer/api/describe-error'));
}, 120_000);

const t = (lang: Lang) => tOf[lang]!;
const fill = (message: ScannedMessage, filler: string) => message.parts.map((part) => (typeof part === 'string' ? part : filler)).join('');
const where = (message: ScannedMessage) => `${message.file}:${message.line}`;

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]))].sort();

describe('the core’s messages', () => {
  it('are read from the source: throw sites, helpers and the error objects of dispatch', () => {
    const samples = scanned.map((message) => sample(message.parts));
    // One of each way a message is written, so a scanner that stops following them fails here.
    expect(samples).toContain('That fact no longer exists. It may have been deleted.'); // new ApiFailure('…')
    expect(samples).toContain('Restoring failed: the disk is full. The workspace was not changed.'); // constant and helper inlined
    expect(samples).toContain('This archive is encrypted: enter its passphrase to import it.'); // archiveFailure(problem, '…')
    expect(samples).toContain('That signer no longer exists. It may have been deleted.'); // notFound('signer') into a template
    expect(samples).toContain('The letter or its template changed while you were merging. Nothing was saved: look at the merge again.'); // refuse(code, '…')
    expect(samples).toContain('Something went wrong inside Letterdesk. Nothing was changed.'); // dispatch's { code, message }
    expect(samples).toContain('This is not a Markdown file: it contains binary data.'); // a table of names, one sentence each
    expect(samples).toContain('This file is too large to import: it has more than X lines.'); // const tooLarge = (what) => …
    expect(new Set(scanned.map((message) => message.file)).size).toBeGreaterThan(40);
  });

  it('are each in the "server" catalogue', () => {
    const missing = scanned
      .filter((message) => !isRelay(message.parts) || !RELAYED.has(message.file))
      .filter((message) => matchServerMessage(sample(message.parts)) === null)
      .map((message) => `${where(message)}: ${sample(message.parts)}`);
    expect(missing, 'add these to renderer/locales/server.{en,es,fr}.json').toEqual([]);
  });

  it('only relay messages where a relay is expected', () => {
    const relays = scanned.filter((message) => isRelay(message.parts)).map(where);
    expect(
      relays.filter((place) => !RELAYED.has(place.split(':')[0])),
      'a message the scanner cannot read',
    ).toEqual([]);
  });

  it.each(['es', 'fr'] as const)('can each be said in %s, and come back unchanged in English', (lang) => {
    const unsaid: string[] = [];
    const changed: string[] = [];
    for (const message of scanned.filter((m) => !isRelay(m.parts))) {
      const text = fill(message, TRANSLATABLE_FILLER);
      const said = translateServerMessage(text, t(lang));
      if (said === null || said === text) unsaid.push(`${where(message)}: ${text}`);
      if (translateServerMessage(text, t('en')) !== text) changed.push(`${where(message)}: ${text}`);
    }
    expect(unsaid).toEqual([]);
    expect(changed).toEqual([]);
  });
});

describe('the "server" catalogue', () => {
  it.each(['es', 'fr'] as const)('%s has exactly the keys of en, none empty', (lang) => {
    expect(leaves(CATALOGUE[lang]).map(([key]) => key)).toEqual(leaves(serverEn).map(([key]) => key));
    for (const [key, value] of leaves(CATALOGUE[lang])) expect(value.trim(), key).not.toBe('');
  });

  it.each(['es', 'fr'] as const)('%s uses only the placeholders of en (it may leave out technical English detail)', (lang) => {
    const english = new Map(leaves(serverEn));
    for (const [key, value] of leaves(CATALOGUE[lang]).filter(([k]) => !k.startsWith('meta.'))) {
      const own = placeholders(english.get(key)!);
      expect(own, `${lang}: ${key}`).toEqual(expect.arrayContaining(placeholders(value)));
      // Names and numbers are always kept; only a sentence placeholder may be dropped.
      for (const name of own.filter((n) => !SENTENCE_PLACEHOLDERS.has(n) && n !== 'rows')) expect(placeholders(value), `${lang}: ${key}`).toContain(name);
    }
  });

  it('has no English sentence twice, and no entry that another shadows', () => {
    const english = leaves(serverEn).filter(([key]) => !key.startsWith('meta.'));
    expect(new Set(english.map(([, text]) => text)).size).toBe(english.length);
    // Each entry, its placeholders filled, is matched back to itself.
    for (const [key, text] of english.filter(([k]) => !k.startsWith('part.'))) {
      expect(matchServerMessage(text.replace(/\{\{\s*\w+\s*\}\}/g, 'Q7')), text)?.toMatchObject({ key });
    }
  });

  it('writes French with its typography: ’ for the apostrophe, a space before : ; ? !', () => {
    for (const [key, value] of leaves(serverFr).filter(([k]) => !k.startsWith('meta.'))) {
      expect(value, key).not.toMatch(/'/);
      expect(value.replace(/[a-z]+:\/\//g, ''), key).not.toMatch(/[^\s][:;?!](\s|$)/);
    }
  });

  it('says every validation code of the server’s "Please check the input: …" lines', () => {
    for (const [code, text] of Object.entries(VALIDATION_MESSAGES_EN)) {
      const message = `Please check the input: email ${text}; tags.2 ${text}.`;
      expect(translateServerMessage(message, t('es')), code).not.toBeNull();
      expect(translateServerMessage(message, t('fr')), code).not.toBeNull();
    }
  });

  it('says every problem of the server’s "Please check the event: …" lines, an unusual date to confirm included', () => {
    const event = (fields: Partial<EventFields>): EventFields => ({
      kind: 'sent',
      occurredOn: '2026-03-10',
      channel: 'post',
      dueOn: null,
      outcome: null,
      ...fields,
    });
    const problems: EventProblem[] = [
      ...checkEventFields(event({ channel: null })),
      ...checkEventFields(event({ kind: 'closed', dueOn: '2026-04-01' })),
      ...checkEventFields(event({ outcome: 'positive' })),
      ...checkEventFields(event({ kind: 'follow_up', channel: null })),
      ...checkEventFields(event({ kind: 'follow_up', channel: null, dueOn: '2026-03-01' })),
      unusualDate('2026-12-31', '2026-12-06', null)!,
      unusualDate('2026-01-15', '2026-12-06', '2026-02-01')!,
    ];
    expect(new Set(problems.map((problem) => problem.code)).size).toBe(9);
    // As record-event.ts says them: joined with "; ", an unusual date followed by the request to confirm it.
    const message = `Please check the event: ${problems.map((p) => p.message).join('; ')}; check the date, or confirm it if it is right.`;
    for (const lang of ['es', 'fr'] as const) expect(translateServerMessage(message, t(lang)), lang).not.toBeNull();
    const spanish = translateServerMessage(message, t('es'));
    expect(spanish).toMatch(
      /^Revise el evento: indique cómo se envió la carta .*; 2026-12-31 está 25 día\(s\) en el futuro; .*; revise la fecha o confírmela si es correcta\.$/,
    );
  });

  it('builds matchers that escape the text and capture the values', () => {
    const matcher = matcherFor('k', 'Cost (in $): {{amount}}? [{{unit}}]');
    expect(matcher.pattern.exec('Cost (in $): 3.50? [EUR]')?.slice(1)).toEqual(['3.50', 'EUR']);
    expect(matcher.pattern.test('Cost (in X): 3.50? [EUR]')).toBe(false);
  });
});

describe('translateServerMessage', () => {
  it('says a known message in Spanish and French with its values', () => {
    const message = 'The campaign "Free Ana Díaz" uses this template, so it was not deleted. Its letters are made from it.';
    expect(translateServerMessage(message, t('es'))).toBe(
      'La campaña «Free Ana Díaz» usa esta plantilla, así que no se ha eliminado. Sus cartas se generan a partir de ella.',
    );
    expect(translateServerMessage(message, t('fr'))).toBe(
      'La campagne « Free Ana Díaz » utilise ce modèle ; il n’a donc pas été supprimé. Ses lettres sont faites à partir de lui.',
    );
  });

  it('translates the English reasons inside a message, and gives up rather than show one it does not know', () => {
    expect(translateServerMessage('Restoring failed: the disk is full. The workspace was not changed.', t('es'))).toBe(
      'La restauración ha fallado: el disco está lleno. No se ha cambiado el espacio de trabajo.',
    );
    expect(translateServerMessage('Please check the input: email is not a valid email address; name is required.', t('fr'))).toBe(
      'Vérifiez les données : email n’est pas une adresse e-mail valide ; name est obligatoire.',
    );
    expect(translateServerMessage('Restoring failed: EIO: i/o error, read. The workspace was not changed.', t('es'))).toBeNull();
  });

  it('picks the most specific entry: a list of campaigns keeps no English "and"', () => {
    const message = 'Ana Díaz signs the campaigns Water, Land and Air, so they cannot be deleted. Remove them from the campaign first.';
    expect(translateServerMessage(message, t('es'))).toBe(
      'Ana Díaz firma las campañas Water, Land y Air, así que no se puede eliminar. Retire primero a este firmante de la campaña.',
    );
  });

  it('gives null for a message the catalogue does not have', () => {
    expect(translateServerMessage('A sentence no server ever sent.', t('es'))).toBeNull();
  });
});

describe('describeError', () => {
  const failure = (error: ApiError) => new ApiClientError(error);
  const known: ApiError = { code: 'conflict', message: 'The export is not finished yet.', issues: [] };
  const unknown: ApiError = { code: 'conflict', message: 'A sentence no server ever sent.', issues: [] };

  it('shows the server’s sentence as it is in English, known or not', () => {
    expect(describeError(t('en'), failure(known))).toEqual({ title: en.apiError.conflict, detail: 'The export is not finished yet.' });
    expect(describeError(t('en'), failure(unknown)).detail).toBe('A sentence no server ever sent.');
  });

  it('shows the translated sentence in Spanish and French', () => {
    expect(describeError(t('es'), failure(known))).toEqual({ title: es.apiError.conflict, detail: 'La exportación aún no ha terminado.' });
    expect(describeError(t('fr'), failure(known))).toEqual({ title: fr.apiError.conflict, detail: 'L’exportation n’est pas encore terminée.' });
  });

  it('shows no detail line in Spanish and French for a sentence not in the catalogue', () => {
    expect(describeError(t('es'), failure(unknown))).toEqual({ title: es.apiError.conflict, detail: null });
    expect(describeError(t('fr'), failure(unknown))).toEqual({ title: fr.apiError.conflict, detail: null });
  });
});
