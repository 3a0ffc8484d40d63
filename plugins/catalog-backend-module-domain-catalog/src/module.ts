import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { CatalogModelSources } from '@backstage/catalog-model/alpha';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { catalogModelExtensionPoint } from '@backstage/plugin-catalog-node/alpha';
import { BoundedContextProcessor } from './BoundedContextProcessor';
import { boundedContextModelLayer } from './boundedContextModel';
import { catalogContractModelLayer } from './catalogContractModel';

/**
 * Adds the BoundedContext kind to the catalog: declared in the catalog model
 * (schema, relations, the suite's annotations), and checked and related by
 * a processor for what a schema cannot say.
 */
export const catalogModuleDomainCatalog = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'domain-catalog',
  register(reg) {
    reg.registerInit({
      deps: {
        processing: catalogProcessingExtensionPoint,
        model: catalogModelExtensionPoint,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
        config: coreServices.rootConfig,
      },
      async init({ processing, model, catalog, auth, config }) {
        // Any model source moves the catalog from its built-in kind
        // processor to the compiled model; this one carries Backstage's
        // default model with the layers.
        model.addModelSource(
          CatalogModelSources.static([
            boundedContextModelLayer,
            catalogContractModelLayer,
          ]),
        );
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
