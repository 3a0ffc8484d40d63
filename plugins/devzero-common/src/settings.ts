/** Where Developer Zero's settings live in app-config: `fitsys.devzero.*`. */
export const DEVZERO_CONFIG_ROOT = 'fitsys.devzero';

/**
 * Where they lived before (`devzero.*`): still read, with a deprecation
 * warning on the backend, when the new place does not set a key.
 */
export const LEGACY_DEVZERO_CONFIG_ROOT = 'devzero';

/** The default upload limit, 2 MiB: a screenshot, not a screen recording. */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;

/**
 * The part of Backstage's `Config` (backend) and `ConfigApi` (frontend) the
 * settings are read through, so that this package needs neither.
 */
export interface DevzeroConfigReader {
  has(key: string): boolean;
  getOptionalBoolean(key: string): boolean | undefined;
  getOptionalNumber(key: string): number | undefined;
}

/**
 * The full key a Developer Zero setting is read from: `fitsys.devzero.<key>`
 * when set, else the deprecated `devzero.<key>` when that is set (and then
 * `onLegacy` is told, to warn), else the new key.
 */
export function devzeroConfigKey(
  config: Pick<DevzeroConfigReader, 'has'>,
  key: string,
  onLegacy?: (legacyKey: string, key: string) => void,
): string {
  const current = `${DEVZERO_CONFIG_ROOT}.${key}`;
  if (config.has(current)) return current;
  const legacy = `${LEGACY_DEVZERO_CONFIG_ROOT}.${key}`;
  if (!config.has(legacy)) return current;
  onLegacy?.(legacy, current);
  return legacy;
}

/** The settings the filing dialog and the backend both follow. */
export interface DevzeroSharedSettings {
  /** Whether a reporter may keep their name from the owners (default true). */
  anonymousFiling: boolean;
  /** The largest image one upload may be, in bytes. */
  maxAttachmentBytes: number;
}

/**
 * Reads the settings both sides follow, from `fitsys.devzero.*` or the
 * deprecated `devzero.*`; the frontend reads them through its `configApi`.
 */
export function readDevzeroSharedSettings(
  config: DevzeroConfigReader,
  onLegacy?: (legacyKey: string, key: string) => void,
): DevzeroSharedSettings {
  const key = (name: string) => devzeroConfigKey(config, name, onLegacy);
  return {
    anonymousFiling: config.getOptionalBoolean(key('anonymousFiling')) ?? true,
    maxAttachmentBytes:
      config.getOptionalNumber(key('attachments.maxBytes')) ??
      DEFAULT_MAX_ATTACHMENT_BYTES,
  };
}
