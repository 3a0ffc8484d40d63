import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { permissionRules } from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  PermissionCriteria,
  PermissionCondition,
} from '@backstage/plugin-permission-common';
import { PermissionRule } from '@backstage/plugin-permission-node';
import { createHash } from 'crypto';
import { CatalogSnapshot } from './CatalogSnapshot';

/** What one caller may see of the shared snapshot. */
export interface CatalogView {
  readonly snapshot: CatalogSnapshot;
  /** Whether the caller sees every entity of the snapshot. */
  readonly all: boolean;
  /** The entities the caller sees. */
  readonly entities: readonly Entity[];
  /** Whether the caller sees the entity of this lower-case ref. */
  isVisible(ref: string): boolean;
  /**
   * The same for every caller who sees the same entities of the same
   * snapshot: key what is derived from a view by it.
   */
  readonly key: string;
}

/** Reads the refs a caller may see straight from the catalog, for rules the snapshot cannot apply. */
export type VisibleRefsReader = (
  credentials: BackstageCredentials,
  kinds: readonly string[] | undefined,
) => Promise<Set<string>>;

/** The catalog's own rules by the names decisions use (`IS_ENTITY_OWNER`). */
const CATALOG_RULES = new Map(
  Object.values(
    permissionRules as Record<
      string,
      PermissionRule<Entity, unknown, string, any>
    >,
  ).map(rule => [rule.name, rule]),
);

/** How deep a policy's criteria may nest to be applied in memory. */
const MAX_CRITERIA_DEPTH = 64;

type EntityTest = (entity: Entity) => boolean;

/** A rule's parameters as its schema reads them (zod, or a standard schema that answers at once). */
function checkedParams(
  schema: unknown,
  params: unknown,
): { ok: true; value: any } | { ok: false } {
  if (!schema) return { ok: true, value: params };
  const zod = schema as { safeParse?: (v: unknown) => any };
  if (typeof zod.safeParse === 'function') {
    const result = zod.safeParse(params);
    return result.success ? { ok: true, value: result.data } : { ok: false };
  }
  const standard = (schema as { '~standard'?: { validate(v: unknown): any } })[
    '~standard'
  ];
  const result = standard?.validate(params);
  if (!result || typeof result.then === 'function' || result.issues) {
    return { ok: false };
  }
  return { ok: true, value: result.value };
}

/**
 * Turns a decision's criteria into one test of an entity, validating each
 * rule's parameters once rather than once per entity (what the permission
 * framework's authorizer does, 50,000 times over). Undefined when a rule is
 * not one of the catalog's or the criteria nest deeper than any policy would.
 */
function compile(
  criteria: PermissionCriteria<PermissionCondition>,
  depth = 0,
): EntityTest | undefined {
  if (depth > MAX_CRITERIA_DEPTH) return undefined;
  if ('allOf' in criteria || 'anyOf' in criteria) {
    const parts = ('allOf' in criteria ? criteria.allOf : criteria.anyOf).map(
      c => compile(c, depth + 1),
    );
    if (parts.some(p => !p)) return undefined;
    const tests = parts as EntityTest[];
    return 'allOf' in criteria
      ? e => tests.every(t => t(e))
      : e => tests.some(t => t(e));
  }
  if ('not' in criteria) {
    const inner = compile(criteria.not, depth + 1);
    return inner && (e => !inner(e));
  }
  const rule = CATALOG_RULES.get(criteria.rule);
  if (!rule) return undefined;
  const params = checkedParams(rule.paramsSchema, criteria.params ?? {});
  if (!params.ok) return undefined;
  return e => rule.apply(e, params.value);
}

/** The names of the rules a criteria uses, walked with a stack (a policy may nest deeply). */
function rulesOf(
  criteria: PermissionCriteria<PermissionCondition>,
): Set<string> {
  const names = new Set<string>();
  const stack: PermissionCriteria<PermissionCondition>[] = [criteria];
  while (stack.length) {
    const c = stack.pop()!;
    if ('allOf' in c) stack.push(...c.allOf);
    else if ('anyOf' in c) stack.push(...c.anyOf);
    else if ('not' in c) stack.push(c.not);
    else names.add(c.rule);
  }
  return names;
}

