import { buildModel } from './buildModel';
import { analyseDrift } from './drift';
import { driftCatalog } from '../__testUtils__/driftCatalog';
import { api, component, context, resource } from '../__testUtils__/entities';

const ctx = (name: string) => `boundedcontext:default/${name}`;
const options = {
  undeclaredCouplingExemptions: [ctx('runtime')],
  sharedResourceTypes: ['database'],
};

describe('analyseDrift', () => {
  const report = analyseDrift(buildModel(driftCatalog()), options);
  const ids = report.findings.map(f => f.id).sort();
  const find = (id: string) => report.findings.find(f => f.id === id)!;

  it('finds exactly the drift the catalog was built with', () => {
    expect(ids).toEqual(
      [
        `contradiction:${ctx('ledger')}|${ctx('settlement')}`,
        `contradiction:${ctx('payouts')}>${ctx('ledger')}`,
        `cycle:${ctx('a')}|${ctx('b')}|${ctx('c')}`,
        `membership-conflict:component:default/split-brain`,
        `shared-resource:resource:default/shared-db`,
        `undeclared-coupling:${ctx('auth')}>${ctx('ledger')}`,
        `undeclared-coupling:${ctx('portal')}>${ctx('fraud')}`,
        `unbacked-relationship:directed:${ctx('a')}|${ctx('b')}`,
        `unbacked-relationship:directed:${ctx('b')}|${ctx('c')}`,
        `unbacked-relationship:directed:${ctx('c')}|${ctx('a')}`,
        `unbacked-relationship:directed:${ctx('ledger')}|${ctx('reporting')}`,
        `unknown-context:${ctx('ghost')}`,
      ].sort(),
    );
    expect(report.counts).toEqual({
      'undeclared-coupling': 2,
      'unbacked-relationship': 4,
      'shared-resource': 1,
      contradiction: 2,
      cycle: 1,
      'membership-conflict': 1,
      'unknown-context': 1,
    });
  });

  it('names the entities behind an undeclared coupling', () => {
    const finding = find(`undeclared-coupling:${ctx('auth')}>${ctx('ledger')}`);
    expect(finding.severity).toBe('warning');
    expect(finding.evidence).toEqual([
      {
        source: 'component:default/auth-service',
        type: 'consumesApi',
        target: 'api:default/ledger-api',
      },
    ]);
  });

  it('attributes an API without a context to its provider, and a component to its system', () => {
    const finding = find(
      `undeclared-coupling:${ctx('portal')}>${ctx('fraud')}`,
    );
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain('declare separate ways');
    expect(finding.evidence).toEqual([
      {
        source: 'component:default/portal-web',
        type: 'consumesApi',
        target: 'api:default/fraud-api',
      },
    ]);
  });

  it('reports both sides declaring upstream as a contradiction naming both declarations', () => {
    const finding = find(`contradiction:${ctx('ledger')}|${ctx('settlement')}`);
    expect(finding.severity).toBe('error');
    expect(finding.message).toBe(
      'ledger declares itself upstream of settlement, and settlement declares itself upstream of ledger; agree on one direction',
    );
  });

  it('reports a declared direction that the couplings contradict', () => {
    const finding = find(`contradiction:${ctx('payouts')}>${ctx('ledger')}`);
    expect(finding.message).toContain('the declared direction is reversed');
    expect(finding.evidence[0].source).toBe(
      'component:default/payouts-service',
    );
  });

  it('reports a database shared by two contexts, with who uses it', () => {
    const finding = find('shared-resource:resource:default/shared-db');
    expect(finding.contexts).toEqual([ctx('fraud'), ctx('settlement')]);
    expect(finding.evidence.map(e => e.source).sort()).toEqual([
      'component:default/fraud-engine',
      'component:default/settlement-job',
    ]);
  });

  it('leaves out exempt contexts and resource types that hold no shared state', () => {
    expect(ids.some(id => id.includes('runtime') || id.includes('dns'))).toBe(
      false,
    );
    const strict = analyseDrift(buildModel(driftCatalog()));
    const strictIds = strict.findings.map(f => f.id);
    expect(strictIds).toContain(
      `undeclared-coupling:${ctx('auth')}>${ctx('runtime')}`,
    );
    expect(strictIds).toContain('shared-resource:resource:default/dns');
  });

  it('calls a resource shared under a declared shared kernel informational', () => {
    const entities = [
      context('x', 'd', [
        { context: 'y', role: 'partner', patterns: ['shared-kernel'] },
      ]),
      context('y', 'd', [
        { context: 'x', role: 'partner', patterns: ['shared-kernel'] },
      ]),
      component('x-svc', { context: 'x', dependsOn: ['kernel-db'] }),
      component('y-svc', { context: 'y', dependsOn: ['kernel-db'] }),
      resource('kernel-db', 'database'),
    ];
    const finding = analyseDrift(buildModel(entities)).findings.find(
      f => f.kind === 'shared-resource',
    )!;
    expect(finding.severity).toBe('info');
  });

  it('caps the evidence and says how much more there is', () => {
    const entities = [
      context('x', 'd'),
      context('y', 'd'),
      ...Array.from({ length: 30 }, (_, i) =>
        component(`x-${i}`, {
          context: 'x',
          dependsOn: ['component:default/y-svc'],
        }),
      ),
      component('y-svc', { context: 'y' }),
    ];
    const finding = analyseDrift(buildModel(entities), { maxEvidence: 5 })
      .findings[0];
    expect(finding.evidence).toHaveLength(5);
    expect(finding.message).toContain('30 place(s)');
    expect(finding.message).toContain('25 more not shown');
  });

  it('finds nothing in a map whose declarations match the catalog', () => {
    const entities = [
      context('x', 'd', [
        { context: 'y', role: 'downstream', patterns: ['conformist'] },
      ]),
      context('y', 'd', [
        { context: 'x', role: 'upstream', patterns: ['open-host-service'] },
      ]),
      component('x-svc', { context: 'x', consumes: ['y-api'] }),
      component('y-svc', { context: 'y' }),
      api('y-api', { context: 'y', providers: ['y-svc'] }),
    ];
    expect(analyseDrift(buildModel(entities)).findings).toEqual([]);
  });
});
