import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { ScmIntegrations } from '@backstage/integration';
import { catalogSnapshotServiceRef } from '@internal/plugin-fitsys-node';
import { registerActions } from './actions';
import {
  DOMAIN_CATALOG_FIELDS,
  DOMAIN_CATALOG_KINDS,
  DomainCatalogService,
  readSettings,
} from './service/DomainCatalogService';
import { createRouter } from './service/router';

/** The domain catalog backend: context map, drift, glossary, CML and actions. */
export const domainCatalogPlugin = createBackendPlugin({
  pluginId: 'domain-catalog',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        config: coreServices.rootConfig,
        snapshots: catalogSnapshotServiceRef,
        actions: actionsRegistryServiceRef,
      },
      async init({
        httpRouter,
        httpAuth,
        logger,
        permissions,
        config,
        snapshots,
        actions,
      }) {
        snapshots.declare({
          kinds: DOMAIN_CATALOG_KINDS,
          fields: DOMAIN_CATALOG_FIELDS,
        });
        const service = new DomainCatalogService({
          snapshots,
          logger,
          settings: readSettings(config),
        });
        registerActions(actions, service);
        httpRouter.use(
          createRouter({
            service,
            httpAuth,
            logger,
            permissions,
            integrations: ScmIntegrations.fromConfig(config),
          }),
        );
      },
    });
  },
});
