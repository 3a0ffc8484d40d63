import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { registerActions } from './service/actions';
import {
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
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        auth: coreServices.auth,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        actions: actionsRegistryServiceRef,
      },
      async init({
        httpRouter,
        logger,
        config,
        auth,
        scheduler,
        catalog,
        actions,
      }) {
        const settings = readSettings(config);
        const service = new DomainCatalogService({
          catalog,
          auth,
          logger,
          settings,
        });
        // Every replica keeps its own snapshot in memory, so each refreshes it.
        await scheduler.scheduleTask({
          id: 'domain-catalog-snapshot',
          scope: 'local',
          frequency: { seconds: Math.max(30, settings.maxAgeMs / 1000) },
          timeout: { minutes: 10 },
          initialDelay: { seconds: 15 },
          fn: async () => {
            await service.refresh();
          },
        });
        registerActions(actions, service);
        httpRouter.use(createRouter(service));
      },
    });
  },
});
