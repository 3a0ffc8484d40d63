import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  CatalogSnapshotService,
  CatalogVisibility,
  createCatalogSnapshot,
  FIELDS_FOR_PERMISSIONS,
} from '../catalog';
import { hidingOwnerPermissionsService } from './visibility';

/** A caller whose catalog view leaves out the hidden owner's entities. */
export const OUTSIDER = mockCredentials.user('user:default/outsider');
/** A caller who sees the whole catalog. */
export const INSIDER = mockCredentials.user('user:default/insider');

/**
 * A catalog snapshot service over entities in memory, with the same
 * per-caller visibility as in the backend: the catalog's own permission
 * rule applied to the snapshot, hiding what `hiddenOwner` owns from
 * {@link OUTSIDER}. For the tests of actions and services.
 *
 * @public
 */
export function inMemorySnapshots(options: {
  entities: Entity[];
  /** The owner (a group ref) whose entities the outsider may not see. */
  hiddenOwner: string;
  kinds?: string[];
  fields?: string[];
  readAt?: Date;
}): CatalogSnapshotService {
  const snapshot = createCatalogSnapshot(options.entities, {
    generation: 1,
    readAt: options.readAt ?? new Date('2026-01-05T09:00:00Z'),
    readMs: 0,
    kinds: options.kinds,
    fields: [
      ...new Set([...(options.fields ?? []), ...FIELDS_FOR_PERMISSIONS]),
    ],
  });
  const permissions = hidingOwnerPermissionsService({
    hiddenOwner: options.hiddenOwner,
    outsider: OUTSIDER.principal.userEntityRef,
  });
  const visibility = new CatalogVisibility({
    permissions,
    readVisibleRefs: async () => {
      throw new Error('the catalog rules apply in memory; nothing to read');
    },
  });
  return {
    declare() {},
    get: async () => snapshot,
    viewFor: credentials => visibility.view(snapshot, credentials),
    refresh: async () => snapshot,
    onSnapshot: () => () => {},
    status: () => ({ entityCount: snapshot.entities.length, generation: 1 }),
  };
}

/**
 * The error a promise fails with; fails the test when it answers.
 *
 * @public
 */
export async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure, but it answered');
}
