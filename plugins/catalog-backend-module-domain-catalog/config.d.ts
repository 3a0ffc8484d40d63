export interface Config {
  fitsys?: {
    domainCatalog?: {
      /**
       * How long, in minutes, a context named in another context's
       * relationships may be missing from the catalog before that is a
       * processing error. Default 10.
       */
      missingContextGracePeriodMinutes?: number;
    };
  };
}
