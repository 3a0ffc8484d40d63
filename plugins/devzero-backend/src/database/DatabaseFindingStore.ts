import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  FindingComment,
  FindingEvent,
  nextStatus,
  OPEN_STATUSES,
  SEVERITIES,
  Status,
} from '@internal/plugin-devzero-common';
import { Knex } from 'knex';
import { randomUUID } from 'crypto';
import { aggregateFindings } from './aggregateFindings';
import { moveAttachments } from './DatabaseAttachmentStore';
import {
  FindingAggregates,
  FindingCriteria,
  FindingFilter,
  FindingQuery,
  FindingRecord,
  FindingStore,
  MeTooRecord,
  NewFinding,
  SlaJudgement,
  SortedFindingFilter,
  TriageChange,
} from './FindingStore';

const migrationsDir = resolvePackagePath(
  '@internal/plugin-devzero-backend',
  'migrations',
);

// SQLite hands back strings and 0/1, PostgreSQL Dates and booleans. The
// store writes times as toISOString() does, which SQLite keeps as they are;
// those are passed on without a Date's round trip (a list page has some 150).
const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const iso = (value: unknown): string | undefined => {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && ISO_UTC.test(value)) return value;
  return new Date(value as string).toISOString();
};
const text = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : String(value);

function toRecord(row: any): FindingRecord {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    ownerRef: row.owner_ref,
    title: row.title,
    scenario: row.scenario,
    journeyStep: row.journey_step,
    category: row.category,
    severity: row.severity,
    minutesLost: Number(row.minutes_lost),
    totalMinutesLost: Number(row.total_minutes_lost),
    steps: text(row.steps),
    expected: text(row.expected),
    actual: text(row.actual),
    reporterRef: row.reporter_ref,
    mayContact: !!row.may_contact,
    reporterHidden: !!row.reporter_hidden,
    status: row.status,
    assigneeRef: text(row.assignee_ref),
    snoozedUntil: iso(row.snoozed_until),
    duplicateOf: text(row.duplicate_of),
    resolutionNote: text(row.resolution_note),
    fixUrl: text(row.fix_url),
    declineReason: text(row.decline_reason),
    externalUrl: text(row.external_url),
    links: JSON.parse(row.links),
    meTooCount: Number(row.me_too_count),
    commentCount: Number(row.comment_count),
    createdAt: iso(row.created_at)!,
    updatedAt: iso(row.updated_at)!,
    triagedAt: iso(row.triaged_at),
    closedAt: iso(row.closed_at),
    triageWarnedAt: iso(row.triage_warned_at),
    resolveWarnedAt: iso(row.resolve_warned_at),
  };
}

const COLUMN = { ownerRef: 'owner_ref', reporterRef: 'reporter_ref' } as const;

function applyCriteria(builder: Knex.QueryBuilder, criteria: FindingCriteria) {
  if ('allOf' in criteria) {
    builder.where(b =>
      criteria.allOf.forEach(c => b.andWhere(inner => applyCriteria(inner, c))),
    );
  } else if ('anyOf' in criteria) {
    builder.where(b =>
      criteria.anyOf.forEach(c => b.orWhere(inner => applyCriteria(inner, c))),
    );
  } else if ('not' in criteria) {
    builder.whereNot(b => applyCriteria(b, criteria.not));
  } else if (criteria.values.length === 0) {
    builder.whereRaw('1 = 0');
  } else {
    builder.whereIn(COLUMN[criteria.field], criteria.values);
  }
}

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

