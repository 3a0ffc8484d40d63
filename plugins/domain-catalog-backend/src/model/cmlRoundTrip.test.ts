import {
  cmlToEntities,
  contextMapToCml,
  parseCml,
} from '@internal/plugin-domain-catalog-common';
import { DomainCatalogSnapshot } from './DomainCatalogSnapshot';

const SOURCE = `
ContextMap Fernhill {
  contains CardAuthorisation, FraudDetection, Ledger, Clearing, CardVault
  FraudDetection [S,OHS]->[C,ACL] CardAuthorisation
  CardAuthorisation [SK]<->[SK] CardVault
  Clearing [D,CF]<-[U,PL] CardAuthorisation
  Ledger [P]<->[P] Clearing
  Clearing -> Ledger
}
Domain Payments {
  Subdomain Authorisation { type = CORE_DOMAIN }
  Subdomain Risk { type = SUPPORTING_DOMAIN }
}
Domain Finance { Subdomain Accounting { type = GENERIC_SUBDOMAIN } }
BoundedContext CardAuthorisation implements Authorisation { domainVisionStatement = "Approve or decline" }
BoundedContext FraudDetection implements Risk
BoundedContext CardVault implements Authorisation, Risk
BoundedContext Ledger implements Accounting
BoundedContext Clearing implements Accounting
`;

/** What a model says, independent of order and of which syntax wrote it. */
function essence(source: string) {
  const model = parseCml(source);
  return {
    contexts: model.boundedContexts
      .map(c => [c.name, [...c.implements].sort()])
      .sort(),
    subdomains: model.domains
      .flatMap(d => d.subdomains.map(s => [d.name, s.name, s.type]))
      .sort(),
    relationships: model
      .contextMap!.relationships.map(r =>
        JSON.stringify([
          r.symmetric
            ? [r.upstream, r.downstream].sort()
            : [r.upstream, r.downstream],
          r.symmetric ?? 'directed',
          [...r.upstreamPatterns].sort(),
          [...r.downstreamPatterns].sort(),
          r.customerSupplier,
        ]),
      )
      .sort(),
  };
}

describe('CML import and export', () => {
  it('gives back the same contexts, subdomains and relationships after a round trip through the catalog', () => {
    const { entities } = cmlToEntities(parseCml(SOURCE), {
      owner: 'group:default/architects',
    });
    const map = new DomainCatalogSnapshot(entities).map();
    const exported = contextMapToCml(map);
    expect(essence(exported)).toEqual(essence(SOURCE));
  });

  it('exports the demo-style map with every relationship in bracket syntax', () => {
    const { entities } = cmlToEntities(parseCml(SOURCE), {
      owner: 'group:default/architects',
    });
    const exported = contextMapToCml(new DomainCatalogSnapshot(entities).map());
    expect(exported).toContain(
      'FraudDetection [S,OHS]->[C,ACL] CardAuthorisation',
    );
    expect(exported).toContain('CardAuthorisation [SK]<->[SK] CardVault');
    expect(exported).toContain(
      'Subdomain Authorisation { type = CORE_DOMAIN }',
    );
    expect(exported).toContain(
      'BoundedContext CardVault implements Authorisation, Risk {',
    );
  });
});
