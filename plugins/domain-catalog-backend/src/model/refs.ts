import { Entity, parseEntityRef } from '@backstage/catalog-model';

/**
 * The catalog compares refs case-insensitively and writes relation targets
 * in lower case; the domain catalog keys everything by the lower-case ref.
 */
export function refOf(entity: Entity): string {
  return `${entity.kind}:${entity.metadata.namespace ?? 'default'}/${
    entity.metadata.name
  }`.toLocaleLowerCase('en-US');
}

const NAME = /^[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$/;

/** A ref written in an entity's spec, completed and lower-cased; undefined when malformed. */
export function resolveRef(
  value: unknown,
  defaultKind: string,
  defaultNamespace: string,
): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    return undefined;
  }
  try {
    const ref = parseEntityRef(value.trim(), {
      defaultKind,
      defaultNamespace,
    });
    if (!NAME.test(ref.name) || !NAME.test(ref.namespace)) {
      return undefined;
    }
    return `${ref.kind}:${ref.namespace}/${ref.name}`.toLocaleLowerCase(
      'en-US',
    );
  } catch {
    return undefined;
  }
}

/** The namespace and name of a ref ("kind:ns/name"). */
export function splitRef(ref: string): {
  kind: string;
  namespace: string;
  name: string;
} {
  const colon = ref.indexOf(':');
  const slash = ref.indexOf('/', colon + 1);
  return {
    kind: ref.slice(0, colon),
    namespace: ref.slice(colon + 1, slash),
    name: ref.slice(slash + 1),
  };
}
