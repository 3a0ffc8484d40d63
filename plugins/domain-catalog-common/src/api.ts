import {
  BoundedContextCanvas,
  ContextRelationship,
  DomainClassification,
  GlossaryTerm,
  RelationshipPattern,
} from './model';

// The shapes of the domain-catalog backend's HTTP API and actions. Every
// entity is named by its full ref ("boundedcontext:default/ledger").

/** A Domain of the catalog, as the domain catalog sees it. */
export interface DomainSummary {
  ref: string;
  name: string;
  title?: string;
  /** spec.type when it is core, supporting or generic; else inherited from the parent domain. */
  classification?: DomainClassification;
  /** The parent domain (spec.subdomainOf), when this is a sub-domain. */
  parent?: string;
  owner?: string;
}

/** A bounded context, without its terms, relationships or canvas. */
export interface ContextSummary {
  ref: string;
  name: string;
  namespace: string;
  title?: string;
  description?: string;
  owner: string;
  domain: string;
  /** The sub-domains the context implements (its domain when it names none). */
  implements: string[];
  /** The classification of its domain (core, supporting, generic). */
  classification?: DomainClassification;
  purpose: string;
  termCount: number;
  memberCount: number;
  /** Drift findings that involve the context. */
  driftCount: number;
}

/**
 * One relationship of the context map, merged from what either side
 * declared. For a symmetric relationship (partnership, shared kernel,
 * separate ways) `upstream` and `downstream` are just the two contexts, in
 * ref order, and `symmetric` is true.
 */
export interface ContextMapEdge {
  id: string;
  upstream: string;
  downstream: string;
  symmetric: boolean;
  /** Patterns on the upstream side (OHS, PL) or of a symmetric relationship (P, SK, SW). */
  upstreamPatterns: RelationshipPattern[];
  /** Patterns on the downstream side (ACL, CF). */
  downstreamPatterns: RelationshipPattern[];
  /** Whether the relationship is customer-supplier (C/S). */
  customerSupplier: boolean;
  /** Pattern notation for the edge, e.g. "U [OHS,PL] → D [ACL]", "SK". */
  label: string;
  /** APIs that carry the relationship. */
  apis: string[];
  notes: string[];
  /** The contexts that declared the relationship (one or both). */
  declaredBy: string[];
}

/** The context map, whole or filtered. */
export interface ContextMap {
  contexts: ContextSummary[];
  domains: DomainSummary[];
  edges: ContextMapEdge[];
  /** When the catalog snapshot behind the map was taken (ISO 8601). */
  generatedAt: string;
}

/** The context map drawn one node per domain, for maps too big to read. */
export interface DomainAggregateMap {
  nodes: Array<DomainSummary & { contextCount: number; termCount: number }>;
  edges: Array<{
    source: string;
    target: string;
    /** How many context relationships run from source's contexts to target's. */
    relationshipCount: number;
    patterns: RelationshipPattern[];
  }>;
  generatedAt: string;
}

/** Kinds of disagreement between the declared map and the catalog. */
export const DRIFT_KINDS = [
  'undeclared-coupling',
  'unbacked-relationship',
  'shared-resource',
  'contradiction',
  'cycle',
  'membership-conflict',
  'unknown-context',
] as const;
/** One of {@link DRIFT_KINDS}. */
export type DriftKind = (typeof DRIFT_KINDS)[number];

/** A catalog relation that is evidence for a drift finding. */
export interface DriftEvidence {
  /** Entity ref of the source, e.g. a component. */
  source: string;
  /** Relation type: consumesApi, dependsOn, or the declaring field. */
  type: string;
  /** Entity ref of the target, e.g. an API or resource. */
  target: string;
}

/** One disagreement between the declared context map and reality. */
export interface DriftFinding {
  /** Stable for the same finding across analyses. */
  id: string;
  kind: DriftKind;
  severity: 'error' | 'warning' | 'info';
  /** The contexts involved, by ref. */
  contexts: string[];
  message: string;
  evidence: DriftEvidence[];
}

/** The drift of the whole map or of one context. */
export interface DriftReport {
  /** One page of the findings (all when the request names no limit below their number). */
  findings: DriftFinding[];
  /** How many findings match, of each kind, on all pages. */
  counts: Record<DriftKind, number>;
  /** How many findings match, on all pages. */
  totalItems?: number;
  generatedAt: string;
}

/** How an entity came to belong to a context. */
export type MembershipSource = 'annotation' | 'system';

/** An entity that belongs to a context. */
export interface ContextMember {
  ref: string;
  kind: string;
  title?: string;
  via: MembershipSource;
  /** For members by inheritance: the system whose context applies. */
  system?: string;
}

