export interface Config {
  fitsys?: {
    dependencyMap?: {
      /**
       * Critical customer journeys: a name, a title, and the entry
       * components (refs or names) whose dependencies make the journey.
       * Components may also join a journey with the fitsys.dev/journeys
       * annotation.
       */
      journeys?: Array<{
        name: string;
        title?: string;
        entries: string[];
      }>;
      /**
       * Availability of a failure domain, in percent, counted once in series
       * in the correlated availability of what runs in it. A zone counts
       * 99.99 unless set; a region or cluster only when set.
       */
      failureDomainAvailability?: {
        zone?: number;
        region?: number;
        cluster?: number;
      };
    };
  };
}