/** Whether the database refused a row for repeating a key (PostgreSQL, SQLite). */
function isUniqueViolation(error: unknown) {
  const code = (error as { code?: unknown } | undefined)?.code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

const SAID_ALREADY = 'You have already said "me too" on this finding';

/**
 * Settings for each of the plugin's SQLite connections.
 *
 * SQLite keeps 2 MiB of the database's pages in memory unless told more.
 * With 100,000 findings (a 200 MiB file) a list or an inbox then reads most
 * of its pages from the operating system, a system call each, which doubled
 * a request's time in the benchmark. 64 MiB holds the indexes and the rows
 * most read; SQLite takes the memory only as pages are read.
 *
 * knex prepares every statement it runs, which costs as much as a short
 * query (25 µs for an inbox page) and gets nothing from SQLite's own cache.
 * better-sqlite3 runs a prepared statement again as often as asked, and
 * knex only ever runs one to completion (`all` or `run`), so the statements
 * most recently used are kept, by their text; SQLite prepares a kept one
 * again by itself if a migration changes the schema under it.
 *
 * The settings belong to a connection, so every new one of the pool gets
 * them too, as Backstage's own SQLite connector sets its foreign keys.
 */
async function tuneSqlite(knex: Knex) {
  const tune = (connection: SqliteConnection) => {
    connection.exec('PRAGMA cache_size = -65536');
    if (knex.client.config.client === 'better-sqlite3')
      keepStatements(connection);
  };
  const pool = (knex.client as any).pool;
  pool?.on?.('createSuccess', (_id: unknown, connection: SqliteConnection) =>
    tune(connection),
  );
  // The connection the migrations used is already in the pool.
  const connection = await (knex.client as any).acquireConnection();
  try {
    tune(connection);
  } finally {
    await (knex.client as any).releaseConnection(connection);
  }
}

interface SqliteConnection {
  exec(sql: string): unknown;
  prepare(sql: string): unknown;
}

const KEPT_STATEMENTS = 200;
const kept = Symbol('devzero kept statements');

/** Makes `prepare` hand back the statements it made most recently for the same text. */
function keepStatements(connection: SqliteConnection & { [kept]?: true }) {
  if (connection[kept]) return;
  connection[kept] = true;
  const prepare = connection.prepare.bind(connection);
  const statements = new Map<string, unknown>();
  connection.prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement) {
      statements.delete(sql); // to the back: most recently used
    } else {
      statement = prepare(sql);
      if (statements.size >= KEPT_STATEMENTS)
        statements.delete(statements.keys().next().value!);
    }
    statements.set(sql, statement);
    return statement;
  };
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, c => `\\${c}`);

/** How many matching findings a list counts (or to its page's end, if further), unless set otherwise. */
export const COUNT_LIMIT = 10_000;

/** Findings in the plugin's database (SQLite or PostgreSQL) through knex. */
export class DatabaseFindingStore implements FindingStore {
  static async create(options: {
    database: DatabaseService;
    /** How many matching findings a list counts (or to its page's end, if further); COUNT_LIMIT unless set. */
    countLimit?: number;
  }) {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    if (client.client.config.client !== 'pg') await tuneSqlite(client);
    return new DatabaseFindingStore(client, options.countLimit);
  }

  private readonly sqlite: boolean;

  constructor(
    private readonly db: Knex,
    private readonly countLimit = COUNT_LIMIT,
  ) {
    this.sqlite = db.client.config.client !== 'pg';
  }

  async file(finding: NewFinding, now: Date) {
    if (finding.idempotencyKey) {
      const existing = await this.byKey(finding);
      if (existing) return { finding: existing, created: false };
    }
    const id = randomUUID();
    const at = now.toISOString();
    try {
      await this.db.transaction(async trx => {
        await trx('findings').insert({
          id,
          entity_ref: finding.entityRef,
          owner_ref: finding.ownerRef,
          title: finding.title,
          scenario: finding.scenario,
          journey_step: finding.journeyStep,
          category: finding.category,
          severity: finding.severity,
          minutes_lost: finding.minutesLost,
          total_minutes_lost: finding.minutesLost,
          steps: finding.steps ?? null,
          expected: finding.expected ?? null,
          actual: finding.actual ?? null,
          reporter_ref: finding.reporterRef,
          may_contact: finding.mayContact,
          reporter_hidden: finding.reporterHidden ?? false,
          idempotency_key: finding.idempotencyKey ?? null,
          status: 'new',
          external_url: finding.externalUrl ?? null,
          links: JSON.stringify(finding.links),
          created_at: at,
          updated_at: at,
        });
        await trx('finding_events').insert({
          finding_id: id,
          actor_ref: finding.reporterRef,
          at,
          action: 'file',
          to_status: 'new',
        });
      });
    } catch (error) {
      // Two retries of one request raced: the first one's finding is the answer.
      if (finding.idempotencyKey) {
        const existing = await this.byKey(finding);
        if (existing) return { finding: existing, created: false };
      }
      throw error;
    }
    return { finding: (await this.get(id))!, created: true };
  }

