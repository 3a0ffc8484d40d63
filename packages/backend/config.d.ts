export interface Config {
  /** Settings of the Fit Systems portal. */
  fitsys?: {
    permission?: {
      /**
       * Users or groups (entity refs, e.g. `group:default/portal-admins`)
       * whose members may do everything. Defaults to `group:default/portal-admins`.
       */
      admins?: string[];
    };
  };
}
