import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { notificationService } from '@backstage/plugin-notifications-node';
import {
  catalogSnapshotServiceRef,
  permissionsFromConfig,
} from '@internal/plugin-fitsys-node';
import { skillsSurveyPermissions } from '@internal/plugin-skills-survey-common';
import { registerActions } from './actions';
import { readSettings } from './config';
import { DatabaseSurveyStore } from './database/DatabaseSurveyStore';
import { NoticeStore } from './database/NoticeStore';
import { loadDemoSurvey } from './demo/loadDemoSurvey';
import { DevzeroFriction } from './service/DevzeroFriction';
import { createRouter } from './service/router';
import { ResultsService } from './service/ResultsService';
import { SurveyAccess } from './service/SurveyAccess';
import { SurveyNotifier } from './service/SurveyNotifier';
import { SurveyService } from './service/SurveyService';
import {
  SURVEY_FIELDS,
  SURVEY_KINDS,
  TechnologyCatalog,
} from './service/TechnologyCatalog';

/** The skills survey: anonymous self-assessment campaigns and the gaps they show. */
export const skillsSurveyPlugin = createBackendPlugin({
  pluginId: 'skills-survey',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        database: coreServices.database,
        config: coreServices.rootConfig,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        notifications: notificationService,
        snapshots: catalogSnapshotServiceRef,
        actions: actionsRegistryServiceRef,
      },
      async init({
        httpRouter,
        logger,
        lifecycle,
        httpAuth,
        auth,
        discovery,
        database,
        config,
        permissions,
        permissionsRegistry,
        scheduler,
        notifications,
        snapshots,
        actions,
      }) {
        // Read once, here; the parts below get what they need of it.
        const settings = readSettings(config);
        snapshots.declare({ kinds: SURVEY_KINDS, fields: SURVEY_FIELDS });
        permissionsRegistry.addPermissions(skillsSurveyPermissions);
        const store = await DatabaseSurveyStore.create({ database });
        const notifier = settings.notifications
          ? new SurveyNotifier({
              store,
              notices: new NoticeStore(await database.getClient()),
              notifications,
              logger,
            })
          : undefined;
        const technologies = new TechnologyCatalog({
          snapshots,
          settings,
          logger,
        });
        // A user's decisions reused for a few seconds, as every Fit Systems
        // backend does (fitsys.permissions.decisionCacheSeconds).
        const access = new SurveyAccess(
          permissionsFromConfig(permissions, config),
        );
        const friction = new DevzeroFriction({
          auth,
          discovery,
          snapshots,
          rules: settings.catalogRules,
          logger,
        });
        const results = new ResultsService({ store, access, friction });
        // Closed campaigns' cells read ahead in the background, so that the
        // first trend after a start or a close waits for none of them; a slow
        // or failing database delays nothing (the first request reads again).
        const warm = (when: string) =>
          results
            .warm()
            .catch(error =>
              logger.warn(
                `Skills survey: closed campaigns' cells not read ahead ${when}; the first request reads them: ${error}`,
              ),
            );
        lifecycle.addStartupHook(() => {
          warm('at start');
        });
        const service = new SurveyService({
          store,
          access,
          technologies,
          snapshots,
          settings,
          onClosed: () => {
            warm('after a close');
          },
        });
        let demoPending = settings.demoData;
        // One replica at a time closes campaigns whose closing day passed
        // (and loads the demo once the catalog has its teams).
        await scheduler.scheduleTask({
          id: 'skills-survey-close-due',
          frequency: { minutes: 1 },
          timeout: { minutes: 5 },
          initialDelay: { seconds: 20 },
          fn: async () => {
            if (demoPending) {
              const snapshot = await snapshots.get();
              const loaded = await loadDemoSurvey({
                store,
                technologies: await technologies.all(),
                entities: snapshot.entities,
                settings,
                logger,
              });
              demoPending = !loaded && !(await store.listCampaigns()).length;
            }
            const closed = await service.closeDue();
            if (closed.length)
              logger.info(
                `Skills survey: closed ${closed.length} campaign(s) at their closing date`,
              );
            const sent = await notifier?.run();
            if (sent && (sent.reminded || sent.announced))
              logger.info(
                `Skills survey: reminded ${sent.reminded} people, announced ${sent.announced} published result(s)`,
              );
          },
        });
        // On every replica, every minute: a campaign closed on another one
        // is read ahead here too. When nothing closed, this is one query
        // (the list of closed campaigns); the rest is in memory.
        await scheduler.scheduleTask({
          id: 'skills-survey-read-ahead',
          scope: 'local',
          frequency: { minutes: 1 },
          timeout: { minutes: 2 },
          initialDelay: { minutes: 1 },
          fn: () => warm('on schedule'),
        });
        registerActions(actions, results);
        httpRouter.use(createRouter({ service, results, httpAuth, logger }));
      },
    });
  },
});
