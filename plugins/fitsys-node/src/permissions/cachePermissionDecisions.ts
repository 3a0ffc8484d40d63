import type {
  BackstageCredentials,
  PermissionsService,
  PermissionsServiceRequestOptions,
} from '@backstage/backend-plugin-api';
import type {
  AuthorizePermissionRequest,
  AuthorizePermissionResponse,
  QueryPermissionRequest,
  QueryPermissionResponse,
} from '@backstage/plugin-permission-common';

/** How long decisions are kept, unless configured. */
export const DEFAULT_DECISION_CACHE_SECONDS = 5;

export interface PermissionDecisionCacheOptions {
  /** How long one user's decision is reused, in seconds; 0 turns the cache off. */
  ttlSeconds?: number;
  /** Decisions kept at most; the oldest go first (default 5,000). */
  maxEntries?: number;
  /** The clock, in milliseconds (tests). */
  now?: () => number;
}

interface Entry<T> {
  expiresAt: number;
  value: Promise<T>;
}

/**
 * Who a decision was made for, or undefined when it must not be reused:
 * only users' decisions are kept, keyed by the user and the service that
 * acts for them, if any (the policy sees the same identity for both).
 */
function principalKey(credentials: BackstageCredentials): string | undefined {
  const principal = credentials.principal as {
    type?: string;
    userEntityRef?: string;
    actor?: { subject?: string };
  };
  if (principal?.type !== 'user' || !principal.userEntityRef) return undefined;
  return JSON.stringify([principal.userEntityRef, principal.actor?.subject]);
}

/**
 * Wraps the permissions service so that a user's decisions are reused for a
 * few seconds instead of asked of the permission backend on every request.
 *
 * Every `authorize` call is an HTTP round trip to the permission backend
 * (a service token signed and verified, the policy run, a log line), which
 * on the portal's bench cost more than the plugins' own work. A page that
 * makes several requests, or many users of one team, asks the same question
 * many times a second. Decisions are kept per user, permission and resource
 * ref; concurrent identical questions share one round trip. A change of
 * policy or of a user's groups reaches these plugins within `ttlSeconds`.
 * Failed answers are never kept. Service principals are never cached.
 */
export function cachePermissionDecisions(
  permissions: PermissionsService,
  options: PermissionDecisionCacheOptions = {},
): PermissionsService {
  const ttlMs = (options.ttlSeconds ?? DEFAULT_DECISION_CACHE_SECONDS) * 1000;
  if (!(ttlMs > 0)) return permissions;
  const maxEntries = Math.max(1, options.maxEntries ?? 5000);
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry<unknown>>();

  function store(key: string, value: Promise<unknown>, at: number) {
    entries.delete(key);
    entries.set(key, { expiresAt: at + ttlMs, value });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    // Maps iterate in insertion order: the first keys are the oldest.
    while (entries.size > maxEntries) {
      entries.delete(entries.keys().next().value as string);
    }
  }

  /** Answers each item from the cache, asking the backend once for the rest. */
  async function batched<Q, R>(
    items: Q[],
    who: string,
    keyOf: (item: Q) => string,
    ask: (missing: Q[]) => Promise<R[]>,
  ): Promise<R[]> {
    const at = now();
    const answers: Promise<R>[] = new Array(items.length);
    const missing: Q[] = [];
    const missingAt = new Map<string, number>();
    const waiting: { index: number; key: string }[] = [];
    items.forEach((item, index) => {
      const key = `${who}|${keyOf(item)}`;
      const found = entries.get(key);
      if (found && found.expiresAt > at) {
        answers[index] = found.value as Promise<R>;
        return;
      }
      if (!missingAt.has(key)) {
        missingAt.set(key, missing.length);
        missing.push(item);
      }
      waiting.push({ index, key });
    });
    if (missing.length > 0) {
      const asked = ask(missing);
      const each = missing.map((_, m) => asked.then(all => all[m]));
      for (const [key, m] of missingAt) store(key, each[m], at);
      for (const { index, key } of waiting)
        answers[index] = each[missingAt.get(key)!];
    }
    return Promise.all(answers);
  }

  return {
    authorize(
      requests: AuthorizePermissionRequest[],
      requestOptions: PermissionsServiceRequestOptions,
    ): Promise<AuthorizePermissionResponse[]> {
      const who = principalKey(requestOptions.credentials);
      if (!who || requests.length > maxEntries)
        return permissions.authorize(requests, requestOptions);
      return batched(
        requests,
        who,
        r => JSON.stringify(['definitive', r.permission.name, r.resourceRef]),
        missing => permissions.authorize(missing, requestOptions),
      );
    },
    authorizeConditional(
      requests: QueryPermissionRequest[],
      requestOptions: PermissionsServiceRequestOptions,
    ): Promise<QueryPermissionResponse[]> {
      const who = principalKey(requestOptions.credentials);
      if (!who || requests.length > maxEntries)
        return permissions.authorizeConditional(requests, requestOptions);
      return batched(
        requests,
        who,
        r => JSON.stringify(['conditional', r.permission.name]),
        missing => permissions.authorizeConditional(missing, requestOptions),
      );
    },
  };
}