/** Rules the snapshot's fields cannot answer: those that read the spec when it was not read. */
function canApplyInMemory(
  criteria: PermissionCriteria<PermissionCondition>,
  snapshot: CatalogSnapshot,
): boolean {
  const fields = new Set(snapshot.fields);
  for (const name of rulesOf(criteria)) {
    if (!CATALOG_RULES.has(name)) return false;
    if (name === permissionRules.hasSpec.name && !fields.has('spec')) {
      return false;
    }
  }
  return true;
}

const hash = (text: string) =>
  createHash('sha256').update(text).digest('base64url').slice(0, 22);

function fullView(snapshot: CatalogSnapshot): CatalogView {
  return {
    snapshot,
    all: true,
    entities: snapshot.entities,
    isVisible: ref => snapshot.byRef.has(ref),
    key: `${snapshot.generation}:all`,
  };
}

function partialView(
  snapshot: CatalogSnapshot,
  visible: Set<string>,
  key: string,
): CatalogView {
  const entities: Entity[] = [];
  for (const [ref, entity] of snapshot.byRef) {
    if (visible.has(ref)) entities.push(entity);
  }
  return {
    snapshot,
    all: entities.length === snapshot.entities.length,
    entities,
    isVisible: ref => visible.has(ref),
    key: `${snapshot.generation}:${key}`,
  };
}

/**
 * Shows each caller only the entities of the snapshot that the catalog would
 * show them. The caller's catalog read permission is authorized; an allow
 * shows everything, a deny nothing, and a conditional decision is applied
 * entity by entity with the catalog's own permission rules (their `apply`,
 * with parameters checked once). A decision using
 * a rule the catalog module does not ship (a custom rule) is answered by
 * asking the catalog itself which entities the caller sees.
 */
export class CatalogVisibility {
  /** Views of conditional decisions, newest last, so the oldest go first. */
  private readonly cache = new Map<string, CatalogView>();

  constructor(
    private readonly deps: {
      permissions: PermissionsService;
      readVisibleRefs: VisibleRefsReader;
      /** How many conditional views are kept (default 50). */
      cacheSize?: number;
    },
  ) {}

  async view(
    snapshot: CatalogSnapshot,
    credentials: BackstageCredentials,
  ): Promise<CatalogView> {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) return fullView(snapshot);
    if (decision.result === AuthorizeResult.DENY) {
      return partialView(snapshot, new Set(), 'none');
    }
    const conditions = (
      decision as { conditions: PermissionCriteria<PermissionCondition> }
    ).conditions;
    const test = canApplyInMemory(conditions, snapshot)
      ? compile(conditions)
      : undefined;
    const inMemory = test !== undefined;
    const principal = JSON.stringify(credentials.principal ?? null);
    // A catalog read answers for this caller alone; in-memory rules answer
    // for everyone who gets the same conditions.
    const key = hash(
      JSON.stringify(conditions) + (inMemory ? '' : `|${principal}`),
    );
    const cacheKey = `${snapshot.generation}:${key}`;
    const cached = this.cache.get(cacheKey);
    if (cached) {
      this.cache.delete(cacheKey);
      this.cache.set(cacheKey, cached);
      return cached;
    }
    let visible: Set<string>;
    if (test) {
      visible = new Set();
      for (const [ref, entity] of snapshot.byRef) {
        if (test(entity)) visible.add(ref);
      }
    } else {
      visible = await this.deps.readVisibleRefs(credentials, snapshot.kinds);
    }
    const view = partialView(snapshot, visible, key);
    this.cache.set(cacheKey, view);
    const max = this.deps.cacheSize ?? 50;
    for (const [old, oldView] of this.cache) {
      // Views of older snapshots are never asked for again.
      if (oldView.snapshot.generation < snapshot.generation) {
        this.cache.delete(old);
      }
    }
    for (const old of this.cache.keys()) {
      if (this.cache.size <= max) break;
      this.cache.delete(old);
    }
    return view;
  }
}
