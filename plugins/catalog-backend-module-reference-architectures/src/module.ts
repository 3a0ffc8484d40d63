import { createBackendModule } from '@backstage/backend-plugin-api';
import { CatalogModelSources } from '@backstage/catalog-model/alpha';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { catalogModelExtensionPoint } from '@backstage/plugin-catalog-node/alpha';
import { ReferenceArchitectureProcessor } from './ReferenceArchitectureProcessor';
import { referenceArchitectureModelLayer } from './referenceArchitectureModel';

/**
 * Adds the ReferenceArchitecture kind to the catalog: declared in the
 * catalog model, checked and related by a processor, and the adopters'
 * annotations checked for form and turned into relations.
 */
export const catalogModuleReferenceArchitectures = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'reference-architectures',
  register(reg) {
    reg.registerInit({
      deps: {
        processing: catalogProcessingExtensionPoint,
        model: catalogModelExtensionPoint,
      },
      async init({ processing, model }) {
        // With Backstage's default model, so that the module works alone; the
        // default model given by two sources compiles as one.
        model.addModelSource(
          CatalogModelSources.static([referenceArchitectureModelLayer]),
        );
        processing.addProcessor(new ReferenceArchitectureProcessor());
      },
    });
  },
});
