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

  it('says where each entity is in the YAML, so each can be saved on its own', () => {
    const result = cmlToCatalogYaml(FERNHILL, { owner: 'architects' });
    expect(result.documents).toHaveLength(10);
    expect(result.documents.filter(d => d.kind === 'Domain')).toHaveLength(5);
    for (const document of result.documents) {
      const text = result.yaml.slice(
        document.offset,
        document.offset + document.length,
      );
      const [parsed] = parseAllDocuments(text).map(d => d.toJSON());
      expect(parsed.kind).toBe(document.kind);
      expect(parsed.metadata.name).toBe(document.name);
    }
    expect(result.documents.find(d => d.name === 'ledger')).toMatchObject({
      kind: 'BoundedContext',
      title: 'Ledger',
    });
  });
});

describe('what the import does not carry over', () => {
  const SKIPPING = `import "./shared.cml"
ContextMap Landscape {
  type = SYSTEM_LANDSCAPE
  state = TO_BE
  contains Orders, Billing
  Orders [U,OHS]->[D,ACL] Billing {
    implementationTechnology = "REST"
    exposedAggregates = Order
  }
}
Domain Commerce {
  Subdomain Ordering supports Checkout {
    type = CORE_DOMAIN
    Entity Basket
  }
}
BoundedContext Orders implements Ordering realizes Billing {
  type = FEATURE
  responsibilities = "Take orders", "Track them"
  Aggregate Orders { Entity Order { aggregateRoot } }
  Module Pricing { }
}
BoundedContext Billing implements Ordering
UseCase PlaceOrder { }
`;

  it('lists each element the catalog entities leave out, with its line and where it is', () => {
    const result = cmlToCatalogYaml(SKIPPING, { owner: 'architects' });
    expect(result.contexts).toBe(2);
    expect(result.notImported).toEqual([
      { line: 1, element: 'import "./shared.cml"' },
      {
        line: 3,
        element: 'type = SYSTEM_LANDSCAPE',
        within: 'ContextMap Landscape',
      },
      { line: 4, element: 'state = TO_BE', within: 'ContextMap Landscape' },
      {
        line: 8,
        element: 'exposedAggregates = Order',
        within: 'relationship Orders – Billing',
      },
      { line: 12, element: 'supports Checkout', within: 'Subdomain Ordering' },
      { line: 14, element: 'Entity Basket', within: 'Subdomain Ordering' },
      {
        line: 17,
        element: 'realizes Billing',
        within: 'BoundedContext Orders',
      },
      {
        line: 17,
        element: 'responsibilities (2)',
        within: 'BoundedContext Orders',
      },
      { line: 18, element: 'type = FEATURE', within: 'BoundedContext Orders' },
      {
        line: 20,
        element: 'Aggregate Orders',
        within: 'BoundedContext Orders',
      },
      { line: 21, element: 'Module Pricing', within: 'BoundedContext Orders' },
      { line: 24, element: 'UseCase PlaceOrder' },
    ]);
    expect(result.notImportedCount).toBe(12);
    // What is carried stays: the subdomain's type and the relationship's technology.
    expect(result.yaml).toContain('type: core');
    expect(result.yaml).toContain('Implemented with REST.');
  });

  it('keeps a bounded list however much the CML has that is not carried over', () => {
    const aggregates = Array.from(
      { length: 5_000 },
      (_, i) => `Aggregate A${i} { }`,
    ).join('\n');
    const result = cmlToCatalogYaml(
      `BoundedContext Big implements X {\n${aggregates}\n}`,
      { owner: 'architects' },
    );
    expect(result.notImported).toHaveLength(200);
    expect(result.notImportedCount).toBe(5_000);
  });
});
