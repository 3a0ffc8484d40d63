import { HumanDuration } from '@backstage/types';

export interface Config {
  devzero?: {
    /**
     * Whether owners see who filed a finding (default true). When false, only
     * the reporter and Developer Zero admins do.
     */
    reporterVisibleToOwners?: boolean;
    // devzero.anonymousFiling is declared by the frontend plugin, which shows it.
    /** Demo findings to load into an empty database at start-up (local demos only). */
    demoData?: {
      /** A YAML file of findings, relative to the backend's working directory. */
      file?: string;
    };
    // devzero.attachments.maxBytes is declared by the frontend plugin, whose
    // filing dialog checks it too; the backend enforces it.
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
