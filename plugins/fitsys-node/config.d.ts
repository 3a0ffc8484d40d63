export interface Config {
  fitsys?: {
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
