import { InputError, NotFoundError } from '@backstage/errors';
import {
  actionsOverDriftCatalog,
  failureOf,
  INSIDER,
} from './__testUtils__/actionsOverDriftCatalog';

describe('get-bounded-context', () => {
  const { invoke, service } = actionsOverDriftCatalog();

  it('answers one context with its terms, relationships, members and drift', async () => {
    const { details } = await invoke('get-bounded-context', {
      context: 'ledger',
    });
    expect(details.context).toEqual(
      expect.objectContaining({
        ref: 'boundedcontext:default/ledger',
        owner: 'group:default/ledger-team',
        purpose: 'Purpose of ledger.',
      }),
    );
    expect(details.context.terms.map((t: { term: string }) => t.term)).toEqual([
      'Transaction',
      'Acceptor',
      'Posting',
    ]);
    expect(details.members.map((m: { ref: string }) => m.ref)).toEqual([
      'api:default/ledger-api',
      'component:default/ledger-service',
    ]);
    expect(details.drift.length).toBeGreaterThan(0);
  });

  it('reads a full entity ref as well as a name', async () => {
    const byRef = await invoke('get-bounded-context', {
      context: 'boundedcontext:default/ledger',
    });
    const byName = await invoke('get-bounded-context', { context: 'ledger' });
    expect(byRef).toEqual(byName);
  });

  it("asks the service for the caller's view", async () => {
    const get = jest.spyOn(service, 'get');
    await invoke('get-bounded-context', { context: 'auth' }, INSIDER);
    expect(get).toHaveBeenCalledWith(INSIDER);
    get.mockRestore();
  });

  it.each([
    [
      'an unknown context',
      { context: 'ghost' },
      NotFoundError,
      'context: there is no BoundedContext boundedcontext:default/ghost; get-context-map lists the contexts there are',
    ],
    [
      'a ref of another kind',
      { context: 'domain:default/finance' },
      InputError,
      'context: "domain:default/finance" is not a BoundedContext ref; write a name such as "ledger" or "boundedcontext:default/ledger"',
    ],
    [
      'a missing context',
      {},
      InputError,
      /^Invalid input to action "test:get-bounded-context"; caused by [\s\S]*"path": \[\s*"context"\s*\]/,
    ],
  ])('refuses %s', async (_, input, type, message) => {
    const error = await failureOf(invoke('get-bounded-context', input));
    expect(error).toBeInstanceOf(type);
    expect(error.message).toMatch(message);
  });
});
