import { DomainClassification } from '../model';

/** A relationship of a CML context map, directed from upstream to downstream. */
export interface CmlRelationship {
  name?: string;
  /** For a symmetric relationship, the left-hand context. */
  upstream: string;
  /** For a symmetric relationship, the right-hand context. */
  downstream: string;
  symmetric?: 'partnership' | 'shared-kernel';
  upstreamPatterns: Array<'open-host-service' | 'published-language'>;
  downstreamPatterns: Array<'anticorruption-layer' | 'conformist'>;
  customerSupplier: boolean;
  implementationTechnology?: string;
  line: number;
}

/** A CML bounded context. */
export interface CmlBoundedContext {
  name: string;
  implements: string[];
  domainVisionStatement?: string;
  responsibilities?: string[];
  line: number;
}

/** A CML domain with its subdomains. */
export interface CmlDomain {
  name: string;
  domainVisionStatement?: string;
  subdomains: Array<{
    name: string;
    type?: DomainClassification;
    domainVisionStatement?: string;
  }>;
  line: number;
}

/** Something written in the CML that the import does not carry into the catalog. */
export interface CmlSkipped {
  line: number;
  /** What it is, as written: "Aggregate Customers", "type = FEATURE". */
  element: string;
  /** The element it is written in: "BoundedContext CustomerManagement". */
  within?: string;
}

/** What the domain catalog reads from a CML model. */
export interface CmlModel {
  /** What the parser read past, in the order written (at most {@link CML_SKIPPED_KEPT}). */
  skipped: CmlSkipped[];
  /** How many things it read past, all told. */
  skippedCount: number;
  contextMap?: {
    name: string;
    contains: string[];
    relationships: CmlRelationship[];
  };
  boundedContexts: CmlBoundedContext[];
  domains: CmlDomain[];
}

/** How many skipped elements a model keeps, however many the CML has. */
export const CML_SKIPPED_KEPT = 500;
