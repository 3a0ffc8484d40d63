import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import unprocessedModule from '@backstage/plugin-catalog-backend-module-unprocessed';
import scaffolderModelModule from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import domainCatalogModule from '@internal/plugin-catalog-backend-module-domain-catalog';
import referenceArchitecturesModule from '@internal/plugin-catalog-backend-module-reference-architectures';
import path from 'path';
import request from 'supertest';

const repoRoot = path.resolve(__dirname, '../../..');

/**
 * The catalog as the portal configures it, loading the demo organisation and
 * a file of malformed entities, until it has processed them all.
 */
async function startCatalog(knex: Awaited<ReturnType<TestDatabases['init']>>) {
  const { server } = await startTestBackend({
    features: [
      mockServices.database.factory({ knex }),
      catalogPlugin,
      scaffolderModelModule,
      unprocessedModule,
      domainCatalogModule,
      referenceArchitecturesModule,
      mockServices.rootConfig.factory({
        data: {
          catalog: {
            rules: [
              {
                allow: [
                  'Component',
                  'System',
                  'API',
                  'Resource',
                  'Location',
                  'Domain',
                  'Group',
                  'User',
                  'Template',
                  'BoundedContext',
                  'ReferenceArchitecture',
                ],
              },
            ],
            locations: [
              {
                type: 'file',
                target: path.join(repoRoot, 'catalog-info.yaml'),
              },
              {
                type: 'file',
                target: path.join(repoRoot, 'examples/catalog.yaml'),
              },
              {
                type: 'file',
                target: path.join(
                  __dirname,
                  '__fixtures__/malformed-entities.yaml',
                ),
              },
            ],
          },
        },
      }),
    ],
  });
  return server;
}

type Server = Awaited<ReturnType<typeof startCatalog>>;

const auth = mockCredentials.user.header('user:default/alex.morgan');

async function allEntities(server: Server): Promise<Entity[]> {
  const response = await request(server)
    .get('/api/catalog/entities')
    .set('authorization', auth);
  return response.body;
}

/** Waits until two consecutive reads see the same, non-empty catalog. */
async function settledEntities(server: Server): Promise<Entity[]> {
  let previous = -1;
  for (let attempt = 0; attempt < 120; attempt++) {
    const entities = await allEntities(server);
    if (entities.length > 100 && entities.length === previous) {
      return entities;
    }
    previous = entities.length;
    await new Promise(resolve => setTimeout(resolve, 1000));
  }
  throw new Error('the catalog did not settle within two minutes');
}

// The portal runs on SQLite locally and on PostgreSQL in production: the demo
// must load on both. TestDatabases silently drops a database it cannot reach,
// so the first test fails the run when PostgreSQL is missing.
const postgresId = (process.env.FITSYS_TEST_POSTGRES_ID ??
  'POSTGRES_15') as TestDatabaseId;
const databases = TestDatabases.create({ ids: ['SQLITE_3', postgresId] });

it('runs on PostgreSQL as well as SQLite', () => {
  expect({
    postgres: databases.supports(postgresId),
    hint: 'set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING, or run ./fitsys test, which starts PostgreSQL',
  }).toEqual(expect.objectContaining({ postgres: true }));
});

