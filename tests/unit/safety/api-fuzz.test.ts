import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { API_ERROR_CODES, type ApiResult } from '../../../shared/api/errors';
import { OPERATION_NAMES, contract, type OperationName } from '../../../shared/api/contract';
import { READ_ONLY_OPERATIONS } from '../../../shared/api/operations';
import { dispatch } from '../../../electron/core/api/dispatch';
import { openTempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';

/*
 * Hostile input through dispatch, for every operation, on a real workspace:
 * the answer is a clean ApiResult (never a throw, never "internal"), ok only
 * for input the contract accepts, and nothing written when the operation is
 * read-only or the input was refused.
 */
const RUNS = Number(process.env.LETTERDESK_FUZZ_RUNS ?? 40);

let t: TempWorkspace;
const realIds: string[] = [];
let tried = 0;
/** How far inputs got: accepted, refused by validation, refused by a handler (not_found, conflict...). */
const outcomes = { ok: 0, invalidInput: 0, handlerRefused: 0 };
const internals: string[] = [];

beforeAll(async () => {
  t = await openTempWorkspace();
  const created = await dispatch(t.handlers, 'recipients.create', {
    countryCode: 'FR',
    office: 'Président de la République',
    name: 'Fuzz Target',
    tags: ['fuzz'],
  });
  if (created.ok) realIds.push((created.data as { id: string }).id);
  const templates = await dispatch(t.handlers, 'templates.list', {});
  if (templates.ok) realIds.push(...(templates.data as { id: string }[]).map((x) => x.id));
  const campaign = await dispatch(t.handlers, 'campaigns.create', {
    name: 'Fuzz',
    templateId: realIds[1],
    letterDate: '2026-01-01',
    referencePrefix: 'FZ',
    recipients: { by: 'all' },
  });
  if (campaign.ok) realIds.push((campaign.data as { id: string }).id);
  const drafts = campaign.ok ? await dispatch(t.handlers, 'campaigns.drafts', { id: (campaign.data as { id: string }).id }) : null;
  if (drafts?.ok) realIds.push(...(drafts.data as { id: string }[]).map((d) => d.id));
});
afterAll(() => {
  console.log(
    `tried ${tried} inputs over ${OPERATION_NAMES.length} operations (${outcomes.ok} accepted, ${outcomes.invalidInput} refused by validation, ${outcomes.handlerRefused} refused by a handler)`,
  );
  if (internals.length > 0) console.log(`internal errors:\n${internals.join('\n')}`);
  t.cleanup();
});

/** Rows per table: cheap, and catches a write to any table (activity_log first). */
function fingerprint(): string {
  const db = t.workspace.db();
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return tables.map((name) => `${name}=${db.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number}`).join(' ');
}
const activityCount = () => t.workspace.db().prepare('SELECT count(*) FROM activity_log').pluck().get() as number;

/** The top-level keys an operation's input schema knows, so the fuzz also reaches past the "unknown field" check. */
function keysOf(name: OperationName): string[] {
  const schema = contract[name].input as unknown as { shape?: Record<string, unknown> };
  return schema.shape ? Object.keys(schema.shape) : [];
}

function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  // fast-check would overflow the stack printing it in a failure report.
  Object.defineProperty(value, fc.toStringMethod, { value: () => `<array nested ${depth} deep>` });
  return value;
}

const HUGE = 'x'.repeat(2_000_000);
const plausible = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.uuid(),
    fc.constantFrom(...realIds),
    fc.constantFrom(
      'en',
      'fr',
      'es',
      'FR',
      'ES',
      'A4',
      'letter',
      'files',
      'zip',
      'all',
      'EU',
      'x.csv',
      'x.docx',
      '2026-01-01',
      'HRL',
      '',
      ' ',
      'sent',
      'reply',
    ),
    fc.constantFrom({ by: 'all' }, { by: 'tag', tag: 'fuzz' }, { type: 'doc', content: [] }, { type: 'doc', content: [{ type: 'paragraph' }] }, []),
    fc.string({ maxLength: 30 }),
    fc.integer({ min: -5, max: 200_000 }),
    fc.boolean(),
    fc.constant(null),
  );
const hostileValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.anything({ maxDepth: 3 }),
    fc.constant(HUGE),
    fc.constant(deepArray(5000)),
    fc.constantFrom(NaN, Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 1e308),
    fc.constantFrom('\u0000', '\uD800', '../../../etc/passwd', "'; DROP TABLE recipients; --", '%s%n', '<script>x</script>'),
    fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
    fc.constant(JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown),
  );

function inputs(name: OperationName): fc.Arbitrary<unknown> {
  const keys = keysOf(name);
  const known = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant('id');
  const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '');
  // Records of the schema's own keys, each value plausible or hostile, plus
  // the same with one extra (often prototype-polluting) key.
  const ownKeys = fc.dictionary(known, fc.oneof({ weight: 3, arbitrary: plausible() }, hostileValue()), { maxKeys: keys.length + 1 });
  const withExtra = fc.tuple(ownKeys, hostileKey, hostileValue()).map(([own, key, value]) => {
    const copy: Record<string, unknown> = { ...own };
    // defineProperty, not assignment: `__proto__` becomes an own key, as JSON.parse makes it.
    Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    return copy;
  });
  return fc.oneof(
    {
      weight: 2,
      arbitrary: fc.anything({
        maxDepth: 4,
        withNullPrototype: true,
        withBigInt: true,
        withMap: true,
        withSet: true,
        withDate: true,
        withTypedArray: true,
        withSparseArray: true,
      }),
    },
    { weight: 4, arbitrary: ownKeys },
    { weight: 2, arbitrary: withExtra },
    { weight: 1, arbitrary: hostileValue() },
  );
}

/** A short, never-throwing description of an input for failure messages. */
function describeInput(input: unknown): string {
  try {
    const text = fc.stringify(input);
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return Object.prototype.toString.call(input);
  }
}

/** Like expect, but the message (which stringifies the input) is only built on failure. */
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

describe('hostile input through dispatch', () => {
  it.each([...OPERATION_NAMES])(
    '%s answers cleanly and writes nothing it should not',
    async (name) => {
      await fc.assert(
        fc.asyncProperty(inputs(name), async (input) => {
          tried++;
          const before = { fp: fingerprint(), activity: activityCount() };
          let result: ApiResult<unknown>;
          try {
            result = await dispatch(t.handlers, name, input);
          } catch (error) {
            throw new Error(`${name} threw on ${describeInput(input)}: ${String(error)}`);
          }
          check(!('polluted' in Object.prototype), () => `${name} polluted Object.prototype with ${describeInput(input)}`);
          let parses: boolean;
          try {
            parses = contract[name].input.safeParse(input === undefined ? {} : input).success;
          } catch {
            parses = false; // the schema itself gave up (e.g. stack depth); dispatch must then have refused too
          }
          if (result.ok) outcomes.ok++;
          else if (result.error.code === 'invalid_input' && !parses) outcomes.invalidInput++;
          else outcomes.handlerRefused++;
          if (result.ok) {
            check(parses, () => `${name} answered ok to input the contract refuses: ${describeInput(input)}`);
          } else {
            const { code, message, issues } = result.error;
            check((API_ERROR_CODES as readonly string[]).includes(code), () => `${name}: unknown error code ${code}`);
            check(typeof message === 'string' && message.length > 0 && Array.isArray(issues), () => `${name}: malformed error ${JSON.stringify(result.error)}`);
            if (code === 'internal') internals.push(`${name}: ${describeInput(input)}`);
            check(code !== 'internal', () => `${name} crashed (internal) on input that passed validation: ${describeInput(input)}`);
            if (code === 'invalid_input' && !parses) check(issues.length > 0, () => `${name}: refusal without issues for ${describeInput(input)}`);
          }
          if (!result.ok || READ_ONLY_OPERATIONS.has(name)) {
            check(activityCount() === before.activity, () => `${name} wrote to activity_log on ${describeInput(input)}`);
            check(fingerprint() === before.fp, () => `${name} changed rows on ${describeInput(input)}`);
          }
        }),
        { numRuns: RUNS, seed: process.env.LETTERDESK_FUZZ_SEED ? Number(process.env.LETTERDESK_FUZZ_SEED) : undefined },
      );
    },
    120_000,
  );
});
