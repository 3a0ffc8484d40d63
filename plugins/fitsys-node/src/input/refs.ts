import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';

/** How the catalog spells a name or namespace (its default naming rules). */
const NAME = /^[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$/;
/** The longest ref any Fit Systems store keeps (`kind:namespace/name`). */
export const MAX_REF_LENGTH = 255;

/** Where the parts of a ref left out come from. */
export interface RefDefaults {
  /** The kind when the ref has none; without it, a ref must name its kind. */
  defaultKind?: string;
  /** The namespace when the ref has none (default `default`). */
  defaultNamespace?: string;
}

/** A ref as the catalog writes it, or why the text is not one. */
export type ParsedRef =
  | { ok: true; ref: string; kind: string; namespace: string; name: string }
  | { ok: false; message: string };

/**
 * Reads an entity ref as the catalog writes it: lower case, with its kind and
 * namespace (`Component:Default/Payments` is `component:default/payments`).
 * Names and namespaces must follow the catalog's naming rules.
 */
export function parseCatalogRef(
  value: string,
  defaults: RefDefaults = {},
): ParsedRef {
  const text = value.trim();
  if (!text)
    return { ok: false, message: 'is empty; write kind:namespace/name' };
  if (text.length > MAX_REF_LENGTH) {
    return {
      ok: false,
      message: `must be at most ${MAX_REF_LENGTH} characters (it is ${text.length})`,
    };
  }
  let parts: { kind: string; namespace: string; name: string };
  try {
    parts = parseEntityRef(text, {
      defaultKind: defaults.defaultKind,
      defaultNamespace: defaults.defaultNamespace ?? 'default',
    });
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  if (!NAME.test(parts.name) || !NAME.test(parts.namespace)) {
    return {
      ok: false,
      message: `"${text}" is not a catalog ref: names and namespaces are letters, digits and single - _ . between them`,
    };
  }
  const kind = parts.kind.toLocaleLowerCase('en-US');
  const namespace = parts.namespace.toLocaleLowerCase('en-US');
  const name = parts.name.toLocaleLowerCase('en-US');
  const ref = `${kind}:${namespace}/${name}`;
  if (ref.length > MAX_REF_LENGTH) {
    // The namespace or kind the text left out counts too: it is stored whole.
    return {
      ok: false,
      message: `must be at most ${MAX_REF_LENGTH} characters as ${kind}:${namespace}/name (it is ${ref.length})`,
    };
  }
  return { ok: true, ref, kind, namespace, name };
}

/** A ref written in an entity's spec, completed and lower-cased; undefined when malformed. */
export function resolveRef(
  value: unknown,
  defaultKind?: string,
  defaultNamespace = 'default',
): string | undefined {
  if (typeof value !== 'string') return undefined;
  const parsed = parseCatalogRef(value, { defaultKind, defaultNamespace });
  return parsed.ok ? parsed.ref : undefined;
}

/** The ref of an entity as the catalog writes it. */
export function refOf(entity: Entity): string {
  return `${entity.kind}:${entity.metadata.namespace ?? 'default'}/${
    entity.metadata.name
  }`.toLocaleLowerCase('en-US');
}

/** The kind, namespace and name of a ref the catalog wrote (`kind:ns/name`). */
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

/** Options of {@link catalogRefSchema}. */
export interface CatalogRefSchemaOptions extends RefDefaults {
  /** The kinds allowed, lower case; any kind when unset. */
  kinds?: string[];
  /** A word accepted as it is instead of a ref, such as "me" or "mine". */
  keyword?: string;
  /** An example for messages, such as `group:default/payments`. */
  example?: string;
}

/**
 * A zod schema for an entity ref in a request, read as the catalog writes it,
 * whose complaint says what to write instead.
 */
export function catalogRefSchema(
  options: CatalogRefSchemaOptions = {},
): z.ZodType<string, z.ZodTypeDef, string> {
  const hint = options.keyword ? ` (or "${options.keyword}")` : '';
  return z
    .string()
    .max(MAX_REF_LENGTH + 45)
    .transform((value, ctx) => {
      if (options.keyword !== undefined && value === options.keyword) {
        return value;
      }
      const parsed = parseCatalogRef(value, options);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: `${parsed.message}${hint}` });
        return z.NEVER;
      }
      if (options.kinds && !options.kinds.includes(parsed.kind)) {
        const example = options.example ?? `${options.kinds[0]}:default/name`;
        ctx.addIssue({
          code: 'custom',
          message: `must be a ${options.kinds.join(
            ' or ',
          )} ref such as ${example}, not a ${parsed.kind}${hint}`,
        });
        return z.NEVER;
      }
      return parsed.ref;
    });
}
