import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { cardAuthoriser } from '../__testUtils__/catalog';
import { newFinding, recordingNotifier } from '../__testUtils__/findings';
import { memoryStore } from '../__testUtils__/memoryStore';
import { followOwners } from './followOwners';

const team = 'group:default/card-authorisation-team';
const next = 'group:default/payments-platform';
const at = new Date('2026-11-23T09:00:00Z');

describe('followOwners', () => {
  it("routes open findings to their entity's owner now, and tells the new owners once", async () => {
    const { store, knex } = await memoryStore();
    const { notifier, sent } = recordingNotifier();
    const card = 'component:default/card-authoriser';
    const gone = 'component:default/retired-service';
    const first = await store.file(
      newFinding({ entityRef: card, title: 'one' }),
      at,
    );
    const second = await store.file(
      newFinding({ entityRef: card, title: 'two' }),
      at,
    );
    const orphaned = await store.file(
      newFinding({ entityRef: gone, title: 'three' }),
      at,
    );
    const deps = {
      store,
      // The card authoriser changed hands; the retired service left the catalog.
      catalog: catalogServiceMock({ entities: [cardAuthoriser(next)] }),
      auth: mockServices.auth(),
      notifier,
      logger: mockServices.logger.mock(),
    };
    expect(await followOwners(deps, at)).toBe(2);
    for (const f of [first, second])
      expect(await store.get(f.finding.id)).toMatchObject({ ownerRef: next });
    expect(await store.get(orphaned.finding.id)).toMatchObject({
      ownerRef: team,
    });
    expect(sent).toEqual([
      {
        recipients: { type: 'entity', entityRef: next },
        payload: expect.objectContaining({
          title: '2 open findings on card-authoriser are now yours',
          link: '/devzero?entity=component%3Adefault%2Fcard-authoriser&status=new&status=triaged&status=in-progress',
        }),
      },
    ]);
    // Settled: the next run moves nothing and tells nobody.
    expect(await followOwners(deps, at)).toBe(0);
    expect(sent).toHaveLength(1);
    await knex.destroy();
  });
});
