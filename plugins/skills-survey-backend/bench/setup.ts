// The skills survey bench's options, its synthetic organisation,
// technologies and answers, and its database (see run.ts).
import { Entity } from '@backstage/catalog-model';
import { Technology } from '@internal/plugin-skills-survey-common';
import fs from 'fs';
import knexFactory, { Knex } from 'knex';
import os from 'os';
import path from 'path';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
export const RESPONDENTS = arg('respondents', 20_000);
export const TECHNOLOGIES = arg('technologies', 200);
export const CAMPAIGNS = arg('campaigns', 12);
export const HISTORY = arg('history', 1000);
export const RATE = arg('rate', 200);
export const SECONDS = arg('seconds', 10);
export const POSTGRES = process.argv.includes('--postgres');
export const SQLITE = process.argv.includes('--sqlite');
export const PG_CONNECTION =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
// Every view of every team at once is megabytes of JSON at this scale: it is
// measured at a rate it can hold, beside the views a page asks for.
export const ALL_VIEWS_RATE = arg('all-views-rate', 5);

/** 8 departments, teams of 3 to 80 people (a few below the minimum). */
export function organisation(people: number): Entity[] {
  const entities: Entity[] = [];
  const group = (name: string, parent?: string): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name },
    spec: { type: 'team', children: [], ...(parent && { parent }) },
  });
  for (let d = 0; d < 8; d++) entities.push(group(`dept-${d}`));
  let person = 0;
  let team = 0;
  while (person < people) {
    const size = team % 17 === 0 ? 3 : 20 + ((team * 37) % 60);
    entities.push(group(`team-${team}`, `dept-${team % 8}`));
    for (let i = 0; i < size && person < people; i++, person++)
      entities.push({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name: `p${person}` },
        spec: { memberOf: [`team-${team}`] },
      });
    team++;
  }
  return entities;
}

export const technologies: Technology[] = Array.from(
  { length: TECHNOLOGIES },
  (_, i) => ({
    id: `tech-${i}`,
    title: `Technology ${i}`,
    category: 'infrastructure',
    sources: ['config'],
    footprint: { components: (i * 7919) % 500, teams: (i * 31) % 60 },
  }),
);

export const ratingsOf = (person: number, campaign: number) =>
  technologies.map((t, i) => {
    const r = (person * 2654435761 + i * 40503 + campaign * 97) >>> 0;
    return {
      technologyId: t.id,
      level: r % 11 === 0 ? null : r % 5,
      wantToLearn: r % 3 === 0,
    };
  });
export const receiptOf = (person: number, campaign: number) =>
  Buffer.from(`receipt-${campaign}-${person}`.padEnd(32, '.')).toString(
    'base64url',
  );

export async function database(): Promise<{
  knex: Knex;
  where: string;
  drop?: () => Promise<void>;
}> {
  if (POSTGRES) {
    const connection =
      PG_CONNECTION ?? 'postgresql://postgres:postgres@localhost:5432';
    const admin = knexFactory({ client: 'pg', connection });
    const name = `skills_survey_bench_${Date.now()}`;
    await admin.raw(`create database ${name}`);
    await admin.destroy();
    return {
      knex: knexFactory({
        client: 'pg',
        connection: `${connection}/${name}`,
        pool: { min: 1, max: 10 },
      }),
      where: `PostgreSQL (${name})`,
      drop: async () => {
        const again = knexFactory({ client: 'pg', connection });
        await again.raw(`drop database if exists ${name}`);
        await again.destroy();
      },
    };
  }
  const file = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'skills-survey-bench-')),
    'skills-survey.sqlite',
  );
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
  });
  // A write-ahead log and no fsync per commit (the database survives a
  // process crash, not a power cut): what a SQLite deployment would set.
  await knex.raw('PRAGMA journal_mode = WAL');
  await knex.raw('PRAGMA synchronous = NORMAL');
  return { knex, where: `SQLite, WAL (${file})` };
}
