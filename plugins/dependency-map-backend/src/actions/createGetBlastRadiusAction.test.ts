import { InputError, NotFoundError } from '@backstage/errors';
import {
  actionsOverFixture,
  failureOf,
  OUTSIDER,
} from './__testUtils__/actionsOverFixture';

describe('get-blast-radius', () => {
  const { invoke } = actionsOverFixture();

  it('answers the exact blast radius of the shared database', async () => {
    const { blastRadius } = await invoke('get-blast-radius', {
      node: 'resource:default/db',
      limit: 3,
    });
    expect(blastRadius).toMatchObject({
      impacted: 13,
      tier1: 3,
      directDependents: 5,
      truncated: true,
    });
    expect(blastRadius.entities).toHaveLength(3);
  });

  it("answers from the caller's view", async () => {
    const { blastRadius } = await invoke(
      'get-blast-radius',
      { node: 'resource:default/db' },
      OUTSIDER,
    );
    expect(blastRadius.impacted).toBe(9);
    expect(JSON.stringify(blastRadius)).not.toMatch(/team-b|payments|fraud/);
  });

  it.each([
    [
      'an unknown entity',
      { node: 'ghost' },
      NotFoundError,
      /^node: there is no entity or shared fact "ghost" in the dependency map/,
    ],
    [
      'a missing node',
      {},
      InputError,
      /^Invalid input to action "test:get-blast-radius"; caused by [\s\S]*"node"/,
    ],
  ])('refuses %s', async (_, input, type, message) => {
    const error = await failureOf(invoke('get-blast-radius', input));
    expect(error).toBeInstanceOf(type);
    expect(error.message).toMatch(message);
  });
});
