import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { devzeroPermissions } from '@internal/plugin-devzero-common';
import { permissionsFromConfig } from '@internal/plugin-fitsys-node';
import { registerActions } from './actions';
import { readSettings } from './config';
import { DatabaseAttachmentStore } from './database/DatabaseAttachmentStore';
import { DatabaseFindingStore } from './database/DatabaseFindingStore';
import { loadDemoFindings } from './demo/loadDemoFindings';
import { devzeroFindingRules, findingResourceRef } from './permissions';
import { AttachmentService } from './service/AttachmentService';
import { createAttachmentRouter } from './service/attachmentRouter';
import { FindingService } from './service/FindingService';
import { createRouter } from './service/router';
import { followOwners } from './service/followOwners';
import { FindingNotifier } from './service/FindingNotifier';

/** Developer Zero: usability findings against catalog entities, triaged by their owners. */
export const devzeroPlugin = createBackendPlugin({
  pluginId: 'devzero',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        userInfo: coreServices.userInfo,
        database: coreServices.database,
        config: coreServices.rootConfig,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        actions: actionsRegistryServiceRef,
        notifications: notificationService,
        scheduler: coreServices.scheduler,
      },
      async init({
        httpRouter,
        logger,
        httpAuth,
        auth,
        userInfo,
        database,
        config,
        permissions,
        permissionsRegistry,
        catalog,
        actions,
        notifications,
        scheduler,
      }) {
        // Read once, here; the parts below get what they need of it.
        const settings = readSettings(config, { logger });
        const store = await DatabaseFindingStore.create({ database });
        // Its table comes with the findings store's migrations, run just above.
        const attachmentStore = new DatabaseAttachmentStore(
          await database.getClient(),
        );
        permissionsRegistry.addResourceType({
          resourceRef: findingResourceRef,
          permissions: devzeroPermissions,
          rules: Object.values(devzeroFindingRules),
          getResources: async ids => {
            const found = new Map(
              (await store.getMany(ids)).map(f => [f.id, f]),
            );
            return ids.map(id => found.get(id));
          },
        });
        const notifier = new FindingNotifier({ notifications, logger });
        const { slaTargets } = settings;
        // One replica at a time follows entities to their new owners, then
        // warns owners of clocks about to breach.
        await scheduler.scheduleTask({
          id: 'devzero-sla-warnings',
          frequency: { minutes: 15 },
          timeout: { minutes: 5 },
          initialDelay: { minutes: 1 },
          fn: async () => {
            // The warnings go out even while the catalog cannot answer.
            await followOwners(
              { store, catalog, auth, notifier, logger },
              new Date(),
            ).catch(error =>
              logger.warn(
                `Developer Zero could not follow entities to their owners: ${error}`,
              ),
            );
            const warned = await notifier.warnAboutSlas(
              store,
              slaTargets,
              new Date(),
            );
            if (warned)
              logger.info(`Warned owners about ${warned} SLA clock(s)`);
          },
        });
        const service = new FindingService({
          notifier,
          store,
          attachments: attachmentStore,
          catalog,
          // A user's decisions are reused for a few seconds (fitsys.permissions).
          permissions: permissionsFromConfig(permissions, config),
          userInfo,
          slaTargets,
          reporterVisibleToOwners: settings.reporterVisibleToOwners,
          anonymousFiling: settings.anonymousFiling,
        });
        if (settings.demoData) {
          await loadDemoFindings({
            store,
            file: settings.demoData.file,
            logger,
          });
        }
        registerActions(actions, service);
        const attachments = new AttachmentService({
          findings: service,
          store: attachmentStore,
          maxBytes: settings.attachments.maxBytes,
        });
        // First: evidence uploads are raw bytes, not for the JSON parser.
        const attachmentRouter = createAttachmentRouter({
          attachments,
          findings: service,
          httpAuth,
          logger,
        });
        httpRouter.use(attachmentRouter);
        httpRouter.use(
          createRouter({
            service,
            httpAuth,
            logger,
            before: [attachmentRouter],
          }),
        );
      },
    });
  },
});
