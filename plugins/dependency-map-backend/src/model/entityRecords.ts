import { Entity } from '@backstage/catalog-model';
import {
  AnnotationProblem,
  DependencyFacts,
  parseDependencyAnnotations,
} from '@internal/plugin-dependency-map-common';
import { entityRef, quickRef, zoneId } from './refs';

/** The kinds that become nodes of the graph. */
export const GRAPH_KINDS = ['component', 'api', 'resource', 'system'] as const;

/** Cron jobs that fire more often than this a day get no schedule slot. */
export const MAX_SLOT_FIRINGS_PER_DAY = 24;

const KIND_INDEX = new Map<string, number>(GRAPH_KINDS.map((k, i) => [k, i]));
const KIND_SYSTEM = KIND_INDEX.get('system')!;

const SPEC_EDGES: Array<[string, string, 'needs' | 'neededBy']> = [
  ['dependsOn', 'component', 'needs'],
  ['consumesApis', 'api', 'needs'],
  ['providesApis', 'api', 'neededBy'],
];
const RELATION_EDGES = new Map<string, 'needs' | 'neededBy'>([
  ['dependsOn', 'needs'],
  ['consumesApi', 'needs'],
  ['providesApi', 'neededBy'],
  ['dependencyOf', 'neededBy'],
  ['apiConsumedBy', 'neededBy'],
  ['apiProvidedBy', 'needs'],
  ['hasPart', 'needs'],
  ['partOf', 'neededBy'],
]);

/** Shared by every record without problems; never added to. */
const NO_PROBLEMS: AnnotationProblem[] = [];

/**
 * What one entity brings to the graph, read from that entity alone (so it
 * can be kept between snapshots while the entity does not change): its
 * ref, kind and label, the owner and system it names, the refs of its
 * edges (resolved to nodes only when the graph is built, since what a ref
 * names depends on the other entities) and its parsed annotations.
 * Read-only: one record serves every analysis that reads the entity.
 */
export interface EntityRecord {
  readonly ref: string;
  /** Index into GRAPH_KINDS. */
  readonly kind: number;
  readonly label: string;
  readonly ownerRef?: string;
  /** The system it is part of (a system's own spec.system is not read). */
  readonly systemRef?: string;
  /** For a system: the domain its spec names. */
  readonly domainRef?: string;
  /** Refs of what it needs (edges out) and of what needs it (edges in). */
  readonly needs: readonly string[];
  readonly neededBy: readonly string[];
  /** What its annotations declare, or undefined when nothing. */
  readonly facts?: DependencyFacts;
  readonly problems: AnnotationProblem[];
  /** The shared facts it runs on, as the graph names them. */
  readonly zone?: string;
  readonly libraries: readonly string[];
  /** Minutes of the day its cron jobs fire at, job by job (frequent jobs left out). */
  readonly slots: readonly number[];
}

/** Whether the annotations declare anything at all. */
function declaresAnything(f: DependencyFacts): boolean {
  return Boolean(
    f.region ||
      f.cluster ||
      f.zones.length ||
      f.baseImage ||
      f.libraries.length ||
      f.schedules.length ||
      f.tier ||
      f.availability ||
      f.replicas ||
      f.capacity ||
      f.peakLoad ||
      f.journeys.length,
  );
}

/** A string as given: for reading without a table of shared strings. */
const asIs = <T extends string | undefined>(value: T) => value;

/**
 * The record of an entity, or undefined for a kind the graph leaves out.
 * `share` may answer an equal string already held, so that the refs many
 * records name (a shared database, a team) are held once.
 */
