import { InputError } from '@backstage/errors';
import {
  actionsOverFixture,
  failureOf,
  INSIDER,
  OUTSIDER,
} from './__testUtils__/actionsOverFixture';

describe('run-dependency-what-if', () => {
  const { invoke } = actionsOverFixture();

  it('answers what fails with a zone, and the journey it breaks', async () => {
    const { result } = await invoke('run-dependency-what-if', {
      zones: ['eu-west-1a'],
    });
    expect(result).toMatchObject({
      impacted: 4,
      tier1: 2,
      journeysBroken: [
        { name: 'checkout', entries: ['component:default/web'] },
      ],
    });
  });

  it('combines failures of several kinds', async () => {
    const { result } = await invoke('run-dependency-what-if', {
      entities: ['resource:default/cache'],
      libraries: ['http@1.0'],
    });
    // cache's 7 dependents are all among http@1.0's 9 (payments, ledger
    // and what needs them); the failed themselves are not counted.
    expect(result.impacted).toBe(9);
  });

  it.each([
    [
      'names nobody can see',
      { entities: ['resource:default/cache', 'ghost'] },
      INSIDER,
      /^input: the dependency map knows nothing named "ghost";/,
    ],
    [
      'an entity hidden from the caller',
      { entities: ['resource:default/cache'] },
      OUTSIDER,
      /^input: the dependency map knows nothing named "resource:default\/cache";/,
    ],
    [
      'nothing at all',
      {},
      INSIDER,
      /^input: name at least one thing that fails/,
    ],
  ])('refuses %s', async (_, input, credentials, message) => {
    const error = await failureOf(
      invoke('run-dependency-what-if', input, credentials),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
  });
});
