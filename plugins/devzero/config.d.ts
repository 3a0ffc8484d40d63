export interface Config {
  devzero?: {
    /**
     * Whether a reporter may keep their name from the owners of a finding
     * they file (default true). Admins still see it. The backend reads it too.
     * @visibility frontend
     */
    anonymousFiling?: boolean;
    attachments?: {
      /**
       * The largest image one upload may be, in bytes (default 2097152, 2
       * MiB). The backend enforces it; the filing dialog checks it first.
       * @visibility frontend
       */
      maxBytes?: number;
    };
  };
}
