import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { GlossaryCollatorFactory } from './GlossaryCollatorFactory';

/** Lets Backstage search find the terms of every bounded context. */
export const searchModuleDomainCatalogGlossary = createBackendModule({
  pluginId: 'search',
  moduleId: 'domain-catalog-glossary',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        auth: coreServices.auth,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({ config, auth, scheduler, catalog, indexRegistry }) {
        const key = 'search.collators.domainGlossary.schedule';
        const schedule = config.has(key)
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              config.getConfig(key),
            )
          : {
              frequency: { minutes: 10 },
              timeout: { minutes: 15 },
              initialDelay: { seconds: 20 },
            };
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(schedule),
          factory: new GlossaryCollatorFactory({ catalog, auth }),
        });
      },
    });
  },
});
