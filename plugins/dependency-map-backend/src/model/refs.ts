import { Entity } from '@backstage/catalog-model';

/**
 * A ref as the catalog writes it, lower case, with the kind and namespace
 * filled in; no validation (a ref that names nothing matches no node).
 */
export function quickRef(
  value: unknown,
  defaultKind: string,
): string | undefined {
  if (typeof value !== 'string' || value === '' || value.length > 400) {
    return undefined;
  }
  const colon = value.indexOf(':');
  const withKind = colon < 0 ? `${defaultKind}:${value}` : value;
  const slash = withKind.indexOf('/');
  const full =
    slash < 0
      ? `${withKind.slice(0, withKind.indexOf(':'))}:default/${withKind.slice(
          withKind.indexOf(':') + 1,
        )}`
      : withKind;
  return full.toLowerCase();
}

/** The entity's own ref, lower case. */
export const entityRef = (e: Entity) =>
  `${e.kind}:${e.metadata.namespace ?? 'default'}/${
    e.metadata.name
  }`.toLowerCase();

/** The id of a zone: a bare zone name (Azure's "1") is qualified by its region. */
export function zoneId(zone: string, region?: string): string {
  return region && !zone.startsWith(region) ? `${region}/${zone}` : zone;
}
