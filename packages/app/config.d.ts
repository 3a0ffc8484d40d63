export interface Config {
  fitsys?: {
    /**
     * Local and test sign-in as demo users. Needs the `demo` auth provider in
     * the backend (auth.providers.demo), which production never enables.
     */
    demoSignIn?: {
      /**
       * The people offered on the sign-in page.
       * @visibility frontend
       */
      personas?: Array<{
        /**
         * Catalog User name, e.g. `sam.okafor`.
         * @visibility frontend
         */
        user: string;
        /**
         * What this person does, shown under their name.
         * @visibility frontend
         */
        role?: string;
      }>;
    };
  };
}
