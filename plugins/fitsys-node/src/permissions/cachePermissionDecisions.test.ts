import { mockCredentials } from '@backstage/backend-test-utils';
import type { PermissionsService } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { cachePermissionDecisions } from './cachePermissionDecisions';

const read = createPermission({
  name: 'thing.read',
  attributes: { action: 'read' },
  resourceType: 'thing',
});
const admin = createPermission({ name: 'thing.admin', attributes: {} });

function fakePermissions(decide: (user: string, name: string) => boolean) {
  const calls: string[][] = [];
  const userOf = (options: any) =>
    options.credentials.principal.userEntityRef ??
    options.credentials.principal.subject;
  const service = {
    authorize: jest.fn(async (requests: any[], options: any) => {
      calls.push(requests.map(r => r.permission.name));
      return requests.map(r => ({
        result: decide(userOf(options), r.permission.name)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      }));
    }),
    authorizeConditional: jest.fn(async (requests: any[], options: any) => {
      calls.push(requests.map(r => `conditional ${r.permission.name}`));
      return requests.map(r => ({
        result: decide(userOf(options), r.permission.name)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      }));
    }),
  };
  return { service: service as unknown as PermissionsService, calls };
}

describe('cachePermissionDecisions', () => {
  const alice = mockCredentials.user('user:default/alice');
  const bob = mockCredentials.user('user:default/bob');

  it("reuses a user's decision within the time to live, and asks again after it", async () => {
    let clock = 0;
    const { service, calls } = fakePermissions(
      user => user === 'user:default/alice',
    );
    const cached = cachePermissionDecisions(service, {
      ttlSeconds: 5,
      now: () => clock,
    });
    const ask = (credentials = alice) =>
      cached.authorize([{ permission: admin }], { credentials });

    expect((await ask())[0].result).toBe(AuthorizeResult.ALLOW);
    expect((await ask())[0].result).toBe(AuthorizeResult.ALLOW);
    expect(calls).toHaveLength(1);

    // Another user is another question.
    expect((await ask(bob))[0].result).toBe(AuthorizeResult.DENY);
    expect(calls).toHaveLength(2);

    clock = 5001;
    await ask();
    expect(calls).toHaveLength(3);
  });

  it('keeps definitive and conditional decisions apart, and resource refs apart', async () => {
    const { service, calls } = fakePermissions(() => true);
    const cached = cachePermissionDecisions(service);
    await cached.authorize([{ permission: read, resourceRef: 'thing:a' }], {
      credentials: alice,
    });
    await cached.authorize([{ permission: read, resourceRef: 'thing:b' }], {
      credentials: alice,
    });
    await cached.authorizeConditional([{ permission: read }], {
      credentials: alice,
    });
    await cached.authorizeConditional([{ permission: read }], {
      credentials: alice,
    });
    expect(calls).toEqual([
      ['thing.read'],
      ['thing.read'],
      ['conditional thing.read'],
    ]);
  });

  it('asks only for the decisions it does not hold, in one call, in the order given', async () => {
    const { service, calls } = fakePermissions(
      (_user, name) => name === 'thing.admin',
    );
    const cached = cachePermissionDecisions(service);
    await cached.authorize([{ permission: admin }], { credentials: alice });
    const answers = await cached.authorize(
      [
        { permission: read, resourceRef: 'thing:a' },
        { permission: admin },
        { permission: read, resourceRef: 'thing:a' },
      ],
      { credentials: alice },
    );
    expect(answers.map(a => a.result)).toEqual([
      AuthorizeResult.DENY,
      AuthorizeResult.ALLOW,
      AuthorizeResult.DENY,
    ]);
    expect(calls).toEqual([['thing.admin'], ['thing.read']]);
  });

  it('shares one round trip between concurrent identical questions', async () => {
    const { service, calls } = fakePermissions(() => true);
    const cached = cachePermissionDecisions(service);
    await Promise.all(
      Array.from({ length: 20 }, () =>
        cached.authorize([{ permission: admin }], { credentials: alice }),
      ),
    );
    expect(calls).toHaveLength(1);
  });

  it('never keeps a failure, and never caches services or anonymous callers', async () => {
    const { service, calls } = fakePermissions(() => true);
    let fail = true;
    const flaky = {
      ...service,
      authorize: async (requests: any[], options: any) => {
        if (fail) {
          fail = false;
          throw new Error('permission backend unreachable');
        }
        return service.authorize(requests, options);
      },
    } as PermissionsService;
    const cached = cachePermissionDecisions(flaky);
    await expect(
      cached.authorize([{ permission: admin }], { credentials: alice }),
    ).rejects.toThrow('unreachable');
    expect(
      (
        await cached.authorize([{ permission: admin }], { credentials: alice })
      )[0].result,
    ).toBe(AuthorizeResult.ALLOW);

    const plugin = mockCredentials.service('plugin:catalog');
    await cached.authorize([{ permission: admin }], { credentials: plugin });
    await cached.authorize([{ permission: admin }], { credentials: plugin });
    expect(calls).toHaveLength(3);
  });

  it('forgets the oldest decisions beyond its size, and is off at zero seconds', async () => {
    const { service, calls } = fakePermissions(() => true);
    const small = cachePermissionDecisions(service, { maxEntries: 1 });
    await small.authorize([{ permission: admin }], { credentials: alice });
    await small.authorize([{ permission: admin }], { credentials: bob });
    await small.authorize([{ permission: admin }], { credentials: alice });
    expect(calls).toHaveLength(3);

    expect(cachePermissionDecisions(service, { ttlSeconds: 0 })).toBe(service);
  });
});
