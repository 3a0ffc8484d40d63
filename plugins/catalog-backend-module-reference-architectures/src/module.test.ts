import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleDomainCatalog from '@internal/plugin-catalog-backend-module-domain-catalog';
import path from 'path';
import request from 'supertest';
import { catalogModuleReferenceArchitectures } from './module';

describe('catalogModuleReferenceArchitectures with the real catalog', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  const auth = mockCredentials.user.header('user:default/agent');

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        catalogPlugin,
        // Beside the domain catalog's module, as in the portal: two model
        // sources, each with Backstage's default model.
        catalogModuleDomainCatalog,
        catalogModuleReferenceArchitectures,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [{ allow: ['System', 'Group', 'ReferenceArchitecture'] }],
              locations: [
                {
                  type: 'file',
                  target: path.join(__dirname, '__fixtures__/catalog.yaml'),
                },
              ],
            },
          },
        }),
      ],
    }));
  }, 60_000);

  const entity = async (ref: string) => {
    for (let attempt = 0; attempt < 60; attempt++) {
      const response = await request(server)
        .get(`/api/catalog/entities/by-name/${ref}`)
        .set('authorization', auth);
      if (response.status === 200 && response.body.relations?.length) {
        return response.body;
      }
      await new Promise(resolve => setTimeout(resolve, 500));
    }
    throw new Error(`${ref} never reached the catalog`);
  };

  it('describes the kind and its relations to agents, beside the other kinds', async () => {
    const response = await request(server)
      .post(
        '/api/catalog/.backstage/actions/v1/actions/catalog:get-catalog-model-description/invoke',
      )
      .set('authorization', auth)
      .send({});
    expect(response.status).toBe(200);
    const description: string = response.body.output.description;
    expect(description).toContain('### Entity Kind "ReferenceArchitecture"');
    expect(description).toContain('### Entity Kind "BoundedContext"');
    expect(description).toContain('### Entity Kind "Component"');
    for (const relation of [
      'followsArchitecture',
      'followedBy',
      'startedByTemplate',
      'startsArchitecture',
    ]) {
      expect(description).toContain(`### Relation "${relation}"`);
    }
  });

  it('records the relations of an architecture and of its adopter', async () => {
    const architecture = await entity(
      'referencearchitecture/default/scheduled-batch-job',
    );
    expect(architecture.relations).toEqual(
      expect.arrayContaining([
        { type: 'ownedBy', targetRef: 'group:default/platform' },
        { type: 'startedByTemplate', targetRef: 'template:default/batch-job' },
        { type: 'followedBy', targetRef: 'system:default/nightly-settlement' },
      ]),
    );
    const adopter = await entity('system/default/nightly-settlement');
    expect(adopter.relations).toEqual(
      expect.arrayContaining([
        {
          type: 'followsArchitecture',
          targetRef: 'referencearchitecture:default/scheduled-batch-job',
        },
      ]),
    );
  });

  it('keeps an invalid architecture out, while its valid sibling gets in', async () => {
    await entity('referencearchitecture/default/scheduled-batch-job');
    const response = await request(server)
      .get(
        '/api/catalog/entities/by-name/referencearchitecture/default/broken-architecture',
      )
      .set('authorization', auth);
    // Its valid sibling from the same file is in: the processor's error
    // (tested above) kept this one out.
    expect(response.status).toBe(404);
  });
});
