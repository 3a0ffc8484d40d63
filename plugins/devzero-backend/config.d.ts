import { HumanDuration } from '@backstage/types';

export interface Config {
  devzero?: {
    /**
     * Whether owners see who filed a finding (default true). When false, only
     * the reporter and Developer Zero admins do.
     */
    reporterVisibleToOwners?: boolean;
    // devzero.anonymousFiling is declared in devzero-common, for both sides.
    /** Demo findings to load into an empty database at start-up (local demos only). */
    demoData?: {
      /** A YAML file of findings, relative to the backend's working directory. */
      file?: string;
    };
    // devzero.attachments.maxBytes is declared in devzero-common: the backend
    // enforces it, the filing dialog checks it first.
    /** Time-to-triage and time-to-resolve targets per severity. */
    sla?: {
      [severity in
        | 'annoyance'
        | 'slowed-me-down'
        | 'blocked-me'
        | 'would-have-given-up']?: {
        triage?: HumanDuration;
        resolve?: HumanDuration;
      };
    };
  };
}
