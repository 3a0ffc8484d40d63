import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { notificationService } from '@backstage/plugin-notifications-node';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { catalogSnapshotServiceRef } from '@internal/plugin-fitsys-node';
import { registerActions } from './actions';
import { ConformanceStore } from './database/ConformanceStore';
import { DailyTask } from './service/DailyTask';
import { AdrReader } from './adrs/AdrReader';
import { AdrTask } from './adrs/AdrTask';
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
        urlReader: coreServices.urlReader,
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
        urlReader,
        scheduler,
        notifications,
        snapshots,
        actions,
      }) {
        snapshots.declare({
          kinds: REFERENCE_ARCHITECTURE_KINDS,
          fields: REFERENCE_ARCHITECTURE_FIELDS,
        });
        const store = await ConformanceStore.create({ database });
        const adrs = store.adrs();
        const service = new ReferenceArchitecturesService({
          snapshots,
          logger,
          adrs,
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
        const notify =
          config.getOptionalBoolean(
            'fitsys.referenceArchitectures.notifications',
          ) ?? true;
        const daily = new DailyTask({
          library: () => service.refresh(),
          store,
          notifications: notify ? notifications : undefined,
          adrs: () => adrs.records(),
          logger,
        });
        // Hourly, on one replica at a time: the ADRs of every entity with
        // backstage.io/adr-location are read (unchanged directories skipped
        // by their ETag) into the database every replica answers from.
        const adrTask = new AdrTask({
          entities: async () => (await snapshots.get()).entities,
          reader: new AdrReader({
            urlReader,
            fileRoots:
              config.getOptionalStringArray(
                'fitsys.referenceArchitectures.adrs.fileRoots',
              ) ?? [],
          }),
          store: adrs,
          logger,
        });
        const ADR_TASK = 'reference-architectures-adrs';
        await scheduler.scheduleTask({
          id: ADR_TASK,
          frequency: { hours: 1 },
          timeout: { minutes: 10 },
          initialDelay: { seconds: 30 },
          fn: async () => {
            const { entities, records, failed } = await adrTask.run();
            logger.info(
              `Read ${records} ADRs of ${entities} entities${
                failed ? `; ${failed} could not be read` : ''
              }`,
            );
          },
        });
        // An entity that gains, loses or moves its ADR location is read at
        // once, not at the next hour: on a fresh start the demo's entities
        // arrive after the first run, and a restart keeps the hourly clock.
        let adrKeepers: string | undefined;
        snapshots.onSnapshot(snapshot => {
          const keepers = snapshot.entities.filter(
            e => e.metadata.annotations?.['backstage.io/adr-location'],
          );
          const key = keepers
            .map(
              e =>
                `${stringifyEntityRef(e).toLocaleLowerCase('en-US')}:${
                  e.metadata.annotations!['backstage.io/adr-location']
                }`,
            )
            .sort()
            .join('\n');
          const moved = adrKeepers !== undefined && key !== adrKeepers;
          adrKeepers = key;
          adrs
            .sources()
            .then(sources => {
              const read = new Set(sources.map(source => source.entityRef));
              const unread = keepers.some(
                e =>
                  !read.has(stringifyEntityRef(e).toLocaleLowerCase('en-US')),
              );
              if (moved || unread || read.size > keepers.length) {
                return scheduler.triggerTask(ADR_TASK);
              }
              return undefined;
            })
            .catch(() => {
              // Running already (it reads this snapshot), or the database
              // is away: the hourly run catches up.
            });
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
