import { InputError, NotFoundError } from '@backstage/errors';
import {
  actionsOverDriftCatalog,
  failureOf,
  INSIDER,
} from './__testUtils__/actionsOverDriftCatalog';

const ctx = (name: string) => `boundedcontext:default/${name}`;

describe('get-context-map', () => {
  const { invoke, service } = actionsOverDriftCatalog();

  it('answers the whole map', async () => {
    const output = await invoke('get-context-map', {});
    expect(output.contexts).toHaveLength(12);
    expect(output.relationships).toContainEqual({
      upstream: ctx('fraud'),
      downstream: ctx('auth'),
      symmetric: false,
      label: 'C/S: U → D [ACL]',
      apis: [],
    });
    expect(output.generatedAt).toBe('2026-01-05T09:00:00.000Z');
  });

  it('focuses on one context and its neighbours', async () => {
    const output = await invoke('get-context-map', { focus: 'auth' });
    expect(output.contexts.map((c: { ref: string }) => c.ref)).toEqual([
      ctx('auth'),
      ctx('card-vault'),
      ctx('fraud'),
    ]);
    expect(output.contexts[0]).toEqual({
      ref: ctx('auth'),
      domain: 'domain:default/cards',
      classification: 'core',
      owner: 'group:default/auth-team',
      purpose: 'Purpose of auth.',
    });
  });

  it('filters by domain and by owner, given as names', async () => {
    const byDomain = await invoke('get-context-map', { domain: 'finance' });
    expect(byDomain.contexts.map((c: { ref: string }) => c.ref)).toEqual([
      ctx('ledger'),
      ctx('payouts'),
      ctx('reporting'),
      ctx('settlement'),
    ]);
    const byOwner = await invoke('get-context-map', { owner: 'ledger-team' });
    expect(byOwner.contexts.map((c: { ref: string }) => c.ref)).toEqual([
      ctx('ledger'),
    ]);
  });

  it("asks the service for the caller's view", async () => {
    const get = jest.spyOn(service, 'get');
    await invoke('get-context-map', {}, INSIDER);
    expect(get).toHaveBeenCalledWith(INSIDER);
    get.mockRestore();
  });

  it.each([
    [
      'an unknown focus',
      { focus: 'ghost' },
      NotFoundError,
      'focus: there is no BoundedContext boundedcontext:default/ghost; get-context-map lists the contexts there are',
    ],
    [
      'a focus of another kind',
      { focus: 'component:default/auth-service' },
      InputError,
      'focus: "component:default/auth-service" is not a BoundedContext ref; write a name such as "ledger" or "boundedcontext:default/ledger"',
    ],
    [
      'a depth out of range',
      { focus: 'auth', depth: 9 },
      InputError,
      /^Invalid input to action "test:get-context-map"; caused by [\s\S]*"path": \[\s*"depth"\s*\]/,
    ],
  ])('refuses %s', async (_, input, type, message) => {
    const error = await failureOf(invoke('get-context-map', input));
    expect(error).toBeInstanceOf(type);
    expect(error.message).toMatch(message);
  });
});
