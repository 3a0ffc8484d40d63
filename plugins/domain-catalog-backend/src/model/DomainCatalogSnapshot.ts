import { Entity } from '@backstage/catalog-model';
import {
  ContextDetails,
  ContextMap,
  ContextMapEdge,
  ContextSummary,
  DomainAggregateMap,
  DomainContextsInfo,
  DriftFinding,
  DriftKind,
  DriftReport,
  DRIFT_KINDS,
  EntityContextInfo,
  RelationshipPattern,
} from '@internal/plugin-domain-catalog-common';
import { buildModel, DomainModel } from './buildModel';
import { analyseDrift, DriftOptions } from './drift';
import { GlossaryIndex } from './glossary';

/** Filters of the context map. */
export interface MapQuery {
  domains?: string[];
  owners?: string[];
  /** Only this context and its neighbours up to `depth` edges away. */
  focus?: string;
  depth?: number;
}

/**
 * One consistent view of the domain catalog, computed once from a catalog
 * snapshot so that every request is answered from memory.
 */
export class DomainCatalogSnapshot {
  readonly model: DomainModel;
  readonly drift: DriftReport;
  readonly glossary: GlossaryIndex;
  private readonly driftByContext = new Map<string, DriftFinding[]>();
  /** Durations of the parts of the analysis, in milliseconds. */
  readonly timings: { model: number; drift: number; glossary: number };

  constructor(
    entities: Entity[],
    options: DriftOptions = {},
    now = new Date(),
  ) {
    let t = performance.now();
    this.model = buildModel(entities, now);
    const model = performance.now() - t;
    t = performance.now();
    this.drift = analyseDrift(this.model, options);
    const drift = performance.now() - t;
    t = performance.now();
    this.glossary = new GlossaryIndex(this.model);
    const glossary = performance.now() - t;
    this.timings = { model, drift, glossary };

    for (const finding of this.drift.findings) {
      for (const context of finding.contexts) {
        const list = this.driftByContext.get(context) ?? [];
        list.push(finding);
        this.driftByContext.set(context, list);
      }
    }
    for (const [ref, record] of this.model.contexts) {
      record.summary.driftCount = this.driftByContext.get(ref)?.length ?? 0;
    }
  }

  get generatedAt() {
    return this.model.generatedAt;
  }

  context(ref: string): ContextSummary | undefined {
    return this.model.contexts.get(ref)?.summary;
  }

  /** Whether a domain is the given one or one of its sub-domains. */
  private withinDomain(domain: string, wanted: Set<string>): boolean {
    const seen = new Set<string>();
    let current: string | undefined = domain;
    while (current && !seen.has(current)) {
      if (wanted.has(current)) return true;
      seen.add(current);
      current = this.model.domains.get(current)?.parent;
    }
    return false;
  }

  map(query: MapQuery = {}): ContextMap {
    let contexts = [...this.model.contexts.values()].map(r => r.summary);
    if (query.domains?.length) {
      const wanted = new Set(query.domains);
      contexts = contexts.filter(c =>
        [c.domain, ...c.implements].some(d => this.withinDomain(d, wanted)),
      );
    }
    if (query.owners?.length) {
      const owners = new Set(query.owners);
      contexts = contexts.filter(c => owners.has(c.owner));
    }
    let included = new Set(contexts.map(c => c.ref));
    if (query.focus) {
      const reach = new Set([query.focus]);
      let frontier = [query.focus];
      for (let step = 0; step < (query.depth ?? 1); step++) {
        const next: string[] = [];
        for (const ref of frontier) {
          for (const edge of this.model.edgesByContext.get(ref) ?? []) {
            for (const end of [edge.upstream, edge.downstream]) {
              if (!reach.has(end) && included.has(end)) {
                reach.add(end);
                next.push(end);
              }
            }
          }
        }
        frontier = next;
      }
      included = new Set(
        [...reach].filter(r => included.has(r) || r === query.focus),
      );
      contexts = [...included]
        .map(r => this.context(r))
        .filter((c): c is ContextSummary => c !== undefined);
    }
    const edges = this.model.edges.filter(
      e => included.has(e.upstream) && included.has(e.downstream),
    );
    const domainRefs = new Set(
      contexts.flatMap(c => [c.domain, ...c.implements]),
    );
    for (const ref of [...domainRefs]) {
      for (
        let p = this.model.domains.get(ref)?.parent;
        p && !domainRefs.has(p);
        p = this.model.domains.get(p)?.parent
      ) {
        domainRefs.add(p);
      }
    }
    return {
      contexts: contexts.sort((a, b) => a.ref.localeCompare(b.ref)),
      domains: [...domainRefs]
        .map(d => this.model.domains.get(d))
        .filter((d): d is NonNullable<typeof d> => d !== undefined)
        .sort((a, b) => a.ref.localeCompare(b.ref)),
      edges,
      generatedAt: this.generatedAt,
    };
  }

