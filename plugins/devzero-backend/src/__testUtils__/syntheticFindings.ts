import {
  CATEGORIES,
  CLOSED_STATUSES,
  JOURNEY_STEPS,
  Severity,
  Status,
} from '@internal/plugin-devzero-common';
import { Knex } from 'knex';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const WORDS =
  'pipeline deploy build cache token secret quota cluster runbook template schema queue kafka ledger gateway console portal docs example sandbox certificate registry image dashboard alert metric trace log permission group onboarding'.split(
    ' ',
  );
const PROBLEMS = [
  'times out',
  'fails without a message',
  'is not documented',
  'needs a ticket to another team',
  'differs from the guide',
  'takes an hour to set up',
  'returns a 500',
  'asks for access nobody can grant',
];

/** A deterministic pseudo-random sequence (mulberry32), so that a data set can be reproduced. */
function sequence(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]) =>
    list[Math.floor(next() * list.length)];
  const weighted = <T>(choices: Array<[T, number]>) => {
    let r = next() * choices.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of choices) {
      r -= w;
      if (r < 0) return value;
    }
    return choices[choices.length - 1][0];
  };
  return { next, pick, weighted };
}

/** The id of the n-th synthetic finding: a UUID the router accepts. */
export const syntheticId = (n: number) =>
  `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The owner of the n-th synthetic team. */
export const syntheticOwner = (n: number) => `group:default/team-${n}`;

/**
 * Rows of the findings table for tests and the benchmark: `findings` spread
 * over `entities` (each owned by one of `owners` teams, a few of which
 * changed hands half-way), filed over the `days` before `now`, in every
 * status, with triage and closing times before `now`, some snoozed,
 * assigned, duplicated or with "me too"s.
 */
export function syntheticFindingRows(options: {
  findings: number;
  entities: number;
  owners: number;
  now: Date;
  days?: number;
  seed?: number;
  firstId?: number;
}): Record<string, unknown>[] {
  const { next, pick, weighted } = sequence(options.seed ?? 7);
  const now = options.now.getTime();
  const span = (options.days ?? 365) * DAY;
  const first = options.firstId ?? 0;
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < options.findings; i++) {
    const entity = Math.floor(next() * options.entities);
    const created = now - Math.floor(next() * span);
    // Every 50th entity changed owners half-way through the period.
    const handedOver = entity % 50 === 0 && created < now - span / 2;
    const owner = (entity + (handedOver ? 1 : 0)) % options.owners;
    const status = weighted<Status>([
      ['new', 20],
      ['triaged', 15],
      ['in-progress', 15],
      ['resolved', 35],
      ['declined', 10],
      ['duplicate', 5],
    ]);
    const severity = weighted<Severity>([
      ['annoyance', 35],
      ['slowed-me-down', 35],
      ['blocked-me', 22],
      ['would-have-given-up', 8],
    ]);
    const closes = CLOSED_STATUSES.includes(status);
    // Closing straight from "new" triages at the same moment, as the store does.
    const triaged =
      status === 'new'
        ? undefined
        : Math.min(now, created + Math.floor(next() ** 2 * 12 * DAY));
    const closed = closes
      ? Math.min(now, triaged! + Math.floor(next() ** 2 * 60 * DAY))
      : undefined;
    const snoozed =
      status === 'new' && next() < 0.1
        ? now + Math.floor((next() - 0.3) * 14 * DAY)
        : undefined;
    const minutes = pick([5, 10, 15, 30, 45, 60, 90, 120, 240]);
    const meToos = next() < 0.2 ? 1 + Math.floor(next() * 4) : 0;
    const noun = pick(WORDS);
    const iso = (ms?: number) =>
      ms === undefined ? null : new Date(ms).toISOString();
    rows.push({
      id: syntheticId(first + i),
      entity_ref: `component:default/service-${entity}`,
      owner_ref: syntheticOwner(owner),
      title: `The ${noun} ${pick(WORDS)} ${pick(PROBLEMS)}`,
      scenario: `I was trying to use the ${noun} of service-${entity} for the first time. The ${pick(
        WORDS,
      )} step ${pick(PROBLEMS)}, and the ${pick(WORDS)} page did not help.`,
      journey_step: pick(JOURNEY_STEPS),
      category: pick(CATEGORIES),
      severity,
      minutes_lost: minutes,
      total_minutes_lost: minutes + meToos * pick([5, 15, 30]),
      reporter_ref: `user:default/developer-${Math.floor(next() * 1000)}`,
      may_contact: next() < 0.7,
      status,
      assignee_ref:
        status === 'in-progress' && next() < 0.5
          ? `user:default/engineer-${owner}`
          : null,
      snoozed_until: iso(snoozed),
      duplicate_of:
        status === 'duplicate' && i > 0
          ? syntheticId(first + Math.floor(next() * i))
          : null,
      links: '[]',
      me_too_count: meToos,
      comment_count: Math.floor(next() * 3),
      created_at: iso(created),
      updated_at: iso(Math.max(created, closed ?? triaged ?? created)),
      triaged_at: iso(triaged),
      closed_at: iso(closed),
    });
  }
  return rows;
}

/** Inserts findings rows in batches, in one transaction. */
export async function insertFindingRows(
  knex: Knex,
  rows: Record<string, unknown>[],
  // knex inserts many rows into SQLite as a compound select, of at most 500.
  batchSize = knex.client.config.client === 'pg' ? 1000 : 400,
) {
  await knex.transaction(async trx => {
    for (let i = 0; i < rows.length; i += batchSize) {
      await trx('findings').insert(rows.slice(i, i + batchSize));
    }
  });
}