/** A bounded context with everything declared about it. */
export interface ContextDetails {
  context: ContextSummary & {
    terms: GlossaryTerm[];
    relationships: ContextRelationship[];
    canvas?: BoundedContextCanvas;
    domainTitle?: string;
  };
  /** Edges of the map that touch the context. */
  edges: ContextMapEdge[];
  /** The other contexts on those edges. */
  neighbours: ContextSummary[];
  members: ContextMember[];
  drift: DriftFinding[];
}

/** The context of one catalog entity, for entity-page cards. */
export interface EntityContextInfo {
  entityRef: string;
  /** Absent when the entity belongs to no context. */
  context?: ContextSummary;
  via?: MembershipSource;
  system?: string;
  /** Contexts claimed for the entity beyond the first, when they conflict. */
  conflicts: string[];
  /** The first terms of the context's language. */
  keyTerms: GlossaryTerm[];
  upstream: ContextSummary[];
  downstream: ContextSummary[];
  partners: ContextSummary[];
}

/** A Domain with its sub-domains and the contexts in it, for the Domain card. */
export interface DomainContextsInfo {
  domain: DomainSummary;
  subdomains: DomainSummary[];
  /** Contexts whose domain is this domain or one of its sub-domains. */
  contexts: ContextSummary[];
}

/** A glossary term, with the context that defines it. */
export interface GlossaryEntry extends GlossaryTerm {
  context: string;
  contextTitle?: string;
  domain: string;
  classification?: DomainClassification;
}

/** One page of glossary search results. */
export interface GlossaryPage {
  items: GlossaryEntry[];
  totalItems: number;
  offset: number;
  limit: number;
}

/**
 * One term (or alias) that more than one context defines. Different
 * definitions are a bounded context doing its job, or a collision to
 * resolve; the same definition twice may be a shared kernel.
 */
export interface TermCollision {
  term: string;
  entries: GlossaryEntry[];
  sameDefinition: boolean;
}

/** The result of converting a CML model into catalog YAML. */
export interface CmlImportResult {
  /** Catalog YAML: Domain and BoundedContext entities, separated by ---. */
  yaml: string;
  domains: number;
  contexts: number;
  relationships: number;
  /** Problems that did not stop the import (e.g. a semantic check). */
  warnings: string[];
  /**
   * What the CML says that the catalog entities do not carry (aggregates,
   * responsibilities, a context's type, ...), in the order written; at most
   * a few hundred, with `notImportedCount` counting all.
   */
  notImported: Array<{
    line: number;
    /** As written: "Aggregate Customers", "type = FEATURE". */
    element: string;
    /** The element it is in: "BoundedContext CustomerManagement". */
    within?: string;
  }>;
  notImportedCount: number;
  /** Where each entity's document is in `yaml`, so that each can be saved where it belongs. */
  documents: Array<{
    kind: 'Domain' | 'BoundedContext';
    name: string;
    title?: string;
    /** Its first character in `yaml`, and how many it takes (without the --- between). */
    offset: number;
    length: number;
  }>;
}

/** Formats the map can be exported in. */
export const CONTEXT_MAP_EXPORT_FORMATS = ['cml', 'mermaid', 'dot'] as const;
/** One of {@link CONTEXT_MAP_EXPORT_FORMATS}. */
export type ContextMapExportFormat =
  (typeof CONTEXT_MAP_EXPORT_FORMATS)[number];

/**
 * Where the last step of a CML import can take the files: the hosts for
 * which the portal has an SCM integration with credentials it can open a
 * pull request with, and whether the caller may use them.
 */
export interface CmlImportTargets {
  /** Hosts (e.g. github.com) whose repositories the portal can open a pull request in. */
  pullRequestHosts: Array<{ host: string; type: 'github' }>;
  /** Whether the caller may register catalog locations, and so open such a pull request. */
  allowed: boolean;
}

/** What to convert, and where to propose the files: a CML import by pull request. */
export interface CmlImportPullRequestRequest {
  source: string;
  owner: string;
  namespace?: string;
  defaultDomain?: string;
  /** The repository, e.g. https://github.com/acme/architecture. */
  repositoryUrl: string;
  /** The branch to merge into; the repository's default branch when left out. */
  baseBranch?: string;
  /** The folder the files go in, relative to the repository's root; catalog/domain-model by default. */
  directory?: string;
}

/** A pull request opened with the files of a CML import. */
export interface CmlImportPullRequest {
  /** The pull request's page. */
  url: string;
  number: number;
  /** The new branch with the files, and the one it merges into. */
  branch: string;
  baseBranch: string;
  /** The files it adds (or replaces), relative to the repository's root. */
  files: string[];
  /**
   * The URL of the file that lists the others (a Location entity) on the
   * base branch: registering it once makes the catalog read them all.
   */
  locationUrl: string;
}