describe.each(databases.eachSupportedId())(
  'the catalog with the demo organisation on %s',
  databaseId => {
    let server: Server;
    let entities: Entity[];

    beforeAll(async () => {
      server = await startCatalog(await databases.init(databaseId));
      entities = await settledEntities(server);
    }, 180_000);

    it('holds the demo company at the promised size', () => {
      const count = (kind: string) =>
        entities.filter(e => e.kind === kind).length;
      expect(count('Domain')).toBeGreaterThanOrEqual(4);
      expect(count('Domain')).toBeLessThanOrEqual(6);
      expect(count('System')).toBeGreaterThanOrEqual(8);
      expect(count('Component')).toBeGreaterThanOrEqual(40);
      expect(count('API')).toBeGreaterThanOrEqual(15);
      expect(count('Resource')).toBeGreaterThanOrEqual(12);
      expect(count('Group')).toBeGreaterThanOrEqual(8);
      expect(count('User')).toBeGreaterThanOrEqual(25);
    });

    it('classifies domains as core, supporting and generic', () => {
      const types = new Set(
        entities.filter(e => e.kind === 'Domain').map(e => e.spec?.type),
      );
      expect([...types].sort()).toEqual(['core', 'generic', 'supporting']);
    });

    it('has every relation point at an entity that exists', () => {
      const refs = new Set(entities.map(e => stringifyEntityRef(e)));
      const dangling = entities.flatMap(entity =>
        (entity.relations ?? [])
          .filter(relation => !refs.has(relation.targetRef))
          .map(
            relation =>
              `${stringifyEntityRef(entity)} ${relation.type} ${
                relation.targetRef
              }`,
          ),
      );
      expect(dangling).toEqual([]);
    });

    it('has a resource shared by components of different domains', () => {
      const systemDomain = new Map(
        entities
          .filter(e => e.kind === 'System')
          .map(e => [stringifyEntityRef(e), e.spec?.domain as string]),
      );
      const domainsByResource = new Map<string, Set<string>>();
      for (const component of entities.filter(e => e.kind === 'Component')) {
        const system = component.relations?.find(
          r => r.type === 'partOf',
        )?.targetRef;
        const domain = system && systemDomain.get(system);
        for (const relation of component.relations ?? []) {
          if (
            relation.type === 'dependsOn' &&
            relation.targetRef.startsWith('resource:') &&
            domain
          ) {
            const domains =
              domainsByResource.get(relation.targetRef) ?? new Set();
            domains.add(domain);
            domainsByResource.set(relation.targetRef, domains);
          }
        }
      }
      const shared = [...domainsByResource.values()].filter(d => d.size > 1);
      expect(shared.length).toBeGreaterThan(0);
    });

    it('holds a valid bounded context for every context a service names', () => {
      const contexts = new Set(
        entities
          .filter(e => e.kind === 'BoundedContext')
          .map(e => e.metadata.name),
      );
      const named = new Set(
        entities.flatMap(e => {
          const name = e.metadata.annotations?.['fitsys.dev/bounded-context'];
          return name ? [name] : [];
        }),
      );
      expect(named.size).toBeGreaterThan(10);
      expect([...named].filter(name => !contexts.has(name))).toEqual([]);
      const cardAuthorisation = entities.find(
        e =>
          e.metadata.name === 'card-authorisation' &&
          e.kind === 'BoundedContext',
      );
      expect(cardAuthorisation?.relations).toEqual(
        expect.arrayContaining([
          { type: 'partOf', targetRef: 'domain:default/payments' },
          {
            type: 'partnerOf',
            targetRef: 'boundedcontext:default/fraud-detection',
          },
          {
            type: 'downstreamOf',
            targetRef: 'boundedcontext:default/identity-access',
          },
          {
            type: 'hasContextMember',
            targetRef: 'component:default/card-authoriser',
          },
        ]),
      );
    });

    it('resolves the four demo personas to users with groups', () => {
      const memberships = (name: string) =>
        entities
          .find(e => e.kind === 'User' && e.metadata.name === name)
          ?.relations?.filter(r => r.type === 'memberOf')
          .map(r => r.targetRef);
      expect(memberships('alex.morgan')).toContain(
        'group:default/portal-admins',
      );
      expect(memberships('sam.okafor')).toContain(
        'group:default/platform-team',
      );
      expect(memberships('jordan.lee')).toContain(
        'group:default/card-authorisation-team',
      );
      expect(memberships('riley.novak')).toContain(
        'group:default/developer-zero',
      );
    });

    it('keeps malformed entities out and reports each with the field at fault', async () => {
      const names = entities.map(e => e.metadata.name);
      expect(names).toContain('chargeback-notifier');
      expect(names).not.toContain('refund-worker');

      // Entities that never passed validation have no catalog entry at all;
      // the unprocessed-entities API lists them, with their errors.
      type Unprocessed = {
        unprocessed_entity: Entity;
        errors?: Array<{ message: string }>;
      };
      let unprocessed: Unprocessed[] = [];
      for (let attempt = 0; attempt < 60; attempt++) {
        const response = await request(server)
          .get('/api/catalog/entities/unprocessed/pending')
          .set('authorization', auth);
        expect(response.status).toBe(200);
        unprocessed = response.body.entities;
        if (unprocessed.filter(u => u.errors?.length).length >= 4) break;
        await new Promise(resolve => setTimeout(resolve, 1000));
      }
      const errorsOf = (name: string) =>
        unprocessed
          .find(u => u.unprocessed_entity.metadata.name === name)
          ?.errors?.map(e => e.message)
          .join('\n');
      expect(errorsOf('refund-worker')).toMatch(
        /required property 'lifecycle'/,
      );
      expect(errorsOf('Refund Worker!')).toMatch(
        /"metadata.name" is not valid/,
      );
      expect(errorsOf('refunds')?.split('\n')).toEqual(
        expect.arrayContaining([
          'spec.owner: is required: the Group or User that owns the context',
          'spec.terms[0].definition: is required: what "Refund" means in this context',
          expect.stringMatching(
            /^spec\.relationships\[0\]\.patterns\[0\]: "anti-corruption" is not a pattern; use one of .*anticorruption-layer/,
          ),
        ]),
      );
      expect(errorsOf('broken-architecture')?.split('\n')).toEqual(
        expect.arrayContaining([
          'spec.version: must be a semantic version such as 2.1.0 (this version), not "2.1"',
          'spec.lifecycle: must be one of draft, trial, recommended, hold, deprecated, retired, not "adopt"',
          expect.stringMatching(
            /^spec\.rules\[0\]\.check: must hold exactly one check/,
          ),
        ]),
      );
    }, 90_000);

    it('holds the seed library of reference architectures, followed by the demo systems', () => {
      const architectures = entities.filter(
        e => e.kind === 'ReferenceArchitecture',
      );
      const series = new Map<string, number>();
      for (const a of architectures) {
        const name = (a.spec?.series as string) ?? a.metadata.name;
        series.set(name, (series.get(name) ?? 0) + 1);
      }
      expect(series.size).toBeGreaterThanOrEqual(6);
      expect(
        [...series.values()].filter(n => n > 1).length,
      ).toBeGreaterThanOrEqual(2);
      const followed = entities
        .flatMap(e => e.relations ?? [])
        .filter(r => r.type === 'followsArchitecture')
        .map(r => r.targetRef);
      expect(new Set(followed).size).toBeGreaterThanOrEqual(4);
    });
  },
);
