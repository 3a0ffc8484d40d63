import {
  DRIFT_KINDS,
  DriftEvidence,
  DriftFinding,
  DriftKind,
  DriftReport,
} from '@internal/plugin-domain-catalog-common';
import { Declaration, DomainModel } from './buildModel';

/** Settings of the drift analysis. */
export interface DriftOptions {
  /** Contexts (refs) whose couplings need not be declared, e.g. a runtime platform every service runs on. */
  undeclaredCouplingExemptions?: string[];
  /** Resource types that count as shared state when two contexts use them; all types when absent. */
  sharedResourceTypes?: string[];
  /** At most this many pieces of evidence per finding (default 20). */
  maxEvidence?: number;
}

type Coupling = { evidence: DriftEvidence[]; total: number };

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The context an entity belongs to, or for an API without one, its providers' common context. */
function contextOf(model: DomainModel, ref: string): string | undefined {
  const claim = model.claims.get(ref);
  if (claim) return claim.contexts[0];
  const node = model.nodes.get(ref);
  if (node?.kind !== 'api') return undefined;
  const providers = new Set(
    (node.relations.get('apiProvidedBy') ?? [])
      .map(p => model.claims.get(p)?.contexts[0])
      .filter(Boolean),
  );
  return providers.size === 1 ? [...providers][0] : undefined;
}

function describeRole(d: Declaration) {
  return d.role === 'partner' ? 'a partner' : d.role;
}

/** Strongly connected components of the declared upstream → downstream graph (Tarjan). */
function cycles(adjacency: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of adjacency.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indices.get(w)!));
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of [...adjacency.keys()].sort()) {
    if (!indices.has(v)) visit(v);
  }
  return found;
}

/**
 * Compares the declared context map with the couplings the catalog records:
 * a component that consumes an API or depends on an entity of another
 * context couples the two contexts, downstream to upstream.
 */
