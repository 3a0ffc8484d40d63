import { DriftFinding } from '@internal/plugin-domain-catalog-common';
import { fixesFor } from './fixes';

const finding = (f: Partial<DriftFinding>): DriftFinding => ({
  id: 'x',
  kind: 'undeclared-coupling',
  severity: 'warning',
  contexts: [],
  message: '',
  evidence: [],
  ...f,
});
const ctx = (name: string, ns = 'default') => `boundedcontext:${ns}/${name}`;

describe('fixesFor', () => {
  it('declares an undeclared coupling on the using side, naming the other across namespaces', () => {
    expect(
      fixesFor(
        finding({ contexts: [ctx('portal'), ctx('payouts', 'finance')] }),
      ),
    ).toEqual([
      {
        entityRef: ctx('portal'),
        field: 'spec.relationships',
        action: 'Declare the relationship portal has with payouts',
        snippet: '- context: finance/payouts\n  role: downstream',
      },
    ]);
  });

  it('points both sides of a separate-ways breach at their relationships', () => {
    const fixes = fixesFor(
      finding({ severity: 'error', contexts: [ctx('a'), ctx('b')] }),
    );
    expect(fixes.map(f => [f.entityRef, f.field])).toEqual([
      [ctx('a'), 'spec.relationships'],
      [ctx('b'), 'spec.relationships'],
    ]);
  });

  it('names the exact declarations that contradict each other', () => {
    const fixes = fixesFor(
      finding({
        kind: 'contradiction',
        contexts: [ctx('a'), ctx('b')],
        evidence: [
          { source: ctx('a'), type: 'spec.relationships[0]', target: ctx('b') },
          { source: ctx('b'), type: 'spec.relationships[2]', target: ctx('a') },
        ],
      }),
    );
    expect(fixes.map(f => [f.entityRef, f.field])).toEqual([
      [ctx('a'), 'spec.relationships[0]'],
      [ctx('b'), 'spec.relationships[2]'],
    ]);
  });

  it('sends a membership problem to the annotation of each entity that claims it', () => {
    const evidence = ['component:default/x', 'component:default/x'].map(
      source => ({
        source,
        type: 'fitsys.dev/bounded-context',
        target: ctx('a'),
      }),
    );
    for (const kind of ['membership-conflict', 'unknown-context'] as const) {
      expect(
        fixesFor(finding({ kind, contexts: [ctx('a')], evidence })),
      ).toEqual([
        expect.objectContaining({
          entityRef: 'component:default/x',
          field: 'metadata.annotations["fitsys.dev/bounded-context"]',
        }),
      ]);
    }
  });

  it('sends a shared resource to each component that depends on it', () => {
    const fixes = fixesFor(
      finding({
        kind: 'shared-resource',
        evidence: [
          {
            source: 'component:default/a',
            type: 'dependsOn',
            target: 'resource:default/db',
          },
          {
            source: 'component:default/b',
            type: 'dependsOn',
            target: 'resource:default/db',
          },
        ],
      }),
    );
    expect(fixes.map(f => [f.entityRef, f.field])).toEqual([
      ['component:default/a', 'spec.dependsOn'],
      ['component:default/b', 'spec.dependsOn'],
    ]);
  });
});
