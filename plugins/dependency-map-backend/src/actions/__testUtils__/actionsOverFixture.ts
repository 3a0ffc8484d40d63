import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  actionsRegistryServiceMock,
  MockActionsRegistry,
} from '@backstage/backend-test-utils/alpha';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  CatalogSnapshotService,
  CatalogVisibility,
  createCatalogSnapshot,
  FIELDS_FOR_PERMISSIONS,
} from '@internal/plugin-fitsys-node';
import { JsonObject } from '@backstage/types';
import { fixtureCatalog, FIXTURE_SETTINGS } from '../../__testUtils__/fixture';
import {
  DEPENDENCY_MAP_FIELDS,
  DEPENDENCY_MAP_KINDS,
  DependencyMapService,
} from '../../service/DependencyMapService';
import { registerActions } from '../index';

/** The team whose entities the outsider may not see. */
export const HIDDEN_TEAM = 'group:default/team-b';
/** A caller whose catalog view leaves out the hidden team's entities. */
export const OUTSIDER = mockCredentials.user('user:default/outsider');
/** A caller who sees the whole catalog. */
export const INSIDER = mockCredentials.user('user:default/insider');

/**
 * The dependency map's actions over the fixture, answered through the same
 * per-caller visibility as in the backend: the catalog's own permission
 * rules applied to an in-memory snapshot.
 */
export function actionsOverFixture() {
  const snapshot = createCatalogSnapshot(fixtureCatalog(), {
    generation: 1,
    readAt: new Date('2026-01-05T09:00:00Z'),
    readMs: 0,
    kinds: DEPENDENCY_MAP_KINDS,
    fields: [...new Set([...DEPENDENCY_MAP_FIELDS, ...FIELDS_FOR_PERMISSIONS])],
  });
  const permissions = mockServices.permissions.mock({
    authorizeConditional: (async (
      requests: Array<{ permission: any }>,
      options: { credentials: BackstageCredentials },
    ) =>
      requests.map(({ permission }) =>
        options.credentials === OUTSIDER
          ? createCatalogConditionalDecision(permission, {
              not: catalogConditions.isEntityOwner({ claims: [HIDDEN_TEAM] }),
            })
          : { result: AuthorizeResult.ALLOW },
      )) as any,
  });
  const visibility = new CatalogVisibility({
    permissions,
    readVisibleRefs: async () => {
      throw new Error('the catalog rules apply in memory; nothing to read');
    },
  });
  const snapshots: CatalogSnapshotService = {
    declare() {},
    get: async () => snapshot,
    viewFor: credentials => visibility.view(snapshot, credentials),
    refresh: async () => snapshot,
    onSnapshot: () => () => {},
    status: () => ({ entityCount: snapshot.entities.length, generation: 1 }),
  };
  const service = new DependencyMapService({
    snapshots,
    logger: mockServices.logger.mock(),
    settings: FIXTURE_SETTINGS,
  });
  const registry: MockActionsRegistry = actionsRegistryServiceMock();
  registerActions(registry, service);

  /** Invokes an action as a caller (the insider unless told). */
  const invoke = async (
    name: string,
    input: JsonObject,
    credentials: BackstageCredentials = INSIDER,
  ) =>
    (await registry.invoke({ id: `test:${name}`, input, credentials }))
      .output as any;

  return { registry, service, invoke };
}

/** The error an invocation fails with. */
export async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the action to fail, but it answered');
}
