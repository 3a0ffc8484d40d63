import type { BackendFeature } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';

/** A request as a user, to a path under the plugin's base. */
type Send = (path: string, user?: string) => request.Test;

/**
 * What {@link pluginTestBackend} gives the tests of a plugin.
 *
 * @public
 */
export interface PluginTestBackend {
  /** The test backend's server; set before the tests run. */
  readonly server: any;
  /**
   * Requests to `path` under the plugin's base (such as `/findings`), with
   * the authorization of `user` (a user entity ref), or of the default user
   * when none is given. Without either, no authorization is sent; set the
   * header on the request (a service's, or none) to send another.
   */
  get: Send;
  post: Send;
  put: Send;
  patch: Send;
  delete: Send;
}

/**
 * The authorization header of a signed-in user in a test backend.
 *
 * @public
 */
export const authorizationAs = (userRef: string): string =>
  mockCredentials.user.header(userRef);

/**
 * Starts a test backend serving a plugin before the tests of the enclosing
 * `describe` (in a `beforeAll`, so later `beforeAll` hooks can use it) and
 * stops it after them, with supertest requests as a user.
 *
 * @public
 */
export function pluginTestBackend(options: {
  /** Where the plugin is mounted, such as `/api/devzero`. */
  base: string;
  /** The plugin and what it needs; called when the backend starts. */
  features: () =>
    | Array<BackendFeature | Promise<{ default: BackendFeature }>>
    | Promise<Array<BackendFeature | Promise<{ default: BackendFeature }>>>;
  /** The user requests are sent as when they name none. */
  user?: string;
}): PluginTestBackend {
  let server: any;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const backend = await startTestBackend({
      features: await options.features(),
    });
    server = backend.server;
    stop = () => backend.stop();
  });
  afterAll(async () => {
    await stop?.();
  });
  const send =
    (method: 'get' | 'post' | 'put' | 'patch' | 'delete'): Send =>
    (path, user = options.user) => {
      if (!server) throw new Error('the test backend has not started yet');
      const req = request(server)[method](`${options.base}${path}`);
      return user ? req.set('authorization', authorizationAs(user)) : req;
    };
  return {
    get server() {
      return server;
    },
    get: send('get'),
    post: send('post'),
    put: send('put'),
    patch: send('patch'),
    delete: send('delete'),
  };
}
