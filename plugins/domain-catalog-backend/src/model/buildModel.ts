import { Entity } from '@backstage/catalog-model';
import {
  BOUNDED_CONTEXT_ANNOTATION,
  BoundedContextEntity,
  ContextMapEdge,
  ContextMember,
  ContextSummary,
  DOMAIN_CLASSIFICATIONS,
  DomainClassification,
  DomainSummary,
  isBoundedContextEntity,
  PATTERN_NOTATION,
  RelationshipPattern,
  RelationshipRole,
  SYMMETRIC_PATTERNS,
} from '@internal/plugin-domain-catalog-common';
import { refOf, resolveRef } from './refs';

/** A context with its entity, as the model keeps it. */
export interface ContextRecord {
  summary: ContextSummary;
  entity: BoundedContextEntity;
}

/** One side's declaration of a relationship, kept to explain contradictions. */
export interface Declaration {
  declarer: string;
  other: string;
  role: RelationshipRole;
  patterns: RelationshipPattern[];
  index: number;
}

/** The contexts an entity is claimed by, and how. */
export interface MembershipClaim {
  contexts: string[];
  via: 'annotation' | 'system';
  system?: string;
}

/** The parts of a catalog entity the analysis reads. */
export interface CatalogNode {
  ref: string;
  kind: string;
  title?: string;
  type?: string;
  system?: string;
  /** Outgoing relations by type: target refs. */
  relations: Map<string, string[]>;
}

/** Everything the domain catalog knows, derived from one catalog snapshot. */
export interface DomainModel {
  generatedAt: string;
  contexts: Map<string, ContextRecord>;
  domains: Map<string, DomainSummary>;
  edges: ContextMapEdge[];
  edgesByContext: Map<string, ContextMapEdge[]>;
  declarations: Declaration[];
  nodes: Map<string, CatalogNode>;
  claims: Map<string, MembershipClaim>;
  membersByContext: Map<string, ContextMember[]>;
}

const MEMBER_KINDS = new Set(['component', 'api', 'resource', 'system']);

/** Names in a context annotation; a comma-separated list claims several. */
export function annotationContexts(entity: Entity): string[] {
  const value = entity.metadata.annotations?.[BOUNDED_CONTEXT_ANNOTATION];
  if (typeof value !== 'string') return [];
  const namespace = entity.metadata.namespace ?? 'default';
  return value
    .split(',')
    .map(v => resolveRef(v, 'boundedcontext', namespace))
    .filter((v): v is string => v !== undefined);
}

function buildDomains(entities: Entity[]): Map<string, DomainSummary> {
  const domains = new Map<string, DomainSummary>();
  for (const entity of entities) {
    if (entity.kind.toLocaleLowerCase('en-US') !== 'domain') continue;
    const ns = entity.metadata.namespace ?? 'default';
    const type = entity.spec?.type;
    domains.set(refOf(entity), {
      ref: refOf(entity),
      name: entity.metadata.name,
      title: entity.metadata.title,
      classification: DOMAIN_CLASSIFICATIONS.includes(type as any)
        ? (type as DomainClassification)
        : undefined,
      parent: resolveRef(entity.spec?.subdomainOf, 'domain', ns),
      owner: resolveRef(entity.spec?.owner, 'group', ns),
    });
  }
  // A sub-domain without a classification of its own takes its parent's.
  const inherit = (
    ref: string,
    seen: Set<string>,
  ): DomainClassification | undefined => {
    const domain = domains.get(ref);
    if (!domain || seen.has(ref)) return undefined;
    if (domain.classification) return domain.classification;
    seen.add(ref);
    return domain.parent ? inherit(domain.parent, seen) : undefined;
  };
  for (const domain of domains.values()) {
    domain.classification = inherit(domain.ref, new Set());
  }
  return domains;
}

function edgeLabel(edge: Omit<ContextMapEdge, 'label'>): string {
  const n = (ps: RelationshipPattern[]) =>
    ps.length ? ` [${ps.map(p => PATTERN_NOTATION[p]).join(',')}]` : '';
  if (edge.symmetric) {
    return (
      edge.upstreamPatterns.map(p => PATTERN_NOTATION[p]).join(', ') || 'P'
    );
  }
  const cs = edge.customerSupplier ? 'C/S: ' : '';
  return `${cs}U${n(edge.upstreamPatterns)} → D${n(edge.downstreamPatterns)}`;
}

function buildEdges(
  declarations: Declaration[],
  apisOf: Map<string, string[]>,
  notesOf: Map<string, string[]>,
) {
  const edges = new Map<string, Omit<ContextMapEdge, 'label'>>();
  for (const d of declarations) {
    const symmetric = d.role === 'partner';
    let [upstream, downstream] =
      d.role === 'upstream' ? [d.declarer, d.other] : [d.other, d.declarer];
    if (symmetric) [upstream, downstream] = [d.declarer, d.other].sort();
    const id = `${
      symmetric ? 'partner' : 'directed'
    }:${upstream}|${downstream}`;
    let edge = edges.get(id);
    if (!edge) {
      edge = {
        id,
        upstream,
        downstream,
        symmetric,
        upstreamPatterns: [],
        downstreamPatterns: [],
        customerSupplier: false,
        apis: [],
        notes: [],
        declaredBy: [],
      };
      edges.set(id, edge);
    }
    const key = `${d.declarer}#${d.index}`;
    for (const p of d.patterns) {
      if (p === 'customer-supplier') {
        edge.customerSupplier = true;
      } else if (
        symmetric
          ? SYMMETRIC_PATTERNS.includes(p)
          : p === 'open-host-service' || p === 'published-language'
      ) {
        if (!edge.upstreamPatterns.includes(p)) edge.upstreamPatterns.push(p);
      } else if (
        !symmetric &&
        (p === 'anticorruption-layer' || p === 'conformist')
      ) {
        if (!edge.downstreamPatterns.includes(p))
          edge.downstreamPatterns.push(p);
      }
    }
    for (const api of apisOf.get(key) ?? []) {
      if (!edge.apis.includes(api)) edge.apis.push(api);
    }
    edge.notes.push(...(notesOf.get(key) ?? []));
    if (!edge.declaredBy.includes(d.declarer)) edge.declaredBy.push(d.declarer);
  }
  return [...edges.values()].map(e => ({ ...e, label: edgeLabel(e) }));
}

