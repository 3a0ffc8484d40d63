import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /** The collator of the Fit Systems reference architectures and their decisions. */
      referenceArchitectures?: {
        /** When to index them (default every 10 minutes). */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
