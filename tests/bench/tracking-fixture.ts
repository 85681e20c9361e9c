import { performance } from 'node:perf_hooks';
import { listCountries } from '../../electron/core/recipients/countries';
import type { Db } from '../../electron/core/db/database';
import { newId } from '../../electron/core/db/ids';
import { recordEvent } from '../../electron/core/tracking/record-event';
import { countryStatus, dueList, statusReport } from '../../electron/core/tracking/status-query';
import { forgetPairSummaries } from '../../electron/core/tracking/summary-cache';

/*
 * Benchmark helpers for `npm run bench` (issue 6: 200 countries × 50
 * campaigns × 20 events each, status query p95 under 20 ms). Seeding is raw
 * SQL in one transaction: one recipient per country, every campaign writing
 * to every country, and per (campaign, recipient) a realistic run of 20
 * events including follow-ups, corrections and undos.
 */

export interface BenchSizes {
  countries: number;
  campaigns: number;
  eventsPerPair: number;
}

export const ISSUE_SIZES: BenchSizes = { countries: 200, campaigns: 50, eventsPerPair: 20 };

export interface Seeded {
  campaignIds: string[];
  countryCodes: string[];
  events: number;
  seedMs: number;
}

/** Country codes: the known states, then made-up two-letter codes when more are asked for. */
function countryCodes(n: number): string[] {
  const known = listCountries().map((c) => c.code);
  const made: string[] = [];
  for (let i = 0; known.length + made.length < n; i++) made.push(`Q${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i % 26]}`);
  return [...known, ...made].slice(0, n);
}

