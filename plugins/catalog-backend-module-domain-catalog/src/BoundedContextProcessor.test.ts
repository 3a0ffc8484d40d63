import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { BoundedContextProcessor } from './BoundedContextProcessor';

const location = { type: 'file', target: '/repo/contexts.yaml' };

function boundedContext(
  name: string,
  spec: NonNullable<Entity['spec']>,
): Entity {
  return {
    apiVersion: 'fitsys.dev/v1alpha1',
    kind: 'BoundedContext',
    metadata: { name, namespace: 'default' },
    spec,
  };
}

const cardAuthorisation = boundedContext('card-authorisation', {
  owner: 'card-authorisation-team',
  domain: 'payments',
  implements: ['payments', 'risk'],
  purpose: 'Approve or decline card payments.',
  relationships: [
    {
      context: 'fraud-detection',
      role: 'downstream',
      patterns: ['customer-supplier'],
    },
    { context: 'clearing', role: 'upstream', patterns: ['open-host-service'] },
    { context: 'card-vault', role: 'partner', patterns: ['shared-kernel'] },
  ],
});
const existing = ['fraud-detection', 'clearing', 'card-vault'].map(name =>
  boundedContext(name, { owner: 'x', domain: 'payments', purpose: 'y' }),
);

function processor(entities: Entity[] = existing, gracePeriodMs = 0) {
  return new BoundedContextProcessor({
    catalog: catalogServiceMock({ entities }),
    auth: mockServices.auth(),
    missingContextGracePeriodMs: gracePeriodMs,
  });
}

/** The processor cache of one entity, kept between processing rounds. */
function memoryCache() {
  const values = new Map<string, any>();
  return {
    get: async (key: string) => values.get(key),
    set: async (key: string, value: any) => {
      values.set(key, value);
    },
  };
}

async function postProcess(
  entity: Entity,
  entities?: Entity[],
  options: {
    gracePeriodMs?: number;
    cache?: ReturnType<typeof memoryCache>;
  } = {},
) {
  const results: CatalogProcessorResult[] = [];
  await processor(entities, options.gracePeriodMs).postProcessEntity(
    entity,
    location,
    r => results.push(r),
    options.cache ?? memoryCache(),
  );
  return results;
}

const relations = (results: CatalogProcessorResult[]) =>
  results.flatMap(r =>
    r.type === 'relation'
      ? [
          `${r.relation.source.kind}:${r.relation.source.name} ${r.relation.type} ${r.relation.target.kind}:${r.relation.target.name}`,
        ]
      : [],
  );
const errors = (results: CatalogProcessorResult[]) =>
  results.flatMap(r => (r.type === 'error' ? [r.error.message] : []));

