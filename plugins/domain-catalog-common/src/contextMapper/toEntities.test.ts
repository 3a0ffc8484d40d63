import { validateBoundedContext } from '../validation';
import { cmlToCatalogYaml, cmlToEntities, kebabCase } from './toEntities';
import { parseCml } from './parser';
import { parseAllDocuments } from 'yaml';

const FERNHILL = `
ContextMap Fernhill {
  contains CardAuthorisation, FraudDetection, Ledger, Clearing, CardVault
  FraudDetection [S,OHS]->[C,ACL] CardAuthorisation
  CardAuthorisation [SK]<->[SK] CardVault
  Clearing [D,CF]<-[U,PL] CardAuthorisation
  Ledger Partnership Clearing { implementationTechnology = "Kafka" }
}
Domain Payments {
  Subdomain Authorisation { type = CORE_DOMAIN }
  Subdomain Risk { type = SUPPORTING_DOMAIN }
}
Domain Finance { Subdomain Accounting { type = GENERIC_SUBDOMAIN } }
BoundedContext CardAuthorisation implements Authorisation { domainVisionStatement = "Approve or decline each payment" }
BoundedContext FraudDetection implements Risk
BoundedContext CardVault implements Authorisation, Risk
BoundedContext Ledger implements Accounting
BoundedContext Clearing
`;

describe('cmlToEntities', () => {
  const { entities, warnings } = cmlToEntities(parseCml(FERNHILL), {
    owner: 'group:default/architects',
    defaultDomain: 'Payments',
  });
  const byName = Object.fromEntries(
    entities.map(e => [`${e.kind}:${e.metadata.name}`, e]),
  );

  it('names entities in kebab case, keeping the CML name as title', () => {
    expect(kebabCase('CardAuthorisation')).toBe('card-authorisation');
    expect(kebabCase('HTTPGateway2')).toBe('http-gateway2');
    expect(byName['BoundedContext:card-authorisation'].metadata.title).toBe(
      'CardAuthorisation',
    );
  });

  it('makes domains and typed sub-domains', () => {
    expect(byName['Domain:authorisation'].spec).toEqual({
      owner: 'group:default/architects',
      type: 'core',
      subdomainOf: 'payments',
    });
    expect(byName['Domain:payments'].spec).toEqual({
      owner: 'group:default/architects',
    });
    expect(entities.filter(e => e.kind === 'Domain')).toHaveLength(5);
  });

  it('declares each relationship on both sides, every pattern on its own side', () => {
    expect(
      byName['BoundedContext:card-authorisation'].spec!.relationships,
    ).toEqual([
      {
        context: 'fraud-detection',
        role: 'downstream',
        patterns: ['customer-supplier', 'anticorruption-layer'],
      },
      { context: 'card-vault', role: 'partner', patterns: ['shared-kernel'] },
      {
        context: 'clearing',
        role: 'upstream',
        patterns: ['published-language'],
      },
    ]);
    expect(
      byName['BoundedContext:fraud-detection'].spec!.relationships,
    ).toEqual([
      {
        context: 'card-authorisation',
        role: 'upstream',
        patterns: ['customer-supplier', 'open-host-service'],
      },
    ]);
    expect(byName['BoundedContext:ledger'].spec!.relationships).toEqual([
      {
        context: 'clearing',
        role: 'partner',
        patterns: ['partnership'],
        note: 'Implemented with Kafka.',
      },
    ]);
  });

  it('gives a context its first implemented domain and every one it implements', () => {
    expect(byName['BoundedContext:card-vault'].spec).toMatchObject({
      domain: 'authorisation',
      implements: ['authorisation', 'risk'],
    });
    expect(byName['BoundedContext:clearing'].spec!.domain).toBe('payments');
    expect(warnings).toEqual([
      'line 18: Clearing implements no domain; it goes in payments',
    ]);
  });

  it('makes contexts that pass the catalog validation', () => {
    for (const entity of entities.filter(e => e.kind === 'BoundedContext')) {
      expect(validateBoundedContext(entity)).toEqual([]);
    }
  });

  it('keeps conformist and drops customer-supplier when the CML combines them, with a warning', () => {
    const result = cmlToEntities(
      parseCml(
        'ContextMap M { A [S]->[C,CF] B } BoundedContext A implements X BoundedContext B implements X',
      ),
      { owner: 'o' },
    );
    expect(result.warnings[0]).toContain('conformist (CF) is not applicable');
    const b = result.entities.find(e => e.metadata.name === 'b')!;
    expect(b.spec!.relationships).toEqual([
      { context: 'a', role: 'downstream', patterns: ['conformist'] },
    ]);
    expect(validateBoundedContext(b)).toEqual([]);
  });
});

describe('cmlToCatalogYaml', () => {
  it('writes YAML documents with counts', () => {
    const result = cmlToCatalogYaml(FERNHILL, {
      owner: 'architects',
      namespace: 'imported',
    });
    const documents = parseAllDocuments(result.yaml).map(d => d.toJSON());
    expect(documents).toHaveLength(10);
    expect(documents.every(d => d.metadata.namespace === 'imported')).toBe(
      true,
    );
    expect(result).toMatchObject({ domains: 5, contexts: 5, relationships: 4 });
  });
});
