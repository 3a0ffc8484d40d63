import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { BoundedContextProcessor } from './BoundedContextProcessor';

/** Adds the BoundedContext kind to the catalog. */
export const catalogModuleDomainCatalog = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'domain-catalog',
  register(reg) {
    reg.registerInit({
      deps: {
        processing: catalogProcessingExtensionPoint,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
        config: coreServices.rootConfig,
      },
      async init({ processing, catalog, auth, config }) {
        const grace = config.getOptionalNumber(
          'fitsys.domainCatalog.missingContextGracePeriodMinutes',
        );
        processing.addProcessor(
          new BoundedContextProcessor({
            catalog,
            auth,
            missingContextGracePeriodMs:
              grace === undefined ? undefined : grace * 60_000,
          }),
        );
      },
    });
  },
});
