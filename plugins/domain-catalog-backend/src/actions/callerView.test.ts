import { NotFoundError } from '@backstage/errors';
import {
  actionsOverDriftCatalog,
  failureOf,
  INSIDER,
  OUTSIDER,
} from './__testUtils__/actionsOverDriftCatalog';

// The outsider's catalog permissions hide what the ledger team owns: the
// ledger context. To them the actions must answer as if it did not exist.
describe('the actions answer each caller from what the catalog shows them', () => {
  const { invoke } = actionsOverDriftCatalog();

  it('says a hidden context does not exist, in the words used for one that does not', async () => {
    const hidden = await failureOf(
      invoke('get-bounded-context', { context: 'ledger' }, OUTSIDER),
    );
    const missing = await failureOf(
      invoke('get-bounded-context', { context: 'nowhere' }, OUTSIDER),
    );
    expect(hidden).toBeInstanceOf(NotFoundError);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(hidden.message.replace('ledger', 'X')).toBe(
      missing.message.replace('nowhere', 'X'),
    );
    // The insider sees it, so the outsider's answer is the view at work.
    await expect(
      invoke('get-bounded-context', { context: 'ledger' }, INSIDER),
    ).resolves.toBeDefined();
  });

  it('refuses to focus the map on it or search its terms', async () => {
    for (const [name, input] of [
      ['get-context-map', { focus: 'ledger' }],
      ['search-glossary', { query: 'posting', context: 'ledger' }],
    ] as const) {
      const error = await failureOf(invoke(name, input, OUTSIDER));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error.message).toMatch(/: there is no BoundedContext /);
    }
  });

  it('leaves it and its terms out of the map and the glossary', async () => {
    const map = await invoke('get-context-map', {}, OUTSIDER);
    expect(map.contexts.map((c: { ref: string }) => c.ref)).not.toContain(
      'boundedcontext:default/ledger',
    );
    expect(JSON.stringify(map)).not.toMatch(/ledger-team|Purpose of ledger/);
    const terms = await invoke(
      'search-glossary',
      { query: 'posting' },
      OUTSIDER,
    );
    expect(terms).toEqual({ totalItems: 0, items: [] });
    // The same searches find it for the insider.
    const all = await invoke('get-context-map', {}, INSIDER);
    expect(JSON.stringify(all)).toMatch(/Purpose of ledger/);
    const insiderTerms = await invoke('search-glossary', { query: 'posting' });
    expect(insiderTerms.totalItems).toBeGreaterThan(0);
  });
});
