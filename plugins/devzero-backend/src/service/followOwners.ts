import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { FindingStore } from '../database/FindingStore';
import { FindingNotifier } from './FindingNotifier';
import { ownerOf } from './owners';

/** How many entities one catalog request asks for. */
const BATCH = 500;

/** Who the history says moved a finding to its entity's new owner. */
export const REROUTED_BY = 'The catalog';

/**
 * Routes open findings to their entity's owner now: when the catalog says
 * an entity changed hands, its open findings go with it (each with a
 * history entry) and the new owners are told once per entity. Closed
 * findings stay with the team that handled them. An entity gone from the
 * catalog, or left without an owner, keeps its findings where they are.
 * Returns how many findings moved.
 */
export async function followOwners(
  deps: {
    store: FindingStore;
    catalog: CatalogService;
    auth: AuthService;
    notifier?: FindingNotifier;
    logger: LoggerService;
  },
  now: Date,
) {
  const routed = await deps.store.openOwners();
  const refs = [...new Set(routed.map(r => r.entityRef))];
  const credentials = await deps.auth.getOwnServiceCredentials();
  const owners = new Map<string, string | undefined>();
  for (let i = 0; i < refs.length; i += BATCH) {
    const batch = refs.slice(i, i + BATCH);
    const { items } = await deps.catalog.getEntitiesByRefs(
      {
        entityRefs: batch,
        fields: ['kind', 'metadata.namespace', 'spec.owner', 'relations'],
      },
      { credentials },
    );
    batch.forEach((ref, j) => {
      const entity = items[j];
      owners.set(ref, entity ? ownerOf(entity) : undefined);
    });
  }
  let moved = 0;
  for (const { entityRef, ownerRef } of routed) {
    const owner = owners.get(entityRef);
    if (!owner || owner === ownerRef) continue;
    const count = await deps.store.reroute(
      entityRef,
      ownerRef,
      owner,
      REROUTED_BY,
      now,
    );
    if (count === 0) continue;
    moved += count;
    deps.logger.info(
      `Moved ${count} open finding(s) on ${entityRef} from ${ownerRef} to ${owner}, its owner in the catalog`,
    );
    await deps.notifier?.rerouted(entityRef, ownerRef, owner, count);
  }
  return moved;
}