  domainAggregate(): DomainAggregateMap {
    const nodes = new Map<string, DomainAggregateMap['nodes'][number]>();
    for (const { summary } of this.model.contexts.values()) {
      const domain = this.model.domains.get(summary.domain) ?? {
        ref: summary.domain,
        name: summary.domain.split('/').pop() ?? summary.domain,
      };
      const node = nodes.get(domain.ref) ?? {
        ...domain,
        contextCount: 0,
        termCount: 0,
      };
      node.contextCount++;
      node.termCount += summary.termCount;
      nodes.set(domain.ref, node);
    }
    const edges = new Map<string, DomainAggregateMap['edges'][number]>();
    for (const edge of this.model.edges) {
      const source = this.context(edge.upstream)?.domain;
      const target = this.context(edge.downstream)?.domain;
      if (!source || !target || source === target) continue;
      const key = `${source}>${target}`;
      const agg = edges.get(key) ?? {
        source,
        target,
        relationshipCount: 0,
        patterns: [],
      };
      agg.relationshipCount++;
      for (const p of [
        ...edge.upstreamPatterns,
        ...edge.downstreamPatterns,
      ] as RelationshipPattern[]) {
        if (!agg.patterns.includes(p)) agg.patterns.push(p);
      }
      edges.set(key, agg);
    }
    return {
      nodes: [...nodes.values()].sort((a, b) => a.ref.localeCompare(b.ref)),
      edges: [...edges.values()],
      generatedAt: this.generatedAt,
    };
  }

  details(ref: string): ContextDetails | undefined {
    const record = this.model.contexts.get(ref);
    if (!record) return undefined;
    const edges = this.model.edgesByContext.get(ref) ?? [];
    const neighbours = new Set(edges.flatMap(e => [e.upstream, e.downstream]));
    neighbours.delete(ref);
    const spec = record.entity.spec;
    return {
      context: {
        ...record.summary,
        terms: spec.terms ?? [],
        relationships: spec.relationships ?? [],
        canvas: spec.canvas,
        domainTitle: this.model.domains.get(record.summary.domain)?.title,
      },
      edges,
      neighbours: [...neighbours]
        .map(n => this.context(n))
        .filter((c): c is ContextSummary => c !== undefined),
      members: (this.model.membersByContext.get(ref) ?? [])
        .slice()
        .sort((a, b) => a.ref.localeCompare(b.ref)),
      drift: this.driftByContext.get(ref) ?? [],
    };
  }

  /** The unfiltered map and the aggregate as JSON, serialised once: they are the biggest answers. */
  private readonly json = new Map<string, string>();

  cachedJson(key: 'map' | 'aggregate'): string {
    let value = this.json.get(key);
    if (value === undefined) {
      value = JSON.stringify(
        key === 'map' ? this.map() : this.domainAggregate(),
      );
      this.json.set(key, value);
    }
    return value;
  }

  driftReport(filter: {
    context?: string;
    kinds?: DriftKind[];
    offset?: number;
    limit?: number;
  }): DriftReport {
    let findings = filter.context
      ? this.driftByContext.get(filter.context) ?? []
      : this.drift.findings;
    if (filter.kinds?.length) {
      const kinds = new Set(filter.kinds);
      findings = findings.filter(f => kinds.has(f.kind));
    }
    const counts = Object.fromEntries(DRIFT_KINDS.map(k => [k, 0])) as Record<
      DriftKind,
      number
    >;
    for (const f of findings) counts[f.kind]++;
    const offset = filter.offset ?? 0;
    return {
      findings: findings.slice(
        offset,
        offset + (filter.limit ?? findings.length),
      ),
      counts,
      totalItems: findings.length,
      generatedAt: this.generatedAt,
    };
  }

  entityContext(entityRef: string): EntityContextInfo {
    const claim = this.model.claims.get(entityRef);
    const context = claim ? this.context(claim.contexts[0]) : undefined;
    const info: EntityContextInfo = {
      entityRef,
      context,
      via: claim?.via,
      system: claim?.system,
      conflicts: claim ? claim.contexts.slice(1) : [],
      keyTerms: [],
      upstream: [],
      downstream: [],
      partners: [],
    };
    if (!context) return info;
    const record = this.model.contexts.get(context.ref)!;
    info.keyTerms = (record.entity.spec.terms ?? []).slice(0, 5);
    const add = (list: ContextSummary[], ref: string) => {
      const summary = this.context(ref);
      if (summary && !list.some(s => s.ref === ref)) list.push(summary);
    };
    for (const edge of this.model.edgesByContext.get(context.ref) ??
      ([] as ContextMapEdge[])) {
      const other =
        edge.upstream === context.ref ? edge.downstream : edge.upstream;
      if (edge.symmetric) add(info.partners, other);
      else if (edge.downstream === context.ref) add(info.upstream, other);
      else add(info.downstream, other);
    }
    return info;
  }

  domainContexts(domainRef: string): DomainContextsInfo | undefined {
    const domain = this.model.domains.get(domainRef);
    if (!domain) return undefined;
    const wanted = new Set([domainRef]);
    return {
      domain,
      subdomains: [...this.model.domains.values()]
        .filter(d => d.parent === domainRef)
        .sort((a, b) => a.ref.localeCompare(b.ref)),
      contexts: [...this.model.contexts.values()]
        .map(r => r.summary)
        .filter(c =>
          [c.domain, ...c.implements].some(d => this.withinDomain(d, wanted)),
        )
        .sort((a, b) => a.ref.localeCompare(b.ref)),
    };
  }
}
