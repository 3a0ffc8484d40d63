export interface Config {
  fitsys?: {
    /**
     * Fit Systems skills survey: an anonymous self-assessment of how well
     * engineers know the organisation's technologies. Read once at start-up.
     */
    skillsSurvey?: {
      /**
       * The fewest respondents a published cell may have (default 5, allowed
       * 3 to 10). Snapshotted when a campaign opens.
       */
      minGroupSize?: number;
      /**
       * Groups or users that manage campaigns and read results (the portal's
       * permission policy reads this; admins always may).
       */
      managers?: string[];
      /** The proficiency scale (default 0 never used to 4 can teach others). */
      scale?: Array<{ level: number; label: string }>;
      /** The level from which a person counts as independent (default 3). */
      independentLevel?: number;
      /** Technologies declared here, grouped in categories. */
      technologies?: Array<{
        id: string;
        title: string;
        /** languages, frameworks, infrastructure, data or practices */
        category: string;
      }>;
      /** A Tech Radar document (Backstage tech-radar format) to read technologies from. */
      techRadar?: {
        /** A JSON file, relative to the backend's working directory. */
        file: string;
        /** The category of each quadrant, by quadrant id; otherwise guessed from its name. */
        categories?: { [quadrant: string]: string };
      };
      /**
       * Rules mapping what components and resources say in the catalog (a
       * tag, a spec.type) to a technology. The fitsys.dev/technologies
       * annotation names technologies by id without a rule.
       */
      catalogRules?: Array<{ tag?: string; type?: string; technology: string }>;
      /** The category of technologies only the catalog names (default infrastructure). */
      catalogCategory?: string;
      /**
       * Weekly reminders (Backstage notifications) to the people of an open
       * campaign who have not answered it, and a notice to everyone when a
       * campaign's results are published (default true).
       */
      notifications?: boolean;
      /** Demo campaigns and synthetic answers, loaded once into an empty database (local demos only). */
      demoData?: {
        enabled?: boolean;
      };
    };
  };
}
