import { Helper } from '@internal/plugin-skills-survey-common';
import { Knex } from 'knex';
import { DbHelperRow } from '../tables';

const helperOf = (r: DbHelperRow): Helper => ({
  userRef: r.user_ref,
  technologyId: r.technology_id,
  note: r.note,
  since: r.since,
});

export async function listHelpers(options: {
  knex: Knex;
  technologyId?: string;
}): Promise<Helper[]> {
  let query = options.knex<DbHelperRow>('helpers');
  if (options.technologyId)
    query = query.where({ technology_id: options.technologyId });
  const rows = await query.orderBy([
    { column: 'technology_id' },
    { column: 'user_ref' },
  ]);
  return rows.map(helperOf);
}

/** Replaces a person's offers; each keeps the day it was first made. */
export async function setHelpers(options: {
  knex: Knex;
  userRef: string;
  offers: Array<{ technologyId: string; note: string | null }>;
  day: string;
}): Promise<Helper[]> {
  const { knex, userRef, offers, day } = options;
  return knex.transaction(async tx => {
    const before = new Map(
      (await tx<DbHelperRow>('helpers').where({ user_ref: userRef })).map(r => [
        r.technology_id,
        r.since,
      ]),
    );
    await tx('helpers').where({ user_ref: userRef }).delete();
    const rows: DbHelperRow[] = offers.map(o => ({
      user_ref: userRef,
      technology_id: o.technologyId,
      note: o.note,
      since: before.get(o.technologyId) ?? day,
    }));
    if (rows.length) await tx('helpers').insert(rows);
    return rows.map(helperOf);
  });
}

export async function countHelpers(options: { knex: Knex }) {
  const rows = await options
    .knex('helpers')
    .groupBy('technology_id')
    .select('technology_id')
    .count({ count: '*' });
  return new Map(
    (rows as Array<Record<string, unknown>>).map(r => [
      String(r.technology_id),
      Number(r.count),
    ]),
  );
}
