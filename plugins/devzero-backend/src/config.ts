import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  DEFAULT_MAX_ATTACHMENT_BYTES,
  devzeroConfigKey,
} from '@internal/plugin-devzero-common';
import { readSlaTargets, SlaTargets } from './service/sla';

/** Developer Zero's settings, from `fitsys.devzero.*` (see config.d.ts). */
export interface DevzeroSettings {
  /** Whether owners see who filed a finding (default true). */
  reporterVisibleToOwners: boolean;
  /** Whether a reporter may keep their name from the owners (default true). */
  anonymousFiling: boolean;
  attachments: {
    /** The largest image one upload may be, in bytes. */
    maxBytes: number;
  };
  /** Time-to-triage and time-to-resolve targets per severity. */
  slaTargets: SlaTargets;
  /** Demo findings to load into an empty database at start-up. */
  demoData?: { file: string };
}

/**
 * Reads Developer Zero's settings once, at start-up. Each is read from
 * `fitsys.devzero.<key>`, or else from the deprecated `devzero.<key>` where
 * portals set it before, which the logger is told of, once per key.
 * Settings that cannot work stop the start with a message naming them.
 */
export function readSettings(
  config: Config,
  options: { logger?: LoggerService } = {},
): DevzeroSettings {
  const warned = new Set<string>();
  const key = (name: string) =>
    devzeroConfigKey(config, name, (legacy, current) => {
      if (warned.has(legacy)) return;
      warned.add(legacy);
      options.logger?.warn(
        `Developer Zero: the setting ${legacy} is deprecated; move it to ${current}`,
      );
    });

  const maxBytesKey = key('attachments.maxBytes');
  const maxBytes =
    config.getOptionalNumber(maxBytesKey) ?? DEFAULT_MAX_ATTACHMENT_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes < 1)
    throw new Error(
      `${maxBytesKey} must be a whole number of bytes above 0, not ${maxBytes}`,
    );
  const demoFile = config.getOptionalString(key('demoData.file'));
  return {
    reporterVisibleToOwners:
      config.getOptionalBoolean(key('reporterVisibleToOwners')) ?? true,
    anonymousFiling: config.getOptionalBoolean(key('anonymousFiling')) ?? true,
    attachments: { maxBytes },
    slaTargets: readSlaTargets(config.getOptionalConfig(key('sla'))),
    ...(demoFile && { demoData: { file: demoFile } }),
  };
}
