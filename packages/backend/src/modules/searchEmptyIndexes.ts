import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { PgSearchEngine } from '@backstage/plugin-search-backend-module-pg';
import { LunrSearchEngine } from '@backstage/plugin-search-backend-node';
import { searchEngineRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import type {
  IndexableResultSet,
  SearchQuery,
} from '@backstage/plugin-search-common';

/**
 * Lunr, the in-memory engine search uses on SQLite, keeps no index for a
 * document type that has had no documents yet. Asked for that type (the
 * Documentation filter on a fresh start, before any TechDocs site is
 * built), it throws `MissingIndexError`, which the search router answers
 * with a 500. A type with nothing indexed has no results; this engine says
 * so.
 */
export class LunrSearchEngineWithEmptyIndexes extends LunrSearchEngine {
  async query(query: SearchQuery): Promise<IndexableResultSet> {
    try {
      return await super.query(query);
    } catch (error) {
      if ((error as Error)?.name === 'MissingIndexError')
        return { results: [], numberOfResults: 0 };
      throw error;
    }
  }
}

/**
 * Registers that engine where search runs on Lunr. On PostgreSQL the
 * `search-backend-module-pg` engine registers itself (a type without
 * documents simply matches nothing there), and this module stands aside.
 */
export const searchModuleEmptyIndexes = createBackendModule({
  pluginId: 'search',
  moduleId: 'lunr-empty-indexes',
  register(env) {
    env.registerInit({
      deps: {
        registry: searchEngineRegistryExtensionPoint,
        database: coreServices.database,
        logger: coreServices.logger,
      },
      async init({ registry, database, logger }) {
        if (await PgSearchEngine.supported(database)) return;
        registry.setSearchEngine(
          new LunrSearchEngineWithEmptyIndexes({ logger }),
        );
      },
    });
  },
});
