export interface Config {
  devzero?: {
    /**
     * Whether a reporter may keep their name from the owners of a finding
     * they file (default true). Admins still see it. The backend reads it too.
     * @visibility frontend
     */
    anonymousFiling?: boolean;
  };
}