  /** The finding a reporter already filed with this idempotency key. */
  private async byKey(finding: NewFinding) {
    const row = await this.db('findings')
      .where({
        reporter_ref: finding.reporterRef,
        idempotency_key: finding.idempotencyKey,
      })
      .first();
    return row ? toRecord(row) : undefined;
  }

  async get(id: string) {
    const row = await this.db('findings').where({ id }).first();
    return row ? toRecord(row) : undefined;
  }

  async getMany(ids: string[]) {
    if (ids.length === 0) return [];
    return (await this.db('findings').whereIn('id', ids)).map(toRecord);
  }

  async openOwners() {
    const rows = await this.db('findings')
      .whereIn('status', OPEN_STATUSES)
      .distinct('entity_ref', 'owner_ref');
    return rows.map((r: any) => ({
      entityRef: r.entity_ref as string,
      ownerRef: r.owner_ref as string,
    }));
  }

  async reroute(
    entityRef: string,
    fromOwnerRef: string,
    toOwnerRef: string,
    actorRef: string,
    now: Date,
  ) {
    const at = now.toISOString();
    const routed = (trx: Knex.Transaction, ownerRef: string) =>
      trx('findings')
        .where({ entity_ref: entityRef, owner_ref: ownerRef })
        .whereIn('status', OPEN_STATUSES);
    return this.db.transaction(async trx => {
      const ids: string[] = (await routed(trx, fromOwnerRef).select('id')).map(
        (r: { id: string }) => r.id,
      );
      let moved = 0;
      for (let i = 0; i < ids.length; i += 200) {
        const batch = ids.slice(i, i + 200);
        // Checked again as it is written, so that one closed meanwhile
        // stays with the team that closed it. The old team's assignee and
        // snooze go; the new owners are warned of the clocks afresh.
        await routed(trx, fromOwnerRef).whereIn('id', batch).update({
          owner_ref: toOwnerRef,
          assignee_ref: null,
          snoozed_until: null,
          triage_warned_at: null,
          resolve_warned_at: null,
          updated_at: at,
        });
        const updated: string[] = (
          await routed(trx, toOwnerRef)
            .whereIn('id', batch)
            .where({ updated_at: at })
            .select('id')
        ).map((r: { id: string }) => r.id);
        if (updated.length === 0) continue;
        moved += updated.length;
        await trx('finding_events').insert(
          updated.map(id => ({
            finding_id: id,
            actor_ref: actorRef,
            at,
            action: 'reroute',
            note: `from ${fromOwnerRef} to ${toOwnerRef}, who owns ${entityRef} now; no longer assigned or snoozed`,
          })),
        );
      }
      return moved;
    });
  }

  async listAll(query: SortedFindingFilter) {
    const { sort = 'created', order = 'desc' } = query;
    return (
      await ordered(this.filtered(query).select('*'), { sort, order })
    ).map(toRecord);
  }

  async aggregate(
    query: FindingFilter,
    sla: SlaJudgement,
  ): Promise<FindingAggregates> {
    return aggregateFindings(this.db, () => this.filtered(query), sla);
  }

  private filtered(query: FindingFilter) {
    return this.db('findings').where(b => {
      const inList = (column: string, values?: string[]) => {
        if (values?.length) b.whereIn(column, values);
      };
      inList('status', query.statuses);
      inList('severity', query.severities);
      inList('category', query.categories);
      inList('journey_step', query.journeySteps);
      inList('owner_ref', query.ownerRefs);
      inList('entity_ref', query.entityRefs);
      if (query.reporterRef) b.where('reporter_ref', query.reporterRef);
      if (query.reporterShownOnly) b.where('reporter_hidden', false);
      if (query.assigneeRef) b.where('assignee_ref', query.assigneeRef);
      if (query.createdFrom) b.where('created_at', '>=', query.createdFrom);
      if (query.createdTo) b.where('created_at', '<', query.createdTo);
      if (query.notSnoozedAt) {
        b.where(s =>
          s
            .whereNull('snoozed_until')
            .orWhere('snoozed_until', '<=', query.notSnoozedAt!),
        );
      }
      if (query.text) this.whereText(b, query.text, query);
      if (query.criteria) applyCriteria(b, query.criteria);
    });
  }

