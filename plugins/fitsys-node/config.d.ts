export interface Config {
  fitsys?: {
    permissions?: {
      /**
       * How long, in seconds, a Fit Systems backend reuses a user's
       * permission decision before asking the permission backend again
       * (default 5, at most 300; 0 asks on every request). A change of
       * policy or of a user's groups reaches these plugins within this time.
       */
      decisionCacheSeconds?: number;
    };
    /** The catalog snapshot every Fit Systems backend in a process shares. */
    catalogSnapshot?: {
      /**
       * How often, in seconds, each backend replica reads the catalog anew
       * (default 30). Until a read succeeds, the last snapshot is served.
       */
      refreshSeconds?: number;
      /** Entities per page when reading the catalog (default 1000). */
      pageSize?: number;
    };
  };
}
