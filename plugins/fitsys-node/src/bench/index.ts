// What every bench script of the Fit Systems backends needs besides the load
// harness (../load): its numeric options, the heap after a collection, and
// figures printed as people read them; a catalog everyone sees whole and a
// caller, for the benches that serve a plugin's router without the portal.

import {
  BackstageCredentials,
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  CatalogSnapshot,
  CatalogSnapshotService,
  CatalogView,
} from '../catalog';

/**
 * The number given as `--<name> <value>` on the command line, or `fallback`.
 *
 * @public
 */
export function benchArg(
  name: string,
  fallback: number,
  argv: readonly string[] = process.argv,
): number {
  const at = argv.indexOf(`--${name}`);
  return at > 0 ? Number(argv[at + 1]) : fallback;
}

/**
 * The heap in use, in MiB, after two collections when node runs with
 * `--expose-gc` (without it, as it stands).
 *
 * @public
 */
export function heapUsedMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/**
 * A figure with thousands separators and at most `digits` decimals
 * (`12,345.6`).
 *
 * @public
 */
export function formatFigure(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/**
 * The median of values in any order (the upper one of an even count); the
 * list is not changed.
 *
 * @public
 */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/**
 * A catalog snapshot service over one snapshot that every caller sees whole:
 * the benches' catalog, so that their figures are the plugin's own (the
 * visibility rules are measured where they run, in the portal's bench).
 *
 * @public
 */
export function wholeCatalogSnapshots(
  snapshot: CatalogSnapshot,
): CatalogSnapshotService {
  const view: CatalogView = {
    snapshot,
    all: true,
    entities: snapshot.entities,
    isVisible: () => true,
    key: 'all',
  };
  return {
    declare() {},
    get: async () => snapshot,
    viewFor: async () => view,
    refresh: async () => snapshot,
    onSnapshot: () => () => {},
    status: () => ({
      readAt: snapshot.readAt.toISOString(),
      ageSeconds: 0,
      entityCount: snapshot.entities.length,
      generation: snapshot.generation,
    }),
  };
}

/**
 * The benches' caller (`user:default/bench`), and an HTTP auth service that
 * takes every request as theirs: token checks are not in a plugin bench's
 * figures.
 *
 * @public
 */
export function benchCaller(): {
  credentials: BackstageCredentials;
  httpAuth: HttpAuthService;
} {
  const credentials = {
    $$type: '@backstage/BackstageCredentials',
    principal: { type: 'user', userEntityRef: 'user:default/bench' },
  } as BackstageCredentials;
  const httpAuth = {
    credentials: async () => credentials,
  } as unknown as HttpAuthService;
  return { credentials, httpAuth };
}

/**
 * A logger for a bench's services: warnings and errors on the console, the
 * rest dropped (a line a request would measure the console).
 *
 * @public
 */
export function benchLogger(options: { errors?: boolean } = {}): LoggerService {
  const logger: LoggerService = {
    debug() {},
    info() {},
    warn: console.warn,
    error: options.errors === false ? () => {} : console.error,
    child: () => logger,
  };
  return logger;
}

/**
 * A ref as the catalog completes it from a spec field: the kind given when
 * the value has none, the default namespace, lower case.
 *
 * @public
 */
export function catalogRef(value: unknown, kind: string): string {
  const text = String(value);
  const withKind = text.includes(':') ? text : `${kind}:${text}`;
  return (
    withKind.includes('/') ? withKind : withKind.replace(':', ':default/')
  ).toLowerCase();
}

/**
 * An entity with the relations the catalog would record from its spec
 * fields (owner, system, domain, dependsOn, APIs, memberOf, parent), one
 * way: what the benches' generated entities lack until the catalog has
 * processed them.
 *
 * @public
 */
export function withCatalogRelations(entity: Entity): Entity {
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const relations: { type: string; targetRef: string }[] = [];
  const add = (type: string, values: unknown, kind: string) => {
    for (const v of [values].flat())
      if (typeof v === 'string')
        relations.push({ type, targetRef: catalogRef(v, kind) });
  };
  add('ownedBy', spec.owner, 'group');
  add('partOf', spec.system, 'system');
  add('partOf', spec.domain, 'domain');
  add('dependsOn', spec.dependsOn, 'component');
  add('consumesApi', spec.consumesApis, 'api');
  add('providesApi', spec.providesApis, 'api');
  add('memberOf', spec.memberOf, 'group');
  add('childOf', spec.parent, 'group');
  return { ...entity, relations };
}
