import { HumanDuration } from '@backstage/types';

export interface Config {
  devzero?: {
    /**
     * Whether owners see who filed a finding (default true). When false, only
     * the reporter and Developer Zero admins do.
     */
    reporterVisibleToOwners?: boolean;
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
