export interface Config {
  fitsys?: {
    domainCatalog?: {
      drift?: {
        /**
         * Contexts that everyone may use without declaring a relationship,
         * such as a runtime platform every service runs on (refs or names).
         */
        undeclaredCouplingExemptions?: string[];
        /**
         * Resource types that hold state, for which use by two contexts is a
         * finding (for example database, kafka-topic). All types when unset.
         */
        sharedResourceTypes?: string[];
      };
    };
  };
}
