import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogSnapshotServiceRef } from '@internal/plugin-fitsys-node';
import { registerActions } from './actions';
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
        snapshots: catalogSnapshotServiceRef,
        actions: actionsRegistryServiceRef,
      },
      async init({ httpRouter, httpAuth, logger, snapshots, actions }) {
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
        registerActions(actions, service);
        httpRouter.use(createRouter({ service, httpAuth, logger }));
      },
    });
  },
});
