import { InputError, NotFoundError } from '@backstage/errors';
import {
  actionsOverDriftCatalog,
  failureOf,
  INSIDER,
} from './__testUtils__/actionsOverDriftCatalog';

describe('search-glossary', () => {
  const { invoke, service } = actionsOverDriftCatalog();

  it('answers each meaning of a term with its context', async () => {
    expect(await invoke('search-glossary', { query: 'transaction' })).toEqual({
      totalItems: 2,
      items: [
        {
          term: 'Transaction',
          definition: 'A single card authorisation request and its decision.',
          context: 'boundedcontext:default/auth',
        },
        {
          term: 'Transaction',
          definition: 'A balanced set of postings to ledger accounts.',
          context: 'boundedcontext:default/ledger',
        },
      ],
    });
  });

  it('keeps to one context and to the limit', async () => {
    const inLedger = await invoke('search-glossary', {
      query: 'transaction',
      context: 'ledger',
    });
    expect(inLedger.items.map((i: { context: string }) => i.context)).toEqual([
      'boundedcontext:default/ledger',
    ]);
    const limited = await invoke('search-glossary', { query: '', limit: 1 });
    expect(limited.items).toHaveLength(1);
    expect(limited.totalItems).toBeGreaterThan(1);
  });

  it("asks the service for the caller's view", async () => {
    const get = jest.spyOn(service, 'get');
    await invoke('search-glossary', { query: 'posting' }, INSIDER);
    expect(get).toHaveBeenCalledWith(INSIDER);
    get.mockRestore();
  });

  it.each([
    [
      'an unknown context',
      { query: 'transaction', context: 'ghost' },
      NotFoundError,
      'context: there is no BoundedContext boundedcontext:default/ghost; get-context-map lists the contexts there are',
    ],
    [
      'a context of another kind',
      { query: 'transaction', context: 'group:default/ledger-team' },
      InputError,
      'context: "group:default/ledger-team" is not a BoundedContext ref; write a name such as "ledger" or "boundedcontext:default/ledger"',
    ],
    [
      'a query too long',
      { query: 'x'.repeat(201) },
      InputError,
      /^Invalid input to action "test:search-glossary"; caused by [\s\S]*"path": \[\s*"query"\s*\]/,
    ],
    [
      'a limit out of range',
      { query: 'transaction', limit: 0 },
      InputError,
      /^Invalid input to action "test:search-glossary"; caused by [\s\S]*"path": \[\s*"limit"\s*\]/,
    ],
  ])('refuses %s', async (_, input, type, message) => {
    const error = await failureOf(invoke('search-glossary', input));
    expect(error).toBeInstanceOf(type);
    expect(error.message).toMatch(message);
  });
});