describe('BoundedContextProcessor', () => {
  it('leaves other kinds to other processors', async () => {
    await expect(
      processor().validateEntityKind({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'x' },
      }),
    ).resolves.toBe(false);
  });

  it('accepts a valid context', async () => {
    await expect(
      processor().validateEntityKind(cardAuthorisation),
    ).resolves.toBe(true);
  });

  it('reports every problem of an invalid context with its field', async () => {
    const invalid = boundedContext('broken', {
      domain: 'payments',
      purpose: 'x',
      terms: [{ term: 'Capture' }],
      relationships: [
        { context: 'ledger', role: 'downstream', patterns: ['acl'] },
      ],
    });
    await expect(processor().validateEntityKind(invalid)).rejects.toThrow(
      [
        'BoundedContext "broken" is not valid:',
        'spec.owner: is required: the Group or User that owns the context',
        'spec.terms[0].definition: is required: what "Capture" means in this context',
        'spec.relationships[0].patterns[0]: "acl" is not a pattern; use one of partnership, shared-kernel, separate-ways, customer-supplier, open-host-service, published-language, anticorruption-layer, conformist',
      ].join('\n'),
    );
  });

  it('records ownership, domain, sub-domains and the context map both ways', async () => {
    const results = await postProcess(cardAuthorisation);
    expect(errors(results)).toEqual([]);
    expect(relations(results).sort()).toEqual(
      [
        'BoundedContext:card-authorisation ownedBy group:card-authorisation-team',
        'group:card-authorisation-team ownerOf BoundedContext:card-authorisation',
        'BoundedContext:card-authorisation partOf domain:payments',
        'domain:payments hasPart BoundedContext:card-authorisation',
        'BoundedContext:card-authorisation implements domain:payments',
        'domain:payments implementedBy BoundedContext:card-authorisation',
        'BoundedContext:card-authorisation implements domain:risk',
        'domain:risk implementedBy BoundedContext:card-authorisation',
        // downstream of fraud-detection
        'BoundedContext:card-authorisation downstreamOf boundedcontext:fraud-detection',
        'boundedcontext:fraud-detection upstreamOf BoundedContext:card-authorisation',
        // upstream of clearing
        'boundedcontext:clearing downstreamOf BoundedContext:card-authorisation',
        'BoundedContext:card-authorisation upstreamOf boundedcontext:clearing',
        // partner of card-vault
        'BoundedContext:card-authorisation partnerOf boundedcontext:card-vault',
        'boundedcontext:card-vault partnerOf BoundedContext:card-authorisation',
      ].sort(),
    );
  });

  it('implements its own domain when it names no sub-domains', async () => {
    const results = await postProcess(existing[0]);
    expect(relations(results)).toContain(
      'BoundedContext:fraud-detection implements domain:payments',
    );
  });

  it('reports a relationship with a context the catalog does not hold', async () => {
    const results = await postProcess(cardAuthorisation, existing.slice(0, 2));
    expect(errors(results)).toEqual([
      'BoundedContext "card-authorisation" is not valid:\nspec.relationships[2].context: there is no BoundedContext "boundedcontext:default/card-vault" in the catalog; check the name, or register that context',
    ]);
  });

  it('gives a missing context a grace period to appear, then reports it', async () => {
    const cache = memoryCache();
    const hour = 60 * 60_000;
    const firstRound = await postProcess(
      cardAuthorisation,
      existing.slice(0, 2),
      {
        gracePeriodMs: hour,
        cache,
      },
    );
    expect(errors(firstRound)).toEqual([]);
    expect(relations(firstRound)).toContain(
      'BoundedContext:card-authorisation partnerOf boundedcontext:card-vault',
    );

    // An hour later it is still missing: now it is an error.
    const now = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(now + hour + 1);
    try {
      const later = await postProcess(cardAuthorisation, existing.slice(0, 2), {
        gracePeriodMs: hour,
        cache,
      });
      expect(errors(later)).toHaveLength(1);
      // Once it appears, the error and the memory of it are gone.
      const appeared = await postProcess(cardAuthorisation, existing, {
        gracePeriodMs: hour,
        cache,
      });
      expect(errors(appeared)).toEqual([]);
      expect(await cache.get('missingContextsSince')).toEqual({});
    } finally {
      jest.restoreAllMocks();
    }
  });

  it('makes an annotated component a member of its context', async () => {
    const component: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'card-authoriser',
        namespace: 'default',
        annotations: { 'fitsys.dev/bounded-context': 'card-authorisation' },
      },
      spec: {},
    };
    expect(relations(await postProcess(component))).toEqual([
      'Component:card-authoriser inContext BoundedContext:card-authorisation',
      'BoundedContext:card-authorisation hasContextMember Component:card-authoriser',
    ]);
  });

  it('records every context of a comma-separated claim, for the conflict to show', async () => {
    const component: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'payout-scheduler',
        namespace: 'default',
        annotations: { 'fitsys.dev/bounded-context': 'payouts, ledger' },
      },
      spec: {},
    };
    expect(relations(await postProcess(component))).toEqual([
      'Component:payout-scheduler inContext BoundedContext:payouts',
      'BoundedContext:payouts hasContextMember Component:payout-scheduler',
      'Component:payout-scheduler inContext BoundedContext:ledger',
      'BoundedContext:ledger hasContextMember Component:payout-scheduler',
    ]);
  });

  it('reports a malformed context annotation and records nothing for it', async () => {
    const api: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: {
        name: 'payments-api',
        annotations: { 'fitsys.dev/bounded-context': 'card authorisation!' },
      },
    };
    const results = await postProcess(api);
    expect(relations(results)).toEqual([]);
    expect(errors(results)).toEqual([
      'API "payments-api": metadata.annotations["fitsys.dev/bounded-context"] must name a BoundedContext (letters, digits, \'-\', \'_\', \'.\'; several separated by commas), not "card authorisation!"',
    ]);
  });

  it('ignores entities without the annotation and kinds that cannot join', async () => {
    const user: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: {
        name: 'sam',
        annotations: { 'fitsys.dev/bounded-context': 'card-authorisation' },
      },
    };
    expect(await postProcess(user)).toEqual([]);
  });
});
