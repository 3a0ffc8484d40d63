import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { createBackendModule } from '@backstage/backend-plugin-api';
import searchPlugin from '@backstage/plugin-search-backend';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { Readable } from 'stream';
import request from 'supertest';
import {
  LunrSearchEngineWithEmptyIndexes,
  searchModuleEmptyIndexes,
} from './searchEmptyIndexes';

// A document type whose collator has found nothing yet, as TechDocs on a
// fresh start before any site is built.
const emptyCollator = createBackendModule({
  pluginId: 'search',
  moduleId: 'empty-collator',
  register(env) {
    env.registerInit({
      deps: { registry: searchIndexRegistryExtensionPoint },
      async init({ registry }) {
        registry.addCollator({
          schedule: {
            run: async () => {},
          } as any,
          factory: {
            type: 'techdocs',
            getCollator: async () => Readable.from([]),
          },
        });
      },
    });
  },
});

describe('searchModuleEmptyIndexes', () => {
  it('answers a type that has no documents yet with no results, not a 500', async () => {
    const { server } = await startTestBackend({
      features: [
        searchPlugin,
        emptyCollator,
        searchModuleEmptyIndexes,
        mockServices.database.factory(),
      ],
    });
    const res = await request(server)
      .get('/api/search/query')
      .query({ term: 'install', 'types[0]': 'techdocs' });
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([]);
  });

  it('still answers the documents of the types that have some', async () => {
    const engine = new LunrSearchEngineWithEmptyIndexes({
      logger: mockServices.logger.mock(),
    });
    const indexer = await engine.getIndexer('software-catalog');
    await new Promise<void>((resolve, reject) => {
      indexer.on('finish', resolve);
      indexer.on('error', reject);
      indexer.end({
        title: 'card-authoriser',
        text: 'Authorises card payments',
        location: '/catalog/default/component/card-authoriser',
      });
    });
    const found = await engine.query({ term: 'card', filters: {} });
    expect(found.results.map(r => r.document.title)).toEqual([
      'card-authoriser',
    ]);
    const none = await engine.query({
      term: 'card',
      types: ['techdocs'],
      filters: {},
    });
    expect(none).toEqual({ results: [], numberOfResults: 0 });
  });
});
