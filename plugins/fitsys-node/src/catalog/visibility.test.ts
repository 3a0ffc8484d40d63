import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { createCatalogSnapshot } from './CatalogSnapshot';
import { CatalogVisibility } from './visibility';

const owned = (name: string, owner: string, labels = {}): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', labels },
  spec: { owner },
  relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
});

const snapshot = createCatalogSnapshot(
  [
    owned('a', 'red'),
    owned('b', 'blue', { tier: 'gold' }),
    owned('c', 'red', { tier: 'gold' }),
  ],
  { generation: 7, readAt: new Date(), readMs: 1, fields: ['metadata'] },
);

function visibilityAnswering(decision: PolicyDecision) {
  const permissions = mockServices.permissions.mock({
    authorizeConditional: jest.fn(async () => [decision]) as any,
  });
  const readVisibleRefs = jest.fn(async () => new Set(['component:default/b']));
  return {
    visibility: new CatalogVisibility({ permissions, readVisibleRefs }),
    permissions,
    readVisibleRefs,
  };
}

const names = (entities: readonly Entity[]) =>
  entities.map(e => e.metadata.name);
const user = mockCredentials.user('user:default/jane');

describe('CatalogVisibility', () => {
  it('shows everything on allow and nothing on deny', async () => {
    const all = await visibilityAnswering({
      result: AuthorizeResult.ALLOW,
    }).visibility.view(snapshot, user);
    expect(all).toMatchObject({ all: true, key: '7:all' });
    expect(names(all.entities)).toEqual(['a', 'b', 'c']);
    const none = await visibilityAnswering({
      result: AuthorizeResult.DENY,
    }).visibility.view(snapshot, user);
    expect(none.entities).toEqual([]);
    expect(none.isVisible('component:default/a')).toBe(false);
  });

  it('applies a conditional decision with the catalog rules, in memory', async () => {
    const decision = createCatalogConditionalDecision(
      catalogEntityReadPermission,
      {
        allOf: [
          {
            not: catalogConditions.isEntityOwner({
              claims: ['group:default/red'],
            }),
          },
        ],
      },
    );
    const { visibility, permissions, readVisibleRefs } =
      visibilityAnswering(decision);
    const view = await visibility.view(snapshot, user);
    expect(names(view.entities)).toEqual(['b']);
    expect(view.all).toBe(false);
    expect(view.isVisible('component:default/a')).toBe(false);
    expect(readVisibleRefs).not.toHaveBeenCalled();
    expect(permissions.authorizeConditional).toHaveBeenCalledWith(
      [{ permission: catalogEntityReadPermission }],
      { credentials: user },
    );
    // The same conditions give the same view, whoever asks.
    const again = await visibility.view(
      snapshot,
      mockCredentials.user('user:default/other'),
    );
    expect(again).toBe(view);
  });

  it('asks the catalog itself when a policy uses a rule of its own', async () => {
    const decision: PolicyDecision = {
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_IN_MY_REGION',
        resourceType: 'catalog-entity',
        params: {},
      },
    };
    const { visibility, readVisibleRefs } = visibilityAnswering(decision);
    const view = await visibility.view(snapshot, user);
    expect(names(view.entities)).toEqual(['b']);
    expect(readVisibleRefs).toHaveBeenCalledWith(user, undefined);
    // That answer is the caller's own, so another caller asks again.
    await visibility.view(snapshot, mockCredentials.user('user:default/x'));
    expect(readVisibleRefs).toHaveBeenCalledTimes(2);
  });

  it('asks the catalog when a rule reads the spec the snapshot did not read', async () => {
    const decision = createCatalogConditionalDecision(
      catalogEntityReadPermission,
      catalogConditions.hasSpec({ key: 'owner', value: 'red' }),
    );
    const { visibility, readVisibleRefs } = visibilityAnswering(decision);
    await visibility.view(snapshot, user);
    expect(readVisibleRefs).toHaveBeenCalled();
  });
});
