import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  authProvidersExtensionPoint,
  createProxyAuthenticator,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';

/** The request header that names the demo user to sign in as. */
export const DEMO_USER_HEADER = 'x-fitsys-demo-user';

const USER_NAME = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/i;

/** What the demo authenticator hands to the sign-in resolver. */
export type DemoSignInResult = { userName: string };

/**
 * Sign-in as any demo user for local use and tests: the caller names a user in
 * a header, and the sign-in resolver issues an identity only if that User
 * exists in the catalog, with its group ownership. It refuses to run when
 * NODE_ENV is production, so a production deployment cannot enable it by a
 * config mistake.
 */
export const demoAuthenticator = createProxyAuthenticator<
  void,
  DemoSignInResult,
  undefined
>({
  async defaultProfileTransform() {
    return { profile: {} };
  },
  initialize() {
    if (process.env.NODE_ENV === 'production') {
      throw new Error(
        'auth.providers.demo is for local use and tests only; remove it from the production app-config',
      );
    }
  },
  async authenticate({ req }) {
    const userName = req.header(DEMO_USER_HEADER)?.trim();
    if (!userName) {
      throw new InputError(
        `Demo sign-in needs the ${DEMO_USER_HEADER} header naming a catalog User, e.g. "sam.okafor"`,
      );
    }
    if (!USER_NAME.test(userName) || userName.length > 63) {
      throw new InputError(
        `"${userName}" is not a valid user name: use letters, digits, '.', '-' or '_'`,
      );
    }
    return { result: { userName } };
  },
});

/** The auth backend module that registers the `demo` provider. */
export const authModuleDemoProvider = createBackendModule({
  pluginId: 'auth',
  moduleId: 'fitsys-demo-provider',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: authProvidersExtensionPoint,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
      },
      async init({ providers, logger, config }) {
        if (
          config.has('auth.providers.demo') &&
          config.getOptionalString('auth.environment') === 'production'
        ) {
          throw new Error(
            'auth.providers.demo is for local use and tests only; it cannot be used when auth.environment is production',
          );
        }
        providers.registerProvider({
          providerId: 'demo',
          factory: createProxyAuthProviderFactory({
            authenticator: demoAuthenticator,
            async profileTransform(result, ctx) {
              const { entity } = await ctx
                .findCatalogUser({ entityRef: { name: result.userName } })
                .catch(error => {
                  logger.info(
                    `Demo sign-in refused for "${result.userName}": ${error}`,
                  );
                  throw new NotFoundError(
                    `There is no User "${result.userName}" in the catalog; sign in as one of the demo users`,
                  );
                });
              const profile = (entity.spec?.profile ?? {}) as {
                displayName?: string;
                email?: string;
                picture?: string;
              };
              return {
                profile: {
                  displayName: profile.displayName ?? entity.metadata.name,
                  email: profile.email,
                  picture: profile.picture,
                },
              };
            },
            async signInResolver({ result }, ctx) {
              return ctx.signInWithCatalogUser({
                entityRef: { name: result.userName },
              });
            },
          }),
        });
      },
    });
  },
});
