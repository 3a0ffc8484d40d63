export interface Config {
  fitsys?: {
    /** Fit Systems Developer Zero: usability findings filed against catalog entities. */
    devzero?: {
      /**
       * Whether a reporter may keep their name from the owners of a finding
       * they file (default true). Admins still see it. The backend refuses a
       * hidden name when it is false; the filing dialog offers none.
       * @visibility frontend
       */
      anonymousFiling?: boolean;
      attachments?: {
        /**
         * The largest image one upload may be, in bytes (default 2097152, 2
         * MiB). The backend enforces it; the filing dialog checks it first.
         * Declared here, in the package both depend on, so that the frontend
         * and the backend read one declaration.
         * @visibility frontend
         */
        maxBytes?: number;
      };
    };
  };
  /**
   * Where Developer Zero's settings were before `fitsys.devzero`; still read
   * when `fitsys.devzero` leaves a key out, with a warning in the backend's log.
   * @deprecated Use `fitsys.devzero`.
   */
  devzero?: {
    /**
     * @deprecated Use `fitsys.devzero.anonymousFiling`.
     * @visibility frontend
     */
    anonymousFiling?: boolean;
    attachments?: {
      /**
       * @deprecated Use `fitsys.devzero.attachments.maxBytes`.
       * @visibility frontend
       */
      maxBytes?: number;
    };
  };
}
