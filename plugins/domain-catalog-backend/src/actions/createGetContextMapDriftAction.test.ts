import { InputError, NotFoundError } from '@backstage/errors';
import {
  actionsOverDriftCatalog,
  failureOf,
  INSIDER,
} from './__testUtils__/actionsOverDriftCatalog';

const ctx = (name: string) => `boundedcontext:default/${name}`;

describe('get-context-map-drift', () => {
  const { invoke, service } = actionsOverDriftCatalog();

  it('answers every finding with its counts', async () => {
    const output = await invoke('get-context-map-drift', {});
    expect(output.counts).toEqual({
      'undeclared-coupling': 2,
      'unbacked-relationship': 4,
      'shared-resource': 1,
      contradiction: 2,
      cycle: 1,
      'membership-conflict': 1,
      'unknown-context': 1,
    });
    expect(output.findings).toHaveLength(12);
  });

  it('keeps to one context and one kind, with the evidence', async () => {
    expect(
      await invoke('get-context-map-drift', {
        context: 'auth',
        kind: 'undeclared-coupling',
      }),
    ).toEqual({
      counts: expect.objectContaining({
        'undeclared-coupling': 1,
        contradiction: 0,
      }),
      findings: [
        {
          kind: 'undeclared-coupling',
          severity: 'warning',
          contexts: [ctx('auth'), ctx('ledger')],
          message:
            'auth uses ledger in 1 place(s), but neither context declares a relationship with the other',
          evidence: [
            {
              source: 'component:default/auth-service',
              type: 'consumesApi',
              target: 'api:default/ledger-api',
            },
          ],
        },
      ],
    });
  });

  it('answers for a context that entities name but nobody registered', async () => {
    const output = await invoke('get-context-map-drift', { context: 'ghost' });
    expect(output.findings).toEqual([
      expect.objectContaining({
        kind: 'unknown-context',
        contexts: [ctx('ghost')],
      }),
    ]);
  });

  it("asks the service for the caller's view", async () => {
    const get = jest.spyOn(service, 'get');
    await invoke('get-context-map-drift', {}, INSIDER);
    expect(get).toHaveBeenCalledWith(INSIDER);
    get.mockRestore();
  });

  it.each([
    [
      'a context nothing knows',
      { context: 'nowhere' },
      NotFoundError,
      'context: there is no BoundedContext boundedcontext:default/nowhere; get-context-map lists the contexts there are',
    ],
    [
      'a context of another kind',
      { context: 'resource:default/shared-db' },
      InputError,
      'context: "resource:default/shared-db" is not a BoundedContext ref; write a name such as "ledger" or "boundedcontext:default/ledger"',
    ],
    [
      'an unknown kind of finding',
      { kind: 'haunting' },
      InputError,
      /^Invalid input to action "test:get-context-map-drift"; caused by [\s\S]*"path": \[\s*"kind"\s*\]/,
    ],
  ])('refuses %s', async (_, input, type, message) => {
    const error = await failureOf(invoke('get-context-map-drift', input));
    expect(error).toBeInstanceOf(type);
    expect(error.message).toMatch(message);
  });
});
