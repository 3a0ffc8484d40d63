import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { notificationService } from '@backstage/plugin-notifications-node';
import { catalogSnapshotServiceRef } from '@internal/plugin-fitsys-node';
import { registerActions } from './actions';
import { ConformanceStore } from './database/ConformanceStore';
import { DailyTask } from './service/DailyTask';
import {
  REFERENCE_ARCHITECTURE_FIELDS,
  REFERENCE_ARCHITECTURE_KINDS,
  ReferenceArchitecturesService,
} from './service/ReferenceArchitecturesService';
import { createRouter } from './service/router';

/** The reference architectures backend: the library, adopters and conformance, decisions, and actions. */
export const referenceArchitecturesPlugin = createBackendPlugin({
  pluginId: 'reference-architectures',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        notifications: notificationService,
        snapshots: catalogSnapshotServiceRef,
        actions: actionsRegistryServiceRef,
      },
      async init({
        httpRouter,
        httpAuth,
        logger,
        config,
        database,
        scheduler,
        notifications,
        snapshots,
        actions,
      }) {
        snapshots.declare({
          kinds: REFERENCE_ARCHITECTURE_KINDS,
          fields: REFERENCE_ARCHITECTURE_FIELDS,
        });
        const service = new ReferenceArchitecturesService({
          snapshots,
          logger,
        });
        // Conformance is evaluated as each snapshot arrives, so that the
        // first question after a refresh does not wait for it.
        snapshots.onSnapshot(() => {
          service
            .refresh()
            .catch(error =>
              logger.warn(`Could not evaluate the new snapshot: ${error}`),
            );
        });
        const store = await ConformanceStore.create({ database });
        const notify =
          config.getOptionalBoolean(
            'fitsys.referenceArchitectures.notifications',
          ) ?? true;
        const daily = new DailyTask({
          library: () => service.refresh(),
          store,
          notifications: notify ? notifications : undefined,
          logger,
        });
        // Hourly, on one replica at a time: today's conformance is recorded
        // (replacing the day's earlier record) and due notifications sent.
        await scheduler.scheduleTask({
          id: 'reference-architectures-daily',
          frequency: { hours: 1 },
          timeout: { minutes: 10 },
          initialDelay: { seconds: 45 },
          fn: async () => {
            const { recorded, notified } = await daily.run();
            logger.info(
              `Recorded the conformance of ${recorded} adopters; sent ${notified} notifications`,
            );
          },
        });
        registerActions(actions, service);
        httpRouter.use(createRouter({ service, store, httpAuth, logger }));
      },
    });
  },
});
