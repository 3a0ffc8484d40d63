export interface Config {
  fitsys?: {
    referenceArchitectures?: {
      /**
       * Whether the hourly task sends Backstage notifications (upgrades to a
       * recommended version, overdue revisits). Default true.
       */
      notifications?: boolean;
      adrs?: {
        /**
         * Local directories (relative to the backend's working directory)
         * inside which `backstage.io/adr-location` may name a directory, for
         * entities the catalog read from files. ADRs at URLs are read
         * through the portal's integrations and need no entry here.
         */
        fileRoots?: string[];
      };
    };
  };
}
