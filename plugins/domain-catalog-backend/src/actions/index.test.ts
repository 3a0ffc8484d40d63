import { NotFoundError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import { actionsOverDriftCatalog } from './__testUtils__/actionsOverDriftCatalog';

describe('registerActions', () => {
  const { registry } = actionsOverDriftCatalog();

  it('registers the four read-only actions', async () => {
    const { actions } = await registry.list();
    expect(actions.map(a => [a.name, a.attributes])).toEqual(
      [
        'get-context-map',
        'get-bounded-context',
        'search-glossary',
        'get-context-map-drift',
      ].map(name => [
        name,
        { readOnly: true, destructive: false, idempotent: true },
      ]),
    );
  });

  it('gives each action examples that it accepts', async () => {
    const { actions } = await registry.list();
    for (const action of actions) {
      expect({
        action: action.name,
        examples: action.examples?.length,
      }).toEqual({ action: action.name, examples: expect.any(Number) });
      for (const example of action.examples ?? []) {
        // The examples name the demo's contexts, which the test catalog
        // lacks: a NotFoundError means the input passed and the action ran.
        const outcome = await registry
          .invoke({ id: action.id, input: example.input as JsonObject })
          .then(
            () => 'answered',
            error => (error instanceof NotFoundError ? 'not found' : error),
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
