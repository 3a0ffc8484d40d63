import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import {
  actionsRegistryServiceMock,
  MockActionsRegistry,
} from '@backstage/backend-test-utils/alpha';
import { JsonObject } from '@backstage/types';
import {
  INSIDER,
  inMemorySnapshots,
} from '@internal/plugin-fitsys-node/testUtils';
import { fixtureCatalog, FIXTURE_SETTINGS } from '../../__testUtils__/fixture';
import {
  DEPENDENCY_MAP_FIELDS,
  DEPENDENCY_MAP_KINDS,
  DependencyMapService,
} from '../../service/DependencyMapService';
import { registerActions } from '../index';

/** The team whose entities the outsider may not see. */
export const HIDDEN_TEAM = 'group:default/team-b';
export {
  failureOf,
  INSIDER,
  OUTSIDER,
} from '@internal/plugin-fitsys-node/testUtils';

/**
 * The dependency map's actions over the fixture, answered through the same
 * per-caller visibility as in the backend: the catalog's own permission
 * rules applied to an in-memory snapshot.
 */
export function actionsOverFixture() {
  const snapshots = inMemorySnapshots({
    entities: fixtureCatalog(),
    hiddenOwner: HIDDEN_TEAM,
    kinds: DEPENDENCY_MAP_KINDS,
    fields: DEPENDENCY_MAP_FIELDS,
  });
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
