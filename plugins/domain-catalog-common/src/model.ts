import { Entity } from '@backstage/catalog-model';

/** The apiVersion of the suite's kinds. */
export const FITSYS_API_VERSION = 'fitsys.dev/v1alpha1';
/** The kind of a bounded context entity. */
export const BOUNDED_CONTEXT_KIND = 'BoundedContext';
/** Annotation by which a component, API, resource or system joins a context. */
export const BOUNDED_CONTEXT_ANNOTATION = 'fitsys.dev/bounded-context';

/** The relations the catalog records for bounded contexts. */
export const RELATION_IMPLEMENTS = 'implements';
/** Reverse of {@link RELATION_IMPLEMENTS}. */
export const RELATION_IMPLEMENTED_BY = 'implementedBy';
/** From a downstream context to its upstream. */
export const RELATION_DOWNSTREAM_OF = 'downstreamOf';
/** From an upstream context to its downstream. */
export const RELATION_UPSTREAM_OF = 'upstreamOf';
/** Between two partner contexts (symmetric patterns). */
export const RELATION_PARTNER_OF = 'partnerOf';
/** From a context to an entity that belongs to it. */
export const RELATION_HAS_CONTEXT_MEMBER = 'hasContextMember';
/** From an entity to the context it belongs to. */
export const RELATION_IN_CONTEXT = 'inContext';

/** The kinds that may join a context by annotation. */
export const CONTEXT_MEMBER_KINDS = ['Component', 'API', 'Resource', 'System'];

/** Context-map patterns, as Context Mapper and the DDD literature name them. */
export const RELATIONSHIP_PATTERNS = [
  'partnership',
  'shared-kernel',
  'separate-ways',
  'customer-supplier',
  'open-host-service',
  'published-language',
  'anticorruption-layer',
  'conformist',
] as const;
/** One context-map pattern. */
export type RelationshipPattern = (typeof RELATIONSHIP_PATTERNS)[number];

/** A context's role in one relationship. */
export const RELATIONSHIP_ROLES = [
  'upstream',
  'downstream',
  'partner',
] as const;
/** One of {@link RELATIONSHIP_ROLES}. */
export type RelationshipRole = (typeof RELATIONSHIP_ROLES)[number];

/** DDD classification of a domain (the Domain's spec.type). */
export const DOMAIN_CLASSIFICATIONS = [
  'core',
  'supporting',
  'generic',
] as const;
/** One of {@link DOMAIN_CLASSIFICATIONS}. */
export type DomainClassification = (typeof DOMAIN_CLASSIFICATIONS)[number];

/** Bounded Context Canvas: business model. */
export const BUSINESS_MODELS = [
  'revenue',
  'engagement',
  'compliance',
  'cost-reduction',
] as const;
/** Bounded Context Canvas: evolution (Wardley). */
export const EVOLUTION_STAGES = [
  'genesis',
  'custom-built',
  'product',
  'commodity',
] as const;
/** Bounded Context Canvas: kinds of message between contexts. */
export const MESSAGE_TYPES = ['command', 'query', 'event'] as const;

/** A term of the ubiquitous language. */
export type GlossaryTerm = {
  term: string;
  definition: string;
  aliases?: string[];
  examples?: string[];
  notToBeConfusedWith?: string[];
};

/** One side of a context-map relationship, as the declaring context sees it. */
export type ContextRelationship = {
  context: string;
  role: RelationshipRole;
  patterns?: RelationshipPattern[];
  api?: string;
  note?: string;
};

/** A message in the canvas's inbound or outbound communication. */
export type CanvasMessage = {
  collaborator: string;
  message: string;
  type: (typeof MESSAGE_TYPES)[number];
};

/** The Bounded Context Canvas's strategic fields. */
export type BoundedContextCanvas = {
  businessModel?: (typeof BUSINESS_MODELS)[number][];
  evolution?: (typeof EVOLUTION_STAGES)[number];
  domainRoles?: string[];
  inbound?: CanvasMessage[];
  outbound?: CanvasMessage[];
  businessDecisions?: string[];
  assumptions?: string[];
  verificationMetrics?: string[];
  openQuestions?: string[];
};

/** A `BoundedContext` catalog entity. */
export interface BoundedContextEntity extends Entity {
  apiVersion: typeof FITSYS_API_VERSION;
  kind: typeof BOUNDED_CONTEXT_KIND;
  spec: {
    owner: string;
    domain: string;
    implements?: string[];
    purpose: string;
    terms?: GlossaryTerm[];
    relationships?: ContextRelationship[];
    canvas?: BoundedContextCanvas;
  };
}

/** Whether an entity is a BoundedContext (by kind and apiVersion). */
export function isBoundedContextEntity(
  entity: Entity,
): entity is BoundedContextEntity {
  return (
    entity.kind === BOUNDED_CONTEXT_KIND &&
    entity.apiVersion === FITSYS_API_VERSION
  );
}
