import { Knex } from 'knex';

export type Filtered = () => Knex.QueryBuilder;
export interface GroupingOptions {
  db: Knex;
  filtered: Filtered;
  /** A finding's minutes as the insights count them. */
  minutesOf: string;
  weekNumber: (time: string) => string;
}
export interface WeekRow {
  week: number;
  filed: number;
  closed: number;
  minutes_lost: number;
}
export interface Groups {
  entityRows: any[];
  stepRows: any[];
  weekRows: WeekRow[];
}

/** The weeks findings were filed in and those they were closed in, as one list. */
function mergeWeeks(
  filed: Array<{ week: unknown; findings: unknown; minutes_lost: unknown }>,
  closed: Array<{ week: unknown; findings: unknown }>,
): WeekRow[] {
  const weeks = new Map<number, WeekRow>();
  const week = (n: number) => {
    let w = weeks.get(n);
    if (!w) {
      w = { week: n, filed: 0, closed: 0, minutes_lost: 0 };
      weeks.set(n, w);
    }
    return w;
  };
  for (const r of filed) {
    const w = week(Number(r.week));
    w.filed = Number(r.findings);
    w.minutes_lost = Number(r.minutes_lost);
  }
  for (const r of closed) week(Number(r.week)).closed = Number(r.findings);
  return [...weeks.values()];
}

/**
 * PostgreSQL: the entities, the categories and steps, and the weeks filed
 * and closed in one statement, hashing each row into the four groupings as
 * it reads it (grouping sets), instead of a scan each. The weeks need the
 * statistics of migration 20261202_insights_indexes to be hashed: without
 * them PostgreSQL guesses a group per finding and sorts them all.
 */
export async function groupedInOnePass(
  options: GroupingOptions,
): Promise<Groups> {
  const { db, filtered, minutesOf, weekNumber } = options;
  const filedWeek = weekNumber('created_at');
  const closedWeek = weekNumber('closed_at');
  const rows: any[] = await filtered()
    .select(
      db.raw(
        `case when grouping(entity_ref) = 0 then 'entity' when grouping(category) = 0 then 'step' when grouping(${filedWeek}) = 0 then 'filed' else 'closed' end as grouped_by`,
      ),
      'entity_ref',
      'owner_ref',
      'category',
      'journey_step',
      db.raw(`${filedWeek} as filed_week`),
      db.raw(`${closedWeek} as closed_week`),
      db.raw(`sum(${minutesOf}) as minutes_lost`),
    )
    .count({ findings: '*' })
    .max({ last_filed_at: 'created_at' })
    .groupByRaw(
      `grouping sets ((entity_ref, owner_ref), (category, journey_step), (${filedWeek}), (${closedWeek}))`,
    );
  const of = (set: string) => rows.filter(r => r.grouped_by === set);
  return {
    entityRows: of('entity'),
    stepRows: of('step'),
    weekRows: mergeWeeks(
      of('filed').map(r => ({ ...r, week: r.filed_week })),
      // The group of the findings not closed has no week.
      of('closed')
        .filter(r => r.closed_week !== null)
        .map(r => ({ ...r, week: r.closed_week })),
    ),
  };
}

/**
 * SQLite, which groups by sorting unless an index hands the rows over in
 * the grouping's order: the entities from the insights index (by owner and
 * entity), the categories and steps, and the weeks filed and closed from
 * indexes of migration 20261202_insights_indexes that lead with them (the
 * weeks as indexed expressions, so that they are read, not computed).
 */
export async function groupedByIndexes(
  options: GroupingOptions,
): Promise<Groups> {
  const { db, filtered, minutesOf, weekNumber } = options;
  const minutes = db.raw(`sum(${minutesOf}) as minutes_lost`);
  const filedWeek = weekNumber('created_at');
  const closedWeek = weekNumber('closed_at');
  const [entityRows, stepRows, filed, closed] = await Promise.all([
    filtered()
      .select('entity_ref', 'owner_ref', minutes)
      .count({ findings: '*' })
      .max({ last_filed_at: 'created_at' })
      .groupBy('entity_ref', 'owner_ref'),
    filtered()
      .select('category', 'journey_step', minutes)
      .count({ findings: '*' })
      .groupBy('category', 'journey_step'),
    filtered()
      .select(db.raw(`${filedWeek} as week`), minutes)
      .count({ findings: '*' })
      .groupByRaw(filedWeek),
    filtered()
      .whereNotNull('closed_at')
      .select(db.raw(`${closedWeek} as week`))
      .count({ findings: '*' })
      .groupByRaw(closedWeek),
  ]);
  return { entityRows, stepRows, weekRows: mergeWeeks(filed, closed) };
}
