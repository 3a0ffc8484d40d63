import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogSnapshotServiceRef } from '@internal/plugin-fitsys-node';
import { registerActions } from './actions';
import { FleetHistoryStore } from './database/FleetHistoryStore';
import { fleetFigures } from './model/fleetFigures';
import { readSettings } from './config';
import {
  DEPENDENCY_MAP_FIELDS,
  DEPENDENCY_MAP_KINDS,
  DependencyMapService,
} from './service/DependencyMapService';
import { createRouter } from './service/router';

/** The dependency map backend: hot spots, blast radius, what-if, journeys, availability and actions. */
export const dependencyMapPlugin = createBackendPlugin({
  pluginId: 'dependency-map',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
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
        snapshots,
        actions,
      }) {
        snapshots.declare({
          kinds: DEPENDENCY_MAP_KINDS,
          fields: DEPENDENCY_MAP_FIELDS,
        });
        const service = new DependencyMapService({
          snapshots,
          logger,
          settings: readSettings(config),
        });
        // The whole-catalog analysis is rebuilt as each snapshot arrives,
        // so the first question after a refresh does not wait for it.
        snapshots.onSnapshot(() => {
          service
            .refresh()
            .catch(error =>
              logger.warn(`Could not analyse the new snapshot: ${error}`),
            );
        });
        const history = await FleetHistoryStore.create({ database });
        // Hourly, on one replica at a time: today's figures of the whole
        // fleet, replacing the day's earlier record, for the trend.
        await scheduler.scheduleTask({
          id: 'dependency-map-fleet-daily',
          frequency: { hours: 1 },
          timeout: { minutes: 10 },
          initialDelay: { seconds: 60 },
          fn: async () => {
            const analysis = await service.refresh();
            await history.record(
              fleetFigures(analysis, new Date().toISOString().slice(0, 10)),
            );
          },
        });
        registerActions(actions, service);
        httpRouter.use(createRouter({ service, history, httpAuth, logger }));
      },
    });
  },
});
