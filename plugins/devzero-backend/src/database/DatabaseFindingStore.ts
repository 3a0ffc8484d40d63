import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import {
  FindingFilter,
  FindingQuery,
  FindingStore,
  NewFinding,
  SlaJudgement,
  SortedFindingFilter,
  TriageChange,
} from './FindingStore';
import { aggregateFindings } from './operations/aggregates';
import { addComment, readComments } from './operations/comments';
import { fileFinding, getFinding, getFindings } from './operations/filing';
import { frictionByEntity } from './operations/friction';
import { readHistory } from './operations/history';
import {
  COUNT_LIMIT,
  listAllFindings,
  listFindings,
} from './operations/listing';
import { addMeToo, NewMeToo, readMeToos } from './operations/meToos';
import { openOwners, rerouteFindings } from './operations/owners';
import { markWarned } from './operations/slaWarnings';
import { triageFinding } from './operations/triage';
import { isSqlite, tuneSqlite } from './sqlite';

export { COUNT_LIMIT };

const migrationsDir = resolvePackagePath(
  '@internal/plugin-devzero-backend',
  'migrations',
);

/**
 * Findings in the plugin's database (SQLite or PostgreSQL) through knex: a
 * facade over the operations in `./operations`, one file per area, on the
 * rows typed in `./tables`.
 */
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
    if (isSqlite(client)) await tuneSqlite(client);
    return new DatabaseFindingStore(client, options.countLimit);
  }

  constructor(
    private readonly knex: Knex,
    private readonly countLimit = COUNT_LIMIT,
  ) {}

  file(finding: NewFinding, now: Date) {
    return fileFinding({ knex: this.knex, finding, now });
  }

  get(id: string) {
    return getFinding({ knex: this.knex, id });
  }

  getMany(ids: string[]) {
    return getFindings({ knex: this.knex, ids });
  }

  list(query: FindingQuery) {
    return listFindings({
      knex: this.knex,
      query,
      countLimit: this.countLimit,
    });
  }

  listAll(query: SortedFindingFilter) {
    return listAllFindings({ knex: this.knex, query });
  }

  aggregate(filter: FindingFilter, sla: SlaJudgement) {
    return aggregateFindings({ knex: this.knex, filter, sla });
  }

  frictionByEntity(filter: FindingFilter) {
    return frictionByEntity({ knex: this.knex, filter });
  }

  triage(id: string, change: TriageChange, now: Date) {
    return triageFinding({ knex: this.knex, id, change, now });
  }

  addComment(id: string, authorRef: string, body: string, now: Date) {
    return addComment({ knex: this.knex, findingId: id, authorRef, body, now });
  }

  addMeToo(id: string, meToo: NewMeToo, now: Date) {
    return addMeToo({ knex: this.knex, findingId: id, meToo, now });
  }

  openOwners() {
    return openOwners({ knex: this.knex });
  }

  reroute(
    entityRef: string,
    fromOwnerRef: string,
    toOwnerRef: string,
    actorRef: string,
    now: Date,
  ) {
    return rerouteFindings({
      knex: this.knex,
      entityRef,
      fromOwnerRef,
      toOwnerRef,
      actorRef,
      now,
    });
  }

  markWarned(id: string, clock: 'triage' | 'resolve', now: Date) {
    return markWarned({ knex: this.knex, findingId: id, clock, now });
  }

  history(id: string) {
    return readHistory({ knex: this.knex, findingId: id });
  }

  comments(id: string) {
    return readComments({ knex: this.knex, findingId: id });
  }

  meToos(id: string) {
    return readMeToos({ knex: this.knex, findingId: id });
  }
}
