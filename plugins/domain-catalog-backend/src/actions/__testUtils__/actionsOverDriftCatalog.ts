import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import {
  actionsRegistryServiceMock,
  MockActionsRegistry,
} from '@backstage/backend-test-utils/alpha';
import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import { resolveRef } from '@internal/plugin-fitsys-node';
import {
  INSIDER,
  inMemorySnapshots,
} from '@internal/plugin-fitsys-node/testUtils';
import { driftCatalog } from '../../__testUtils__/driftCatalog';
import {
  DOMAIN_CATALOG_FIELDS,
  DOMAIN_CATALOG_KINDS,
  DomainCatalogService,
} from '../../service/DomainCatalogService';
import { registerActions } from '../index';

/** The team whose entities the outsider may not see: it owns the ledger context. */
export const HIDDEN_TEAM = 'group:default/ledger-team';
export {
  failureOf,
  INSIDER,
  OUTSIDER,
} from '@internal/plugin-fitsys-node/testUtils';

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
  const snapshots = inMemorySnapshots({
    entities: catalog(),
    hiddenOwner: HIDDEN_TEAM,
    kinds: DOMAIN_CATALOG_KINDS,
    fields: DOMAIN_CATALOG_FIELDS,
  });
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
