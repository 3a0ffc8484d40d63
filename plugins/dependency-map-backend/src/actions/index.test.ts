import { InputError, NotFoundError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import { actionsOverFixture } from './__testUtils__/actionsOverFixture';

describe('registerActions', () => {
  const { registry } = actionsOverFixture();

  it('registers the four read-only actions', async () => {
    const { actions } = await registry.list();
    expect(actions.map(a => [a.name, a.attributes])).toEqual(
      [
        'list-dependency-hot-spots',
        'get-blast-radius',
        'get-journey-single-points-of-failure',
        'run-dependency-what-if',
      ].map(name => [
        name,
        { readOnly: true, destructive: false, idempotent: true },
      ]),
    );
  });

  it('gives each action examples that it accepts', async () => {
    const { actions } = await registry.list();
    for (const action of actions) {
      expect(action.examples?.length).toBeGreaterThan(0);
      for (const example of action.examples ?? []) {
        // The examples name the demo's entities, which the fixture may lack:
        // a NotFoundError (or a what-if's "knows nothing named") means the
        // input passed its schema and the action ran.
        const outcome = await registry
          .invoke({ id: action.id, input: example.input as JsonObject })
          .then(
            () => 'answered',
            error =>
              error instanceof NotFoundError ||
              (error instanceof InputError &&
                /knows nothing named/.test(error.message))
                ? 'not found'
                : error,
          );
        expect({
          action: action.name,
          example: example.title,
          outcome,
        }).toEqual({
          action: action.name,
          example: example.title,
          outcome: expect.stringMatching(/^(answered|not found)$/),
        });
      }
    }
  });
});
