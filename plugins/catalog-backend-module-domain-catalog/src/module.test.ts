import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { CatalogModelSource } from '@backstage/catalog-model/alpha';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { catalogModelExtensionPoint } from '@backstage/plugin-catalog-node/alpha';
import path from 'path';
import request from 'supertest';
import { BoundedContextProcessor } from './BoundedContextProcessor';
import { boundedContextModelLayer } from './boundedContextModel';
import { catalogContractModelLayer } from './catalogContractModel';
import { catalogModuleDomainCatalog } from './module';

const CONTRACT_ANNOTATIONS = [
  'fitsys.dev/bounded-context',
  'fitsys.dev/reference-architecture',
  'fitsys.dev/reference-architecture-version',
  'fitsys.dev/region',
  'fitsys.dev/zone',
  'fitsys.dev/cluster',
  'fitsys.dev/base-image',
  'fitsys.dev/shared-libraries',
  'fitsys.dev/cron-schedules',
  'fitsys.dev/tier',
  'fitsys.dev/availability-target',
];

describe('catalogModuleDomainCatalog', () => {
  it('registers the model layers and the processor with the catalog', async () => {
    const sources: CatalogModelSource[] = [];
    const processors: unknown[] = [];
    await startTestBackend({
      extensionPoints: [
        [
          catalogModelExtensionPoint,
          { addModelSource: (s: CatalogModelSource) => sources.push(s) },
        ],
        [
          catalogProcessingExtensionPoint,
          { addProcessor: (...p: unknown[]) => processors.push(...p) },
        ],
      ],
      features: [catalogModuleDomainCatalog],
    });
    expect(sources).toHaveLength(1);
    const { value } = await sources[0].read().next();
    const layerIds = (value?.data ?? []).map(d => d.layer.layerId);
    expect(layerIds).toEqual([
      boundedContextModelLayer.layerId,
      catalogContractModelLayer.layerId,
      'catalog.backstage.io/default-entity-model',
    ]);
    expect(processors).toEqual([expect.any(BoundedContextProcessor)]);
  });

  describe('with the real catalog', () => {
    let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
    const auth = mockCredentials.user.header('user:default/agent');

    beforeAll(async () => {
      ({ server } = await startTestBackend({
        features: [
          catalogPlugin,
          catalogModuleDomainCatalog,
          mockServices.rootConfig.factory({
            data: {
              catalog: {
                rules: [
                  { allow: ['Component', 'Domain', 'Group', 'BoundedContext'] },
                ],
                locations: [
                  {
                    type: 'file',
                    target: path.join(__dirname, '__fixtures__/contexts.yaml'),
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

    it('describes the kind, its relations and the annotations to agents', async () => {
      const response = await request(server)
        .post(
          '/api/catalog/.backstage/actions/v1/actions/catalog:get-catalog-model-description/invoke',
        )
        .set('authorization', auth)
        .send({});
      expect(response.status).toBe(200);
      const description: string = response.body.output.description;
      expect(description).toContain('### Entity Kind "BoundedContext"');
      expect(description).toContain('apiVersion: "fitsys.dev/v1alpha1"');
      expect(description).toContain(
        'A bounded context of domain-driven design',
      );
      for (const name of CONTRACT_ANNOTATIONS) {
        expect(description).toContain(`### Annotation "${name}"`);
      }
      for (const relation of [
        'downstreamOf',
        'upstreamOf',
        'partnerOf',
        'implements',
        'hasContextMember',
        'inContext',
      ]) {
        expect(description).toContain(`### Relation "${relation}"`);
      }
      // Backstage's own kinds stay in the model.
      expect(description).toContain('### Entity Kind "Component"');
    });

    it("records a context's relations, from its fields and from its members", async () => {
      const context = await entity('boundedcontext/default/card-authorisation');
      expect(context.relations).toEqual(
        expect.arrayContaining([
          {
            type: 'ownedBy',
            targetRef: 'group:default/card-authorisation-team',
          },
          { type: 'partOf', targetRef: 'domain:default/payments' },
          { type: 'implements', targetRef: 'domain:default/risk' },
          {
            type: 'downstreamOf',
            targetRef: 'boundedcontext:default/fraud-detection',
          },
          {
            type: 'hasContextMember',
            targetRef: 'component:default/card-authoriser',
          },
        ]),
      );
      // Each once, though the model and the processor both record some.
      const keys = context.relations.map(
        (r: { type: string; targetRef: string }) => `${r.type} ${r.targetRef}`,
      );
      expect(keys).toEqual([...new Set(keys)]);
      const team = await entity('group/default/card-authorisation-team');
      expect(team.relations).toContainEqual({
        type: 'ownerOf',
        targetRef: 'boundedcontext:default/card-authorisation',
      });
    });

    it("reports a malformed context with the processor's field-by-field messages", async () => {
      const response = await request(server)
        .post('/api/catalog/validate-entity')
        .set('authorization', auth)
        .send({
          location: 'url:https://example.com/contexts.yaml',
          entity: {
            apiVersion: 'fitsys.dev/v1alpha1',
            kind: 'BoundedContext',
            metadata: { name: 'refunds' },
            spec: {
              domain: 'payments',
              purpose: 'Refund card payments.',
              relationships: [
                {
                  context: 'card-authorisation',
                  role: 'downstream',
                  patterns: ['anti-corruption'],
                },
              ],
            },
          },
        });
      expect(response.status).toBe(400);
      const [error] = response.body.errors;
      expect(error.message).toMatch(/^Processor BoundedContextProcessor threw/);
      expect(error.cause.message.split('\n')).toEqual(
        expect.arrayContaining([
          'spec.owner: is required: the Group or User that owns the context',
          expect.stringMatching(
            /^spec\.relationships\[0\]\.patterns\[0\]: "anti-corruption" is not a pattern/,
          ),
        ]),
      );
    });

    it('validates the built-in kinds through the catalog model', async () => {
      const response = await request(server)
        .post('/api/catalog/validate-entity')
        .set('authorization', auth)
        .send({
          location: 'url:https://example.com/catalog-info.yaml',
          entity: {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: { name: 'refund-worker' },
            spec: { type: 'service', owner: 'card-authorisation-team' },
          },
        });
      expect(response.status).toBe(400);
      const [error] = response.body.errors;
      expect(error.message).toMatch(/^Processor ModelProcessor threw/);
      expect(error.cause.message).toMatch(/required property 'lifecycle'/);
    });
  });
});
