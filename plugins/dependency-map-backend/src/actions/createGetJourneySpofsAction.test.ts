import { NotFoundError } from '@backstage/errors';
import {
  actionsOverFixture,
  failureOf,
} from './__testUtils__/actionsOverFixture';

describe('get-journey-single-points-of-failure', () => {
  const { invoke } = actionsOverFixture();

  it('lists the journeys without a name', async () => {
    const { journeys } = await invoke(
      'get-journey-single-points-of-failure',
      {},
    );
    expect(journeys.map((j: any) => j.name)).toEqual(['checkout', 'reporting']);
  });

  it("answers a journey's dominators and availability", async () => {
    const { journeys, availability } = await invoke(
      'get-journey-single-points-of-failure',
      { journey: 'Checkout' },
    );
    expect(journeys[0].singlePointsOfFailure[0]).toMatchObject({
      node: { id: 'component:default/gateway' },
      dominated: 5,
      cutsWholeJourney: true,
    });
    expect(availability.subject).toEqual({ type: 'journey', id: 'checkout' });
    expect(availability.correlated).toBeLessThan(availability.assumed);
  });

  it('refuses an unknown journey, saying how to list them', async () => {
    const error = await failureOf(
      invoke('get-journey-single-points-of-failure', { journey: 'nowhere' }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe(
      'journey: there is no journey "nowhere"; call without a journey to list them',
    );
  });
});