  /**
   * Findings whose title or scenario contains the text, in any case. On
   * PostgreSQL the planner picks the trigram indexes (migration
   * 20261126_text_search) or a narrower one. SQLite plans without
   * statistics, so the store chooses: its trigram table when the search is
   * across many findings, and reading the candidates' own text when another
   * filter already narrows them to a few entities, teams or people (there,
   * a common word's thousands of trigram hits cost more than the reading).
   * The trigram table needs three characters to look anything up.
   */
  private whereText(
    b: Knex.QueryBuilder,
    needle: string,
    query: FindingFilter,
  ) {
    const narrowed =
      !!query.ownerRefs?.length ||
      !!query.entityRefs?.length ||
      !!query.reporterRef ||
      !!query.assigneeRef;
    if (this.sqlite && !narrowed && [...needle].length >= 3) {
      // One quoted FTS5 string: a substring, whatever characters it holds.
      const phrase = `"${needle.replace(/"/g, '""')}"`;
      b.whereIn(
        'id',
        this.db('findings_search')
          .select('id')
          .whereRaw('findings_search match ?', [phrase]),
      );
      return;
    }
    // SQLite's like ignores the case of ASCII letters, and its lower() knows
    // no others, so it is left out there; PostgreSQL's trigram indexes are
    // on lower(…).
    const pattern = `%${likeEscape(needle.toLocaleLowerCase('en-US'))}%`;
    const [title, scenario] = this.sqlite
      ? ['title', 'scenario']
      : ['lower(title)', 'lower(scenario)'];
    b.where(t =>
      t
        .whereRaw(`${title} like ? escape '\\'`, [pattern])
        .orWhereRaw(`${scenario} like ? escape '\\'`, [pattern]),
    );
  }