/** A small deterministic PRNG (mulberry32), so every run seeds the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export function seedTrackingBench(db: Db, sizes: BenchSizes = ISSUE_SIZES): Seeded {
  const started = performance.now();
  const at = '2025-01-01T00:00:00.000Z';
  const codes = countryCodes(sizes.countries);
  const campaignIds: string[] = [];
  let events = 0;
  // Every row below points at rows made just before it; checking each key would only slow the seeding.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  db.transaction(() => {
    const templateId = newId();
    db.prepare(
      "INSERT INTO templates (id, name, kind, default_language, paper_size, created_at, updated_at) VALUES (?, 'Bench letter', 'letter', 'en', 'A4', ?, ?)",
    ).run(templateId, at, at);
    const insRecipient = db.prepare(
      "INSERT INTO recipients (id, country_code, office, name, name_key, gender, language, created_at, updated_at) VALUES (?, ?, 'Head of State', ?, ?, 'unspecified', 'en', ?, ?)",
    );
    const recipientIds = codes.map((code) => {
      const id = newId();
      insRecipient.run(id, code, `Holder ${code}`, `holder ${code.toLowerCase()}`, at, at);
      return id;
    });
    const insCampaign = db.prepare(
      'INSERT INTO campaigns (id, name, template_id, letter_date, reference_prefix, next_number, no_reply_days, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insDraft = db.prepare('INSERT INTO drafts (id, campaign_id, recipient_id, reference, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    const insEvent = db.prepare(
      `INSERT INTO contact_events (id, campaign_id, recipient_id, draft_id, kind, occurred_on, channel, reference, note, due_on, outcome, supersedes_id, retracts, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, '', '', ?, ?, ?, ?, ?, ?)`,
    );
    const random = prng(42);
    for (let c = 0; c < sizes.campaigns; c++) {
      const campaignId = newId();
      campaignIds.push(campaignId);
      const letterDate = addDays('2025-01-06', c * 7);
      insCampaign.run(campaignId, `Campaign ${c + 1}`, templateId, letterDate, `B${c}`, recipientIds.length + 1, 30 + (c % 3) * 15, at, at);
      recipientIds.forEach((recipientId, r) => {
        const draftId = newId();
        insDraft.run(draftId, campaignId, recipientId, `B${c}-${r}`, at, at);
        const ids: string[] = [];
        let dayN = 0;
        for (let e = 0; e < sizes.eventsPerPair; e++) {
          const id = newId();
          const occurredOn = addDays(letterDate, dayN);
          const roll = random();
          // A fixed opening, then a mix: chasers, follow-ups, deliveries, replies, a closing, corrections and undos.
          const kind =
            e === 0
              ? 'drafted'
              : e === 1
                ? 'exported'
                : e === 2
                  ? 'sent'
                  : roll < 0.3
                    ? 'follow_up'
                    : roll < 0.5
                      ? 'sent'
                      : roll < 0.65
                        ? 'delivered'
                        : roll < 0.75
                          ? 'acknowledged'
                          : roll < 0.85
                            ? 'replied'
                            : roll < 0.9
                              ? 'closed'
                              : 'correction';
          const target = kind === 'correction' && ids.length > 3 ? ids[2 + Math.floor(random() * (ids.length - 3))] : null;
          const realKind = kind === 'correction' ? 'delivered' : kind;
          insEvent.run(
            id,
            campaignId,
            recipientId,
            draftId,
            realKind,
            occurredOn,
            realKind === 'sent' ? 'post' : null,
            realKind === 'follow_up' ? addDays(occurredOn, 7 + Math.floor(random() * 60)) : null,
            realKind === 'closed' ? 'neutral' : null,
            target,
            target !== null && random() < 0.5 ? 1 : 0,
            `2025-01-01T00:00:${String(e).padStart(2, '0')}.000Z`,
            at,
          );
          ids.push(id);
          dayN += Math.floor(random() * 9);
          events++;
        }
      });
    }
  })();
  db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  return { campaignIds, countryCodes: codes, events, seedMs: performance.now() - started };
}

export interface Timing {
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/** Times `work` only; `before` (e.g. a write) runs untimed ahead of each run. */
export function timeIt(runs: number, work: (i: number) => unknown, before?: (i: number) => unknown): Timing {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.(i);
    const t0 = performance.now();
    work(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  return { runs, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: times[times.length - 1] };
}

/**
 * Times the status queries on a seeded workspace; `today` is fixed so every
 * run derives the same. "Cold" forgets the memoised pair summaries before
 * each run (the first query after start-up); the others run warm, as the app
 * does between writes. "After a write" records one event (untimed) for a
 * different letter before each query: what the dashboard and the Due badge
 * do after every change, since every tracking write refetches them.
 */
export function timeTrackingQueries(db: Db, seeded: Seeded, runs = 50, today = '2026-06-30') {
  const cold = (work: (i: number) => unknown) => (i: number) => (forgetPairSummaries(db), work(i));
  const pairs = db.prepare('SELECT campaign_id, recipient_id FROM drafts ORDER BY seq').raw().all() as [string, string][];
  const write = (i: number) => {
    const [campaignId, recipientId] = pairs[(i * 7919) % pairs.length];
    const kind = (['follow_up', 'replied', 'sent', 'closed'] as const)[i % 4];
    recordEvent(
      db,
      {
        campaignId,
        recipientId,
        kind,
        occurredOn: today,
        channel: kind === 'sent' ? 'email' : null,
        reference: '',
        note: 'bench',
        dueOn: kind === 'follow_up' ? addDays(today, 3) : null,
        outcome: kind === 'closed' ? 'positive' : null,
        attachment: null,
        confirmDate: true,
      },
      today,
    );
  };
  return {
    statusOneCampaignCold: timeIt(
      runs,
      cold((i) => statusReport(db, seeded.campaignIds[i % seeded.campaignIds.length], today)),
    ),
    statusAllCampaignsCold: timeIt(
      3,
      cold(() => statusReport(db, undefined, today)),
    ),
    statusOneCampaign: timeIt(runs, (i) => statusReport(db, seeded.campaignIds[i % seeded.campaignIds.length], today)),
    countryPage: timeIt(runs, (i) => countryStatus(db, seeded.countryCodes[i % seeded.countryCodes.length], today)),
    statusAllCampaigns: timeIt(runs, () => statusReport(db, undefined, today)),
    /** What the dashboard asks for: counts and countries, no rows. */
    dashboardAllCampaigns: timeIt(runs, () => statusReport(db, undefined, today, { rows: false })),
    dueList: timeIt(runs, () => dueList(db, today)),
    statusAllCampaignsAfterWrite: timeIt(runs, () => statusReport(db, undefined, today), write),
    dueListAfterWrite: timeIt(
      runs,
      () => dueList(db, today),
      (i) => write(i + runs),
    ),
  };
}