function catalogNode(entity: Entity): CatalogNode {
  const ns = entity.metadata.namespace ?? 'default';
  const relations = new Map<string, string[]>();
  for (const relation of entity.relations ?? []) {
    const list = relations.get(relation.type) ?? [];
    list.push(relation.targetRef.toLocaleLowerCase('en-US'));
    relations.set(relation.type, list);
  }
  return {
    ref: refOf(entity),
    kind: entity.kind.toLocaleLowerCase('en-US'),
    title: entity.metadata.title,
    type: typeof entity.spec?.type === 'string' ? entity.spec.type : undefined,
    system: resolveRef(entity.spec?.system, 'system', ns),
    relations,
  };
}

/**
 * Builds the model from catalog entities: contexts with their domains and
 * classification, the merged context-map edges, and which entities belong to
 * which context, by their own annotation or their system's.
 */
export function buildModel(
  entities: Entity[],
  generatedAt = new Date(),
): DomainModel {
  const domains = buildDomains(entities);
  const contexts = new Map<string, ContextRecord>();
  const declarations: Declaration[] = [];
  const apisOf = new Map<string, string[]>();
  const notesOf = new Map<string, string[]>();
  const nodes = new Map<string, CatalogNode>();
  const claims = new Map<string, MembershipClaim>();

  for (const entity of entities) {
    if (isBoundedContextEntity(entity)) {
      const ref = refOf(entity);
      const ns = entity.metadata.namespace ?? 'default';
      const spec = entity.spec;
      const domain = resolveRef(spec.domain, 'domain', ns) ?? '';
      const implementsRefs = (
        spec.implements?.length ? spec.implements : [spec.domain]
      )
        .map(d => resolveRef(d, 'domain', ns))
        .filter((d): d is string => d !== undefined);
      contexts.set(ref, {
        entity,
        summary: {
          ref,
          name: entity.metadata.name,
          namespace: ns,
          title: entity.metadata.title,
          description: entity.metadata.description,
          owner: resolveRef(spec.owner, 'group', ns) ?? '',
          domain,
          implements: implementsRefs,
          classification: domains.get(domain)?.classification,
          purpose: spec.purpose ?? '',
          termCount: spec.terms?.length ?? 0,
          memberCount: 0,
          driftCount: 0,
        },
      });
      (spec.relationships ?? []).forEach((r, index) => {
        const other = resolveRef(r.context, 'boundedcontext', ns);
        if (!other || other === ref) return;
        declarations.push({
          declarer: ref,
          other,
          role: r.role,
          patterns: r.patterns ?? [],
          index,
        });
        const api = resolveRef(r.api, 'api', ns);
        if (api) apisOf.set(`${ref}#${index}`, [api]);
        if (r.note) notesOf.set(`${ref}#${index}`, [r.note]);
      });
    } else if (MEMBER_KINDS.has(entity.kind.toLocaleLowerCase('en-US'))) {
      const node = catalogNode(entity);
      nodes.set(node.ref, node);
      const own = annotationContexts(entity);
      if (own.length > 0)
        claims.set(node.ref, { contexts: own, via: 'annotation' });
    }
  }

  // A system's context applies to its parts that do not name their own.
  for (const node of nodes.values()) {
    if (claims.has(node.ref) || !node.system || node.kind === 'system')
      continue;
    const systemClaim = claims.get(node.system);
    if (systemClaim?.via === 'annotation') {
      claims.set(node.ref, {
        contexts: systemClaim.contexts,
        via: 'system',
        system: node.system,
      });
    }
  }

  const membersByContext = new Map<string, ContextMember[]>();
  for (const [ref, claim] of claims) {
    const node = nodes.get(ref)!;
    for (const context of claim.contexts) {
      const list = membersByContext.get(context) ?? [];
      list.push({
        ref,
        kind: node.kind,
        title: node.title,
        via: claim.via,
        system: claim.system,
      });
      membersByContext.set(context, list);
    }
  }
  for (const [ref, record] of contexts) {
    record.summary.memberCount = membersByContext.get(ref)?.length ?? 0;
  }

  const edges = buildEdges(declarations, apisOf, notesOf);
  const edgesByContext = new Map<string, ContextMapEdge[]>();
  for (const edge of edges) {
    for (const end of [edge.upstream, edge.downstream]) {
      const list = edgesByContext.get(end) ?? [];
      list.push(edge);
      edgesByContext.set(end, list);
    }
  }

  return {
    generatedAt: generatedAt.toISOString(),
    contexts,
    domains,
    edges,
    edgesByContext,
    declarations,
    nodes,
    claims,
    membersByContext,
  };
}