export function readEntity(
  entity: Entity,
  share: <T extends string | undefined>(value: T) => T = asIs,
): EntityRecord | undefined {
  const kind = KIND_INDEX.get(entity.kind.toLowerCase());
  if (kind === undefined) return undefined;
  const ref = share(entityRef(entity));
  const isSystem = kind === KIND_SYSTEM;
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  let ownerRef = share(quickRef(spec.owner, 'group'));
  let systemRef = isSystem ? undefined : share(quickRef(spec.system, 'system'));
  const needs: string[] = [];
  const neededBy: string[] = [];
  const relations = entity.relations ?? [];
  // The catalog records a relation for each of these spec fields: read the
  // spec only where it has not (entities not from the catalog).
  let recorded = false;
  for (let r = 0; r < relations.length && !recorded; r++) {
    recorded = RELATION_EDGES.has(relations[r].type);
  }
  if (!recorded) {
    for (const [field, defaultKind, direction] of SPEC_EDGES) {
      const values = spec[field];
      if (!Array.isArray(values)) continue;
      const list = direction === 'needs' ? needs : neededBy;
      const n = Math.min(values.length, 10_000);
      for (let i = 0; i < n; i++) {
        const target = share(quickRef(values[i], defaultKind));
        if (target !== undefined) list.push(target);
      }
    }
  }
  for (let r = 0; r < relations.length; r++) {
    const relation = relations[r];
    const target = share(relation.targetRef?.toLowerCase());
    const type = relation.type;
    if (type === 'ownedBy') ownerRef ??= target;
    if (type === 'partOf' && target?.startsWith('system:')) {
      systemRef ??= target;
    }
    const direction = RELATION_EDGES.get(type);
    if (direction && target !== undefined) {
      (direction === 'needs' ? needs : neededBy).push(target);
    }
  }
  if (systemRef) neededBy.push(systemRef);

  const parsed = parseDependencyAnnotations(entity.metadata.annotations);
  const f = parsed.facts;
  const declared = declaresAnything(f);
  const slots: number[] = [];
  if (declared) {
    for (const schedule of f.schedules) {
      if (schedule.minutesOfDay.length > MAX_SLOT_FIRINGS_PER_DAY) continue;
      for (const minute of schedule.minutesOfDay) slots.push(minute);
    }
  }
  return {
    ref,
    kind,
    label: entity.metadata.title ?? entity.metadata.name,
    ownerRef,
    systemRef,
    domainRef: isSystem ? share(quickRef(spec.domain, 'domain')) : undefined,
    needs,
    neededBy,
    facts: declared ? f : undefined,
    problems: parsed.problems.length ? parsed.problems : NO_PROBLEMS,
    // Replicas spread over several zones do not fail with one of them.
    zone:
      declared && f.zones.length === 1
        ? zoneId(f.zones[0], f.region)
        : undefined,
    libraries: declared
      ? f.libraries.map(lib => `${lib.name}@${lib.version}`)
      : [],
    slots,
  };
}

/**
 * Entity records kept between snapshots, keyed by the entity's uid and
 * valid while its etag is the same (the catalog gives an entity a new etag
 * whenever anything in it changes, relations included), so that a new
 * snapshot re-reads only the entities that are new or changed. Entities
 * without a uid or an etag (not from the catalog) are read every time.
 */
export class EntityRecordCache {
  private entries = new Map<
    string,
    { etag: string; record: EntityRecord | undefined }
  >();
  /** Entities read (not found, or changed) by the last `recordsOf`. */
  lastRead = 0;
  /**
   * One copy of each ref the records name. Refs of entities gone stay in
   * it until it holds more than twice as many strings as there are
   * records; then it starts afresh (records keep the strings they hold).
   */
  private strings = new Map<string, string>();
  private readonly share = <T extends string | undefined>(value: T): T => {
    if (value === undefined) return value;
    const held = this.strings.get(value);
    if (held !== undefined) return held as T;
    this.strings.set(value, value);
    return value;
  };

  /** How many entities have a record kept. */
  get size(): number {
    return this.entries.size;
  }

  /**
   * The records of the entities, in their order (undefined for kinds the
   * graph leaves out). When `complete` (the entities are a whole snapshot),
   * records of entities no longer in it are dropped; a part of a snapshot
   * (what one caller sees) adds to the records and drops none.
   */
  recordsOf(
    entities: readonly Entity[],
    complete: boolean,
  ): Array<EntityRecord | undefined> {
    const kept = complete
      ? new Map<string, { etag: string; record: EntityRecord | undefined }>()
      : this.entries;
    const records = new Array<EntityRecord | undefined>(entities.length);
    let read = 0;
    for (let i = 0; i < entities.length; i++) {
      const entity = entities[i];
      const { uid, etag } = entity.metadata;
      if (!uid || !etag) {
        records[i] = readEntity(entity, this.share);
        read++;
        continue;
      }
      let entry = this.entries.get(uid);
      if (!entry || entry.etag !== etag) {
        entry = { etag, record: readEntity(entity, this.share) };
        read++;
      }
      kept.set(uid, entry);
      records[i] = entry.record;
    }
    this.entries = kept;
    this.lastRead = read;
    if (complete && this.strings.size > 2 * Math.max(1024, kept.size)) {
      this.strings = new Map();
    }
    return records;
  }
}