  async list(query: FindingQuery) {
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
    const cap = Math.max(this.countLimit, query.offset + query.limit);
    const capped = () =>
      this.db.count({ count: '*' }).from(
        this.filtered(query)
          .select(this.db.raw('1'))
          .limit(cap + 1)
          .as('c'),
      );
    const { sort, order, offset, limit, ...filter } = query;
    const whole =
      this.sqlite &&
      !Object.values(filter).some(v =>
        Array.isArray(v) ? v.length > 0 : v !== undefined && v !== false,
      );
    let total;
    if (query.text) total = this.db.raw('count(*) over () as total_items');
    else if (whole) total = this.filtered(query).count('*').as('total_items');
    else total = capped().as('total_items');
    const key = this.sqlite ? 'rowid' : 'id';
    const rows =
      query.text || !byKeys
        ? inOrder(this.filtered(query).select('*', total))
            .offset(query.offset)
            .limit(query.limit)
        : inOrder(
            this.db('findings')
              .select('*', total)
              .whereIn(
                key,
                inOrder(this.filtered(query).select(key))
                  .offset(query.offset)
                  .limit(query.limit),
              ),
          );
    const found: Record<string, unknown>[] = await rows;
    const items = found.map(toRecord);
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

  async triage(id: string, change: TriageChange, now: Date) {
    try {
      await this.triageIn(id, change, now.toISOString());
    } catch (error) {
      // A "me too" said on the canonical finding by someone the merge moves,
      // at the same moment: the merge's copy of it collides. Nothing was kept.
      if (isUniqueViolation(error))
        throw new ConflictError(
          `Finding ${
            change.duplicateOf ?? id
          } changed meanwhile; reload it and try again`,
        );
      throw error;
    }
    return (await this.get(id))!;
  }

  private async triageIn(id: string, change: TriageChange, at: string) {
    await this.db.transaction(async trx => {
      const row = await trx('findings').where({ id }).first();
      if (!row) throw new NotFoundError(`There is no finding ${id}`);
      const from = row.status as Status;
      const next = nextStatus(change.action, from);
      if ('problem' in next) throw new ConflictError(`action: ${next.problem}`);
      const update: Record<string, unknown> = {
        status: next.status,
        updated_at: at,
      };
      if (from === 'new' && next.status !== 'new' && !row.triaged_at)
        update.triaged_at = at;
      switch (change.action) {
        case 'resolve':
          update.resolution_note = change.note ?? null;
          update.fix_url = change.fixUrl ?? null;
          update.closed_at = at;
          break;
        case 'decline':
          update.decline_reason = change.note;
          update.closed_at = at;
          break;
        case 'mark-duplicate':
          update.duplicate_of = await this.mergeInto(trx, row, change, at);
          update.closed_at = at;
          break;
        case 'reopen':
          if (from === 'duplicate') await this.unmerge(trx, row, change, at);
          update.closed_at = null;
          update.resolve_warned_at = null;
          update.duplicate_of = null;
          break;
        case 'assign':
          update.assignee_ref = change.assigneeRef ?? null;
          break;
        case 'snooze':
          update.snoozed_until = change.snoozedUntil ?? null;
          break;
        case 'link-issue':
          update.external_url = change.externalUrl ?? null;
          break;
        default:
      }
      // Guard on the status read above, so two triagers cannot both win.
      const changed = await trx('findings')
        .where({ id, status: from })
        .update(update);
      if (changed !== 1)
        throw new ConflictError(
          `Finding ${id} changed meanwhile; reload it and try again`,
        );
      await trx('finding_events').insert({
        finding_id: id,
        actor_ref: change.actorRef,
        at,
        action: change.action,
        from_status: from,
        to_status: next.status,
        // What changed, and why if the triager said.
        note:
          [this.describe(change), change.note].filter(Boolean).join('; ') ||
          null,
      });
    });
  }

  private describe(change: TriageChange): string | undefined {
    if (change.action === 'resolve')
      return change.fixUrl ? `fixed in ${change.fixUrl}` : undefined;
    if (change.action === 'assign')
      return change.assigneeRef
        ? `assigned to ${change.assigneeRef}`
        : 'unassigned';
    if (change.action === 'snooze')
      return change.snoozedUntil
        ? `snoozed until ${change.snoozedUntil}`
        : 'snooze lifted';
    if (change.action === 'mark-duplicate')
      return `duplicate of ${change.duplicateOf}`;
    if (change.action === 'link-issue')
      return change.externalUrl
        ? `linked ${change.externalUrl}`
        : 'issue link removed';
    return undefined;
  }

  /** Moves a duplicate's reporter, "me too"s, links and images to the canonical finding; returns its id. */
  private async mergeInto(
    trx: Knex.Transaction,
    row: any,
    change: TriageChange,
    at: string,
  ) {
    const targetId = change.duplicateOf!;
    if (targetId === row.id)
      throw new InputError(
        'duplicateOf: a finding cannot be a duplicate of itself',
      );
    const target = await trx('findings').where({ id: targetId }).first();
    if (!target)
      throw new InputError(`duplicateOf: there is no finding ${targetId}`);
    if (target.status === 'duplicate') {
      // Marking A as a duplicate of B, when B is already a duplicate, would chain or close a loop.
      throw new ConflictError(
        `duplicateOf: finding ${targetId} is itself a duplicate of ${target.duplicate_of}; mark this one as a duplicate of ${target.duplicate_of}, or reopen ${targetId} first`,
      );
    }
    if (!OPEN_STATUSES.includes(target.status)) {
      // Its reporters would join a closed finding nobody looks at any more.
      throw new ConflictError(
        `duplicateOf: finding ${targetId} is ${target.status}; reopen it first, or triage this one on its own`,
      );
    }
    const existing = new Set(
      (
        await trx('finding_me_toos')
          .where({ finding_id: targetId })
          .select('user_ref')
      ).map((m: any) => m.user_ref),
    );
    existing.add(target.reporter_ref);
    const moving = [
      {
        user_ref: row.reporter_ref,
        minutes_lost: row.minutes_lost,
        note: `Filed as ${row.id}: ${row.title}`,
        created_at: row.created_at,
        reporter_hidden: row.reporter_hidden,
        merged_from: null,
      },
      ...(await trx('finding_me_toos').where({ finding_id: row.id })),
    ].filter(m => !existing.has(m.user_ref));
    for (const m of moving) {
      await trx('finding_me_toos').insert({
        finding_id: targetId,
        user_ref: m.user_ref,
        minutes_lost: m.minutes_lost,
        note: m.note ?? null,
        created_at: iso(m.created_at),
        reporter_hidden:
          m.reporter_hidden === null || m.reporter_hidden === undefined
            ? null
            : Boolean(m.reporter_hidden),
        // Where it came from first, for a reopen anywhere along the way.
        merged_from: m.merged_from ?? row.id,
      });
    }
    const links = [
      ...new Set([...JSON.parse(target.links), ...JSON.parse(row.links)]),
    ];
    // Counted in the database, so that a "me too" said meanwhile counts too;
    // and checked again as it is written, in case it was closed meanwhile.
    const merged = await trx('findings')
      .where({ id: targetId })
      .whereIn('status', OPEN_STATUSES)
      .update({
        me_too_count: trx.raw('me_too_count + ?', [moving.length]),
        total_minutes_lost: trx.raw('total_minutes_lost + ?', [
          moving.reduce((sum, m) => sum + Number(m.minutes_lost), 0),
        ]),
        links: JSON.stringify(links),
        updated_at: at,
      });
    if (merged !== 1)
      throw new ConflictError(
        `duplicateOf: finding ${targetId} was closed meanwhile; reload it`,
      );
    const images = await moveAttachments(trx, row.id, targetId);
    await trx('finding_events').insert({
      finding_id: targetId,
      actor_ref: change.actorRef,
      at,
      action: 'merge',
      note: `${row.id} (${row.title}) merged in, with ${
        moving.length
      } reporter(s) and its links${images ? `, and ${images} image(s)` : ''}`,
    });
    return targetId;
  }

  /**
   * Takes back what marking a duplicate moved, as it is reopened. What it
   * and the duplicates still leading to it (directly or through others)
   * brought is copied "me too"s, deleted from every finding outside them
   * that they reached, and images, which come back to it. A person a merge
   * skipped, being on the canonical finding already, stays there.
   */
  private async unmerge(
    trx: Knex.Transaction,
    row: any,
    change: TriageChange,
    at: string,
  ) {
    const family = [row.id as string];
    for (let frontier = family; frontier.length > 0; ) {
      frontier = (
        await trx('findings')
          .whereIn('duplicate_of', frontier)
          .where({ status: 'duplicate' })
          .select('id')
      ).map((d: { id: string }) => d.id);
      family.push(...frontier);
    }
    const strays = (table: string) =>
      trx(table)
        .whereIn('merged_from', family)
        .whereNotIn('finding_id', family);
    const copies: Array<{ finding_id: string; minutes_lost: number }> =
      await strays('finding_me_toos').select('finding_id', 'minutes_lost');
    const images: Array<{ finding_id: string }> = await strays(
      'finding_attachments',
    ).select('finding_id');
    await strays('finding_me_toos').delete();
    // Its own images lose their origin; its duplicates' keep theirs.
    await strays('finding_attachments').update({
      finding_id: row.id,
      merged_from: trx.raw(
        'case when merged_from = ? then null else merged_from end',
        [row.id],
      ),
    });
    const holders = new Set([
      ...copies.map(c => c.finding_id),
      ...images.map(i => i.finding_id),
    ]);
    for (const holder of holders) {
      const taken = copies.filter(c => c.finding_id === holder);
      const imageCount = images.filter(i => i.finding_id === holder).length;
      await trx('findings')
        .where({ id: holder })
        .update({
          me_too_count: trx.raw('me_too_count - ?', [taken.length]),
          total_minutes_lost: trx.raw('total_minutes_lost - ?', [
            taken.reduce((sum, c) => sum + Number(c.minutes_lost), 0),
          ]),
          updated_at: at,
        });
      await trx('finding_events').insert({
        finding_id: holder,
        actor_ref: change.actorRef,
        at,
        action: 'unmerge',
        note: `${row.id} (${row.title}) reopened; ${[
          taken.length && `${taken.length} reporter(s)`,
          imageCount && `${imageCount} image(s)`,
        ]
          .filter(Boolean)
          .join(' and ')} went back to it`,
      });
    }
  }

  async addComment(
    id: string,
    authorRef: string,
    body: string,
    now: Date,
  ): Promise<FindingComment> {
    const at = now.toISOString();
    const commentId = await this.db.transaction(async trx => {
      const row = await trx('findings').where({ id }).first();
      if (!row) throw new NotFoundError(`There is no finding ${id}`);
      const [inserted] = await trx('finding_comments')
        .insert({ finding_id: id, author_ref: authorRef, body, created_at: at })
        .returning('id');
      await trx('findings')
        .where({ id })
        .increment('comment_count', 1)
        .update({ updated_at: at });
      await trx('finding_events').insert({
        finding_id: id,
        actor_ref: authorRef,
        at,
        action: 'comment',
      });
      return typeof inserted === 'object' ? inserted.id : inserted;
    });
    return {
      id: Number(commentId),
      findingId: id,
      authorRef,
      body,
      createdAt: at,
    };
  }

  async addMeToo(
    id: string,
    meToo: { userRef: string; minutesLost: number; note?: string },
    now: Date,
  ) {
    const at = now.toISOString();
    try {
      await this.db.transaction(async trx => {
        await this.addMeTooIn(trx, id, meToo, at);
      });
    } catch (error) {
      // The same person twice at once: the other request's "me too" stands.
      if (
        !(error instanceof ConflictError || error instanceof NotFoundError) &&
        (await this.db('finding_me_toos')
          .where({ finding_id: id, user_ref: meToo.userRef })
          .first())
      )
        throw new ConflictError(SAID_ALREADY);
      throw error;
    }
    return (await this.get(id))!;
  }

  private async addMeTooIn(
    trx: Knex.Transaction,
    id: string,
    meToo: { userRef: string; minutesLost: number; note?: string },
    at: string,
  ) {
    const row = await trx('findings').where({ id }).first();
    if (!row) throw new NotFoundError(`There is no finding ${id}`);
    if (row.reporter_ref === meToo.userRef)
      throw new ConflictError(
        'You filed this finding; edit your minutes lost there instead',
      );
    if (row.status === 'duplicate')
      throw new ConflictError(
        `This finding is a duplicate of ${row.duplicate_of}; say "me too" there`,
      );
    if (!OPEN_STATUSES.includes(row.status))
      throw new ConflictError(
        `This finding is ${row.status}; if the friction is still there, file a new finding`,
      );
    if (
      await trx('finding_me_toos')
        .where({ finding_id: id, user_ref: meToo.userRef })
        .first()
    )
      throw new ConflictError(SAID_ALREADY);
    await trx('finding_me_toos').insert({
      finding_id: id,
      user_ref: meToo.userRef,
      minutes_lost: meToo.minutesLost,
      note: meToo.note ?? null,
      created_at: at,
    });
    // Counted in the database, so that two at once both count; and only
    // while the finding is still open.
    const counted = await trx('findings')
      .where({ id })
      .whereIn('status', OPEN_STATUSES)
      .update({
        me_too_count: trx.raw('me_too_count + 1'),
        total_minutes_lost: trx.raw('total_minutes_lost + ?', [
          meToo.minutesLost,
        ]),
        updated_at: at,
      });
    if (counted !== 1)
      throw new ConflictError(`Finding ${id} was closed meanwhile; reload it`);
    await trx('finding_events').insert({
      finding_id: id,
      actor_ref: meToo.userRef,
      at,
      action: 'me-too',
      note: `${meToo.minutesLost} minutes lost`,
    });
  }

  async markWarned(id: string, clock: 'triage' | 'resolve', now: Date) {
    await this.db('findings')
      .where({ id })
      .update({ [`${clock}_warned_at`]: now.toISOString() });
  }

  async history(id: string): Promise<FindingEvent[]> {
    const rows = await this.db('finding_events')
      .where({ finding_id: id })
      .orderBy('id');
    return rows.map((r: any) => ({
      id: Number(r.id),
      findingId: r.finding_id,
      actorRef: r.actor_ref,
      at: iso(r.at)!,
      action: r.action,
      fromStatus: text(r.from_status) as Status | undefined,
      toStatus: text(r.to_status) as Status | undefined,
      note: text(r.note),
    }));
  }

  async comments(id: string): Promise<FindingComment[]> {
    const rows = await this.db('finding_comments')
      .where({ finding_id: id })
      .orderBy('id');
    return rows.map((r: any) => ({
      id: Number(r.id),
      findingId: r.finding_id,
      authorRef: r.author_ref,
      body: r.body,
      createdAt: iso(r.created_at)!,
    }));
  }

  async meToos(id: string): Promise<MeTooRecord[]> {
    const rows = await this.db('finding_me_toos')
      .where({ finding_id: id })
      .orderBy('created_at');
    return rows.map((r: any) => ({
      userRef: r.user_ref,
      minutesLost: Number(r.minutes_lost),
      note: text(r.note),
      createdAt: iso(r.created_at)!,
      ...(r.merged_from && { mergedFrom: r.merged_from }),
      ...(r.reporter_hidden !== null && {
        reporterHidden: Boolean(r.reporter_hidden),
      }),
    }));
  }
}
