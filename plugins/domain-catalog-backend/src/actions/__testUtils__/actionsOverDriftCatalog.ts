import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  actionsRegistryServiceMock,
  MockActionsRegistry,
} from '@backstage/backend-test-utils/alpha';
import { Entity } from '@backstage/catalog-model';
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
  resolveRef,
} from '@internal/plugin-fitsys-node';
import { JsonObject } from '@backstage/types';
import { driftCatalog } from '../../__testUtils__/driftCatalog';
import {
  DOMAIN_CATALOG_FIELDS,
  DOMAIN_CATALOG_KINDS,
  DomainCatalogService,
} from '../../service/DomainCatalogService';
import { registerActions } from '../index';

/** The team whose entities the outsider may not see: it owns the ledger context. */
export const HIDDEN_TEAM = 'group:default/ledger-team';
/** A caller whose catalog view leaves out the hidden team's entities. */
export const OUTSIDER = mockCredentials.user('user:default/outsider');
/** A caller who sees the whole catalog. */
export const INSIDER = mockCredentials.user('user:default/insider');

/** The drift catalog with the owner relations the catalog would record. */
function catalog(): Entity[] {
  return driftCatalog().map((entity): Entity => {
    const owner = resolveRef(entity.spec?.owner, 'group');
    return {
      ...entity,
      relations: [
        ...(entity.relations ?? []),
        ...(owner ? [{ type: 'ownedBy', targetRef: owner }] : []),
      ],
    };
  });
}

/**
 * The domain catalog's actions over the drift catalog, answered through the
 * same per-caller visibility as in the backend: the catalog's own permission
 * rules applied to an in-memory snapshot. The outsider's policy hides what
 * the ledger team owns.
 */
export function actionsOverDriftCatalog() {
  const snapshot = createCatalogSnapshot(catalog(), {
    generation: 1,
    readAt: new Date('2026-01-05T09:00:00Z'),
    readMs: 0,
    kinds: DOMAIN_CATALOG_KINDS,
    fields: [...new Set([...DOMAIN_CATALOG_FIELDS, ...FIELDS_FOR_PERMISSIONS])],
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
  const service = new DomainCatalogService({
    snapshots,
    logger: mockServices.logger.mock(),
    settings: {
      drift: {
        undeclaredCouplingExemptions: ['boundedcontext:default/runtime'],
        sharedResourceTypes: ['database'],
      },
    },
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