export function analyseDrift(
  model: DomainModel,
  options: DriftOptions = {},
): DriftReport {
  const maxEvidence = options.maxEvidence ?? 20;
  const exempt = new Set(options.undeclaredCouplingExemptions ?? []);
  const findings: DriftFinding[] = [];
  // Messages name contexts as people know them: by title, else by name.
  const n = (ref: string) =>
    model.contexts.get(ref)?.summary.title ?? ref.slice(ref.indexOf('/') + 1);
  const more = (total: number, shown: number) =>
    total > shown ? ` (${total - shown} more not shown)` : '';

  // Couplings found in the catalog, keyed "downstream>upstream".
  const couplings = new Map<string, Coupling>();
  const resourceUsers = new Map<string, Map<string, DriftEvidence[]>>();
  for (const node of model.nodes.values()) {
    if (node.kind !== 'component') continue;
    const from = contextOf(model, node.ref);
    if (!from) continue;
    for (const type of ['consumesApi', 'dependsOn']) {
      for (const target of node.relations.get(type) ?? []) {
        const evidence = { source: node.ref, type, target };
        const targetNode = model.nodes.get(target);
        if (targetNode?.kind === 'resource' && type === 'dependsOn') {
          const users = resourceUsers.get(target) ?? new Map();
          const list = users.get(from) ?? [];
          list.push(evidence);
          users.set(from, list);
          resourceUsers.set(target, users);
        }
        const to = contextOf(model, target);
        if (!to || to === from) continue;
        const key = `${from}>${to}`;
        const coupling = couplings.get(key) ?? { evidence: [], total: 0 };
        coupling.total++;
        if (coupling.evidence.length < maxEvidence)
          coupling.evidence.push(evidence);
        couplings.set(key, coupling);
      }
    }
  }

  // What was declared, per pair of contexts.
  const declaredPairs = new Map<string, Declaration[]>();
  for (const d of model.declarations) {
    const key = pairKey(d.declarer, d.other);
    declaredPairs.set(key, [...(declaredPairs.get(key) ?? []), d]);
  }
  const contradicted = new Set<string>();
  for (const [key, list] of declaredPairs) {
    const [a, b] = key.split('|');
    const fromA = list.filter(d => d.declarer === a);
    const fromB = list.filter(d => d.declarer === b);
    for (const x of fromA) {
      for (const y of fromB) {
        const agrees =
          (x.role === 'partner' && y.role === 'partner') ||
          (x.role === 'upstream' && y.role === 'downstream') ||
          (x.role === 'downstream' && y.role === 'upstream');
        if (agrees) continue;
        contradicted.add(key);
        findings.push({
          id: `contradiction:${key}`,
          kind: 'contradiction',
          severity: 'error',
          contexts: [a, b],
          message: `${n(a)} declares itself ${describeRole(x)} of ${n(
            b,
          )}, and ${n(b)} declares itself ${describeRole(y)} of ${n(
            a,
          )}; agree on one direction`,
          evidence: [
            { source: a, type: `spec.relationships[${x.index}]`, target: b },
            { source: b, type: `spec.relationships[${y.index}]`, target: a },
          ],
        });
      }
    }
  }

  // Couplings nobody declared, or declared the other way round.
  for (const [key, coupling] of [...couplings].sort()) {
    const [down, up] = key.split('>');
    if (exempt.has(up)) continue;
    const declared = declaredPairs.get(pairKey(down, up)) ?? [];
    const shown = more(coupling.total, coupling.evidence.length);
    if (declared.length === 0) {
      findings.push({
        id: `undeclared-coupling:${down}>${up}`,
        kind: 'undeclared-coupling',
        severity: 'warning',
        contexts: [down, up],
        message: `${n(down)} uses ${n(up)} in ${
          coupling.total
        } place(s), but neither context declares a relationship with the other${shown}`,
        evidence: coupling.evidence,
      });
    } else if (declared.every(d => d.patterns.includes('separate-ways'))) {
      findings.push({
        id: `undeclared-coupling:${down}>${up}`,
        kind: 'undeclared-coupling',
        severity: 'error',
        contexts: [down, up],
        message: `${n(down)} and ${n(up)} declare separate ways, yet ${n(
          down,
        )} uses ${n(up)} in ${coupling.total} place(s)${shown}`,
        evidence: coupling.evidence,
      });
    } else if (
      !contradicted.has(pairKey(down, up)) &&
      declared.every(
        d =>
          (d.declarer === down && d.role === 'upstream') ||
          (d.declarer === up && d.role === 'downstream'),
      )
    ) {
      findings.push({
        id: `contradiction:${down}>${up}`,
        kind: 'contradiction',
        severity: 'warning',
        contexts: [down, up],
        message: `${n(down)} is declared upstream of ${n(
          up,
        )}, but its components use ${n(up)} (${
          coupling.total
        } place(s)); the declared direction is reversed${shown}`,
        evidence: coupling.evidence,
      });
    }
  }

  // Declared relationships with nothing in the catalog behind them.
  for (const edge of model.edges) {
    if (edge.upstreamPatterns.includes('separate-ways')) continue;
    const backed =
      couplings.has(`${edge.downstream}>${edge.upstream}`) ||
      couplings.has(`${edge.upstream}>${edge.downstream}`);
    if (
      backed ||
      !model.contexts.has(edge.upstream) ||
      !model.contexts.has(edge.downstream)
    )
      continue;
    findings.push({
      id: `unbacked-relationship:${edge.id}`,
      kind: 'unbacked-relationship',
      severity: 'info',
      contexts: [edge.upstream, edge.downstream],
      message: `${edge.declaredBy.map(n).join(' and ')} declare${
        edge.declaredBy.length === 1 ? 's' : ''
      } ${edge.label} between ${n(edge.upstream)} and ${n(
        edge.downstream,
      )}, but no component of either consumes an API of or depends on the other; the coupling may be through events the catalog does not record, or the relationship is gone`,
      evidence: edge.declaredBy.map(d => ({
        source: d,
        type: 'spec.relationships',
        target: d === edge.upstream ? edge.downstream : edge.upstream,
      })),
    });
  }

  // Resources that carry state for more than one context.
  const sharedTypes = options.sharedResourceTypes
    ? new Set(options.sharedResourceTypes)
    : undefined;
  for (const [resource, users] of [...resourceUsers].sort()) {
    if (users.size < 2) continue;
    const type = model.nodes.get(resource)?.type;
    if (sharedTypes && (!type || !sharedTypes.has(type))) continue;
    const contexts = [...users.keys()].sort();
    const kernel = contexts.every((a, i) =>
      contexts
        .slice(i + 1)
        .every(b =>
          (declaredPairs.get(pairKey(a, b)) ?? []).some(d =>
            d.patterns.includes('shared-kernel'),
          ),
        ),
    );
    const evidence = [...users.values()].flat();
    findings.push({
      id: `shared-resource:${resource}`,
      kind: 'shared-resource',
      severity: kernel ? 'info' : 'warning',
      contexts,
      message: `${resource}${type ? ` (${type})` : ''} is used by ${
        contexts.length
      } contexts: ${contexts.map(n).join(', ')}${
        kernel
          ? '; they declare a shared kernel'
          : '; each context should own its state, or declare a shared kernel'
      }`,
      evidence: evidence.slice(0, maxEvidence),
    });
  }

  // Cycles in the declared upstream → downstream graph.
  const adjacency = new Map<string, string[]>();
  for (const edge of model.edges) {
    if (
      edge.symmetric ||
      contradicted.has(pairKey(edge.upstream, edge.downstream))
    )
      continue;
    adjacency.set(edge.upstream, [
      ...(adjacency.get(edge.upstream) ?? []),
      edge.downstream,
    ]);
  }
  for (const cycle of cycles(adjacency)) {
    const members = new Set(cycle);
    findings.push({
      id: `cycle:${cycle.join('|')}`,
      kind: 'cycle',
      severity: 'warning',
      contexts: cycle,
      message: `${
        cycle.length
      } contexts are upstream of each other in a cycle: ${cycle
        .map(n)
        .join(', ')}; a change in one can ripple back to itself`,
      evidence: model.edges
        .filter(
          e =>
            !e.symmetric &&
            members.has(e.upstream) &&
            members.has(e.downstream),
        )
        .map(e => ({
          source: e.upstream,
          type: 'upstreamOf',
          target: e.downstream,
        })),
    });
  }

  // Membership: several contexts claimed, or a context that does not exist.
  const unknown = new Map<string, DriftEvidence[]>();
  for (const [ref, claim] of [...model.claims].sort()) {
    if (claim.contexts.length > 1 && claim.via === 'annotation') {
      findings.push({
        id: `membership-conflict:${ref}`,
        kind: 'membership-conflict',
        severity: 'error',
        contexts: claim.contexts,
        message: `${ref} is claimed by ${
          claim.contexts.length
        } contexts (${claim.contexts
          .map(n)
          .join(
            ', ',
          )}); an entity belongs to one context, so split it or choose one`,
        evidence: claim.contexts.map(c => ({
          source: ref,
          type: 'fitsys.dev/bounded-context',
          target: c,
        })),
      });
    }
    if (claim.via !== 'annotation') continue;
    for (const context of claim.contexts) {
      if (model.contexts.has(context)) continue;
      unknown.set(context, [
        ...(unknown.get(context) ?? []),
        { source: ref, type: 'fitsys.dev/bounded-context', target: context },
      ]);
    }
  }
  for (const [context, evidence] of unknown) {
    findings.push({
      id: `unknown-context:${context}`,
      kind: 'unknown-context',
      severity: 'error',
      contexts: [context],
      message: `${evidence.length} entit${
        evidence.length === 1 ? 'y names' : 'ies name'
      } ${context}, which is not in the catalog; register that BoundedContext or fix the annotation`,
      evidence: evidence.slice(0, maxEvidence),
    });
  }

  const counts = Object.fromEntries(DRIFT_KINDS.map(k => [k, 0])) as Record<
    DriftKind,
    number
  >;
  for (const f of findings) counts[f.kind]++;
  return { findings, counts, generatedAt: model.generatedAt };
}
