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

/** What the domain catalog reads from a CML model. */
export interface CmlModel {
  contextMap?: {
    name: string;
    contains: string[];
    relationships: CmlRelationship[];
  };
  boundedContexts: CmlBoundedContext[];
  domains: CmlDomain[];
}
