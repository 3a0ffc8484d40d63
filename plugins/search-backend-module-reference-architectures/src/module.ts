import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import {
  adrsFromBackend,
  ArchitectureDecisionCollatorFactory,
  ReferenceArchitectureCollatorFactory,
} from './ReferenceArchitectureCollatorFactory';

/** Lets Backstage search find reference architectures and their decisions. */
export const searchModuleReferenceArchitectures = createBackendModule({
  pluginId: 'search',
  moduleId: 'reference-architectures',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({
        config,
        auth,
        discovery,
        logger,
        scheduler,
        catalog,
        indexRegistry,
      }) {
        const key = 'search.collators.referenceArchitectures.schedule';
        const schedule = config.has(key)
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              config.getConfig(key),
            )
          : {
              frequency: { minutes: 10 },
              timeout: { minutes: 15 },
              initialDelay: { seconds: 25 },
            };
        for (const factory of [
          new ReferenceArchitectureCollatorFactory({ catalog, auth }),
          new ArchitectureDecisionCollatorFactory({
            catalog,
            auth,
            adrs: adrsFromBackend({ discovery, auth }),
            logger,
          }),
        ]) {
          indexRegistry.addCollator({
            schedule: scheduler.createScheduledTaskRunner(schedule),
            factory,
          });
        }
      },
    });
  },
});
