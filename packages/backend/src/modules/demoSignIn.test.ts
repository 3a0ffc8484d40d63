import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import authPlugin from '@backstage/plugin-auth-backend';
import request from 'supertest';
import { authModuleDemoProvider, DEMO_USER_HEADER } from './demoSignIn';

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'jordan.lee', namespace: 'default' },
    spec: {
      profile: {
        displayName: 'Jordan Lee',
        email: 'jordan.lee@fernhill.example',
      },
      memberOf: ['card-authorisation-team'],
    },
    relations: [
      { type: 'memberOf', targetRef: 'group:default/card-authorisation-team' },
    ],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'card-authorisation-team', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
];

async function startAuth(environment = 'development') {
  const { server } = await startTestBackend({
    features: [
      authPlugin,
      authModuleDemoProvider,
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          auth: { environment, providers: { demo: {} } },
        },
      }),
    ],
  });
  return server;
}

function refresh(server: Awaited<ReturnType<typeof startAuth>>) {
  return request(server)
    .get('/api/auth/demo/refresh')
    .set('X-Requested-With', 'XMLHttpRequest');
}

describe('demo sign-in', () => {
  const env = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = env;
  });

  it('signs in as the catalog user named in the header, with group ownership', async () => {
    const server = await startAuth();
    const response = await refresh(server).set(DEMO_USER_HEADER, 'jordan.lee');

    expect(response.status).toBe(200);
    expect(response.body.backstageIdentity.identity).toEqual({
      type: 'user',
      userEntityRef: 'user:default/jordan.lee',
      ownershipEntityRefs: expect.arrayContaining([
        'user:default/jordan.lee',
        'group:default/card-authorisation-team',
      ]),
    });
    expect(response.body.backstageIdentity.token).toEqual(expect.any(String));
    expect(response.body.profile).toEqual(
      expect.objectContaining({
        displayName: 'Jordan Lee',
        email: 'jordan.lee@fernhill.example',
      }),
    );
  });

  it('refuses a user who is not in the catalog, and says so', async () => {
    const server = await startAuth();
    const response = await refresh(server).set(DEMO_USER_HEADER, 'mallory');

    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe(
      'There is no User "mallory" in the catalog; sign in as one of the demo users',
    );
  });

  it('asks for the header when it is missing', async () => {
    const server = await startAuth();
    const response = await refresh(server);

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(DEMO_USER_HEADER);
  });

  it('rejects a malformed user name', async () => {
    const server = await startAuth();
    const response = await refresh(server).set(
      DEMO_USER_HEADER,
      '../etc/passwd',
    );

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('not a valid user name');
  });

  it('stops the backend from starting when NODE_ENV is production', async () => {
    process.env.NODE_ENV = 'production';
    await expect(startAuth()).rejects.toThrow(
      /auth.providers.demo is for local use and tests only/,
    );
  });

  it('stops the backend from starting when auth.environment is production', async () => {
    await expect(startAuth('production')).rejects.toThrow(
      /it cannot be used when auth.environment is production/,
    );
  });
});
