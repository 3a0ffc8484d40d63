import { ConfigApi } from '@backstage/core-plugin-api';

/**
 * Which images in user Markdown the reader's browser loads: the portal's own
 * always; another host's only under `fitsys.markdown.remoteImages: allow` or
 * when it is in `fitsys.markdown.allowedImageHosts`. Any other is shown as a
 * link, so that an image cannot tell its host who read the text.
 */
export type ImagePolicy = {
  remoteImages: 'link' | 'allow';
  /** Lower case; `*.example.com` takes its subdomains. */
  allowedImageHosts: string[];
  /** The portal's origins: the page's, the app's and the backend's. */
  ownOrigins: string[];
  /** What relative addresses resolve against: the page. */
  base: string;
};

function originOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  try {
    return new URL(address).origin;
  } catch {
    return undefined;
  }
}

/** A configured host, or the host of a configured address. */
function hostOf(entry: string): string {
  const trimmed = entry.trim().toLowerCase();
  if (!trimmed.includes('://')) return trimmed.replace(/\/.*$/, '');
  try {
    return new URL(trimmed).host;
  } catch {
    return trimmed;
  }
}

/** The policy from the portal's configuration; without one, remote images are links. */
export function readImagePolicy(
  config: Pick<ConfigApi, 'getOptionalString' | 'getOptionalStringArray'>,
): ImagePolicy {
  const page = typeof window !== 'undefined' ? window.location : undefined;
  const ownOrigins = [
    page?.origin,
    originOf(config.getOptionalString('app.baseUrl')),
    originOf(config.getOptionalString('backend.baseUrl')),
  ].filter((o): o is string => !!o && o !== 'null');
  return {
    remoteImages:
      config.getOptionalString('fitsys.markdown.remoteImages') === 'allow'
        ? 'allow'
        : 'link',
    allowedImageHosts: (
      config.getOptionalStringArray('fitsys.markdown.allowedImageHosts') ?? []
    )
      .map(hostOf)
      .filter(Boolean),
    ownOrigins: Array.from(new Set(ownOrigins)),
    base: page?.href ?? ownOrigins[0] ?? 'http://localhost/',
  };
}

function hostAllowed(url: URL, allowed: string[]): boolean {
  const host = url.host.toLowerCase();
  const hostname = url.hostname.toLowerCase();
  return allowed.some(entry => {
    if (entry.startsWith('*.')) {
      const suffix = entry.slice(1);
      return hostname.endsWith(suffix) || host.endsWith(suffix);
    }
    return entry === hostname || entry === host;
  });
}

/**
 * What becomes of an image address: loaded in place, shown as a link to
 * `url`, or not loaded at all (not http(s), or no address a browser could
 * resolve).
 */
export type ImageVerdict =
  | { kind: 'inline' }
  | { kind: 'link'; url: URL }
  | { kind: 'drop' };

/** Judges an image address as the browser would resolve it. */
export function judgeImage(address: string, policy: ImagePolicy): ImageVerdict {
  let url: URL;
  try {
    // The browser's own parser: it resolves `//host`, `/\host`, stray
    // whitespace and the like exactly as the browser would.
    url = new URL(address, policy.base);
  } catch {
    return { kind: 'drop' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { kind: 'drop' };
  }
  if (
    policy.remoteImages === 'allow' ||
    policy.ownOrigins.includes(url.origin) ||
    hostAllowed(url, policy.allowedImageHosts)
  ) {
    return { kind: 'inline' };
  }
  return { kind: 'link', url };
}

/**
 * The last line of defence, given to the renderer for every `<img>` it is
 * about to create (from Markdown or from raw HTML): an address the policy
 * does not let load becomes an empty one, which the browser never fetches.
 */
export function imageSource(address: string, policy: ImagePolicy): string {
  return judgeImage(address, policy).kind === 'inline' ? address : '';
}
