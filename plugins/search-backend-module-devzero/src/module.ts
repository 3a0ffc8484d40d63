import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { FindingCollatorFactory } from './FindingCollatorFactory';

/** Lets Backstage search find Developer Zero's findings. */
export const searchModuleDevzeroFindings = createBackendModule({
  pluginId: 'search',
  moduleId: 'devzero-findings',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        scheduler: coreServices.scheduler,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({ config, auth, discovery, scheduler, indexRegistry }) {
        const key = 'search.collators.devzeroFindings.schedule';
        const schedule = config.has(key)
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              config.getConfig(key),
            )
          : {
              frequency: { minutes: 10 },
              timeout: { minutes: 15 },
              initialDelay: { seconds: 30 },
            };
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(schedule),
          factory: new FindingCollatorFactory({ discovery, auth }),
        });
      },
    });
  },
});
