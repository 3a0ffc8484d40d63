import { SEVERITIES } from '@internal/plugin-devzero-common';
import { Knex } from 'knex';
import { toFindingRecord } from '../conversion';
import {
  FindingQuery,
  FindingRecord,
  SortedFindingFilter,
} from '../FindingStore';
import { isSqlite } from '../sqlite';
import { DbFindingRow } from '../tables';
import { findingsMatching } from './filters';

/** How many matching findings a list counts (or to its page's end, if further), unless set otherwise. */
export const COUNT_LIMIT = 10_000;

/** Findings in a list's order; the id breaks ties, so that pages do not overlap. */
function ordered(
  builder: Knex.QueryBuilder,
  { sort, order }: Pick<FindingQuery, 'sort' | 'order'>,
) {
  if (sort === 'severity') {
    const ranks = SEVERITIES.map((s, i) => `when '${s}' then ${i}`).join(' ');
    builder.orderByRaw(`case severity ${ranks} end ${order}`);
  } else if (sort === 'minutes-lost') {
    builder.orderBy('total_minutes_lost', order);
  } else {
    builder.orderBy(sort === 'updated' ? 'updated_at' : 'created_at', order);
  }
  return builder.orderBy('id', 'asc');
}

/** Every finding matching the filters (no paging), newest first unless sorted otherwise. */
export async function listAllFindings(options: {
  knex: Knex;
  query: SortedFindingFilter;
}): Promise<FindingRecord[]> {
  const { knex, query } = options;
  const { sort = 'created', order = 'desc' } = query;
  const rows: DbFindingRow[] = await ordered(
    findingsMatching({ knex, filter: query }).select('*'),
    { sort, order },
  );
  return rows.map(toFindingRecord);
}

/**
 * A page of findings and how many match, counted up to `countLimit` (or
 * the page's end, if further): then `totalCapped` says there are more.
 */
export async function listFindings(options: {
  knex: Knex;
  query: FindingQuery;
  countLimit: number;
}): Promise<{
  items: FindingRecord[];
  totalItems: number;
  totalCapped?: true;
}> {
  const { knex, query, countLimit } = options;
  const sqlite = isSqlite(knex);
  const matching = () => findingsMatching({ knex, filter: query });
  const inOrder = (builder: Knex.QueryBuilder) => ordered(builder, query);
  // The page and its total in one statement, one trip through knex and
  // the pool. A search reads every candidate anyway, so it counts them in
  // that pass. Otherwise the count is a subquery the database runs once,
  // from the team index where there is a team.
  //
  // When no index hands the rows over in the page's order (several teams
  // or statuses, or a sort by minutes lost, severity or update), the page
  // is picked by its keys first: the database sorts the index's entries
  // instead of whole rows and reads only the page's rows. A team's open
  // findings by minutes lost went from 0.37 to 0.21 ms in SQLite, and from
  // 600 to 950 requests a second in PostgreSQL. Where an index gives the
  // order (newest first, one team, status and severity, or no filter),
  // reading the rows straight is a little quicker.
  const many = (values?: unknown[]) => (values?.length ?? 0) > 1;
  const byKeys =
    query.sort !== 'created' ||
    many(query.ownerRefs) ||
    many(query.statuses) ||
    many(query.severities);
  // Counting stops at `countLimit` findings, or at the end of the page if
  // that is further, so a next page is known to exist when the count does
  // not stop short. A database counts by reading every matching entry of
  // an index: PostgreSQL took 8 ms of the portal's first page's 9 to count
  // all 100,000 findings, and SQLite 4.9 ms to count the 35,000 resolved
  // ones (1.3 ms up to the cap). SQLite counts a whole table from its
  // b-tree's own counts (11 µs), so with no filter at all it counts them
  // all, and the answer is capped the same way.
  const cap = Math.max(countLimit, query.offset + query.limit);
  const capped = () =>
    knex.count({ count: '*' }).from(
      matching()
        .select(knex.raw('1'))
        .limit(cap + 1)
        .as('c'),
    );
  const { sort, order, offset, limit, ...filter } = query;
  const whole =
    sqlite &&
    !Object.values(filter).some(v =>
      Array.isArray(v) ? v.length > 0 : v !== undefined && v !== false,
    );
  let total;
  if (query.text) total = knex.raw('count(*) over () as total_items');
  else if (whole) total = matching().count('*').as('total_items');
  else total = capped().as('total_items');
  const key = sqlite ? 'rowid' : 'id';
  let rows;
  if (query.text && !sqlite) rows = searchPage(knex, query);
  else if (query.text || !byKeys)
    rows = inOrder(matching().select('*', total))
      .offset(query.offset)
      .limit(query.limit);
  else
    rows = inOrder(
      knex('findings')
        .select('*', total)
        .whereIn(
          key,
          inOrder(matching().select(key))
            .offset(query.offset)
            .limit(query.limit),
        ),
    );
  const found: Array<DbFindingRow & { total_items: unknown }> = await rows;
  const items = found.map(toFindingRecord);
  // A search's count is exact: it reads every match anyway.
  const totalOf = (count: unknown) =>
    Number(count) > cap && !query.text
      ? { items, totalItems: cap, totalCapped: true as const }
      : { items, totalItems: Number(count) };
  if (found.length > 0) return totalOf(found[0].total_items);
  if (query.offset === 0) return { items, totalItems: 0 };
  // A page past the end has no row to carry the total.
  const [{ count }] = (await capped()) as Array<{ count: number | string }>;
  return totalOf(count);
}

/** The columns a list's order reads, besides the id. */
const SORTED_BY: Record<FindingQuery['sort'], string> = {
  created: 'created_at',
  updated: 'updated_at',
  'minutes-lost': 'total_minutes_lost',
  severity: 'severity',
};

/**
 * A page of a text search on PostgreSQL and how many match, counted
 * exactly: the matches' keys first, all of them, then the page's rows.
 *
 * Asked for the page and `count(*) over ()` in one select, PostgreSQL 15
 * costs the window as if the limit stopped it after a page's rows, which
 * it cannot: it has to count every match first. Whenever its statistics
 * guessed a few hundred matches, it walked the `created_at` index through
 * every finding, matching each one's text on the way (380 ms for "kafka
 * console" over 100,000 findings, against 7 ms by the trigram indexes), or
 * walked a team's findings in the same way. A materialized CTE is planned
 * for all its rows, so PostgreSQL picks what finds every match soonest: the
 * trigram indexes across teams, a team's search index (migration
 * 20261202b_search_index) within one, which holds the text and the order
 * and is read without the table. The page's 25 rows are then read by id.
 */
function searchPage(knex: Knex, query: FindingQuery) {
  const inOrder = (builder: Knex.QueryBuilder) => ordered(builder, query);
  return inOrder(
    knex
      .withMaterialized(
        'matches',
        findingsMatching({ knex, filter: query }).select(
          'id',
          SORTED_BY[query.sort],
        ),
      )
      .select('*', knex.raw('(select count(*) from matches) as total_items'))
      .from('findings')
      .whereIn(
        'id',
        inOrder(knex('matches').select('id'))
          .offset(query.offset)
          .limit(query.limit),
      ),
  );
}
