import { parseEntityRef } from '@backstage/catalog-model';
import {
  DecisionStatus,
  Lifecycle,
} from '@internal/plugin-reference-architectures-common';

export const LIFECYCLE_LABELS: Record<Lifecycle, string> = {
  draft: 'Draft',
  trial: 'Trial',
  recommended: 'Recommended',
  hold: 'Hold',
  deprecated: 'Deprecated',
  retired: 'Retired',
};

export const DECISION_STATUS_LABELS: Record<DecisionStatus, string> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  superseded: 'Superseded',
  deprecated: 'Deprecated',
  rejected: 'Rejected',
};

/** `group:default/platform-team` as people say it: `platform-team`. */
export function shortRef(ref: string): string {
  try {
    const { namespace, name } = parseEntityRef(ref);
    return namespace === 'default' ? name : `${namespace}/${name}`;
  } catch {
    return ref;
  }
}

/** The scaffolder page of a template ref such as `template:default/outbox-relay`. */
export function templatePath(ref: string): string | undefined {
  try {
    const { namespace, name } = parseEntityRef(ref, {
      defaultKind: 'template',
    });
    return `/create/templates/${encodeURIComponent(
      namespace,
    )}/${encodeURIComponent(name)}`;
  } catch {
    return undefined;
  }
}

/** `name` or `name@version`, as the compare page's parameters write a version. */
export function parseVersionRef(value: string | null | undefined) {
  if (!value) return undefined;
  const [name, version] = value.split('@', 2);
  if (!name) return undefined;
  return { name, version: version || undefined };
}

/** The name in an architecture's ref (`referencearchitecture:default/x` or `x`). */
export function nameOf(ref: string): string {
  try {
    return parseEntityRef(ref, { defaultKind: 'referencearchitecture' }).name;
  } catch {
    return ref;
  }
}
