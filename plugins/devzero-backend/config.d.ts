import { HumanDuration } from '@backstage/types';

/** Time-to-triage and time-to-resolve targets per severity. */
type DevzeroSlaTargets = {
  [severity in
    | 'annoyance'
    | 'slowed-me-down'
    | 'blocked-me'
    | 'would-have-given-up']?: {
    triage?: HumanDuration;
    resolve?: HumanDuration;
  };
};

export interface Config {
  fitsys?: {
    /**
     * Fit Systems Developer Zero: usability findings filed against catalog
     * entities. Read once at start-up.
     */
    devzero?: {
      /**
       * Whether owners see who filed a finding (default true). When false,
       * only the reporter and Developer Zero admins do.
       */
      reporterVisibleToOwners?: boolean;
      // anonymousFiling and attachments.maxBytes are declared in
      // devzero-common: the frontend reads them too.
      /** Demo findings to load into an empty database at start-up (local demos only). */
      demoData?: {
        /** A YAML file of findings, relative to the backend's working directory. */
        file?: string;
      };
      /** Time-to-triage and time-to-resolve targets per severity. */
      sla?: DevzeroSlaTargets;
    };
  };
  /**
   * Where Developer Zero's settings were before `fitsys.devzero`; each is
   * still read when `fitsys.devzero` leaves it out, with a warning in the log.
   * @deprecated Use `fitsys.devzero`.
   */
  devzero?: {
    /** @deprecated Use `fitsys.devzero.reporterVisibleToOwners`. */
    reporterVisibleToOwners?: boolean;
    demoData?: {
      /** @deprecated Use `fitsys.devzero.demoData.file`. */
      file?: string;
    };
    /** @deprecated Use `fitsys.devzero.sla`. */
    sla?: DevzeroSlaTargets;
  };
}
