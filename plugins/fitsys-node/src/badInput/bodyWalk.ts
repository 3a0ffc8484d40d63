import { defineKey, Schema } from './openapi';
import { GeneratorContext, Path } from './draft';

/** A body path as a message names it: `body.links.0`. */
export const showPath = (path: Path) => ['body', ...path].join('.');

/** The last name in a path that is not an index; `body` for the body itself. */
export function fieldOf(path: Path): string {
  const names = path.filter(p => typeof p === 'string') as string[];
  return names.length ? names[names.length - 1] : 'body';
}

export function cloneJson<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}

/** The value at a path. */
export function getAt(root: unknown, path: Path): unknown {
  return path.reduce<any>((v, key) => v?.[key], root);
}

/** A copy of root with the value at path set (or removed with `remove`). */
export function setAt(
  root: unknown,
  path: Path,
  value: unknown,
  remove = false,
) {
  if (!path.length) return value;
  const copy: any = cloneJson(root);
  const parent = getAt(copy, path.slice(0, -1)) as any;
  const key = path[path.length - 1];
  if (remove) delete parent[key];
  else if (typeof key === 'string') defineKey(parent, key, value);
  else parent[key] = value;
  return copy;
}

/** A body value site found while walking a schema. */
export interface BodySite {
  path: Path;
  schema: Schema;
  /** Which alternative of each oneOf on the way was taken. */
  choices: Map<Schema, number>;
  /** Values the field takes in another alternative (a discriminator's). */
  alsoAllowed?: unknown[];
}

/** What {@link walk} finds in a body schema. */
export interface BodySites {
  values: BodySite[];
  required: BodySite[];
  closedObjects: BodySite[];
}

/** Every value, required field and closed object of a body schema. */
export function walk(
  ctx: GeneratorContext,
  schema: unknown,
  path: Path,
  choices: Map<Schema, number>,
  out: BodySites,
  alsoAllowed?: unknown[],
  depth = 0,
) {
  const s = ctx.reader.normalize(schema);
  const variants = ctx.reader.variants(s);
  if (variants?.length) {
    // A field of several alternatives (a discriminator) takes the values
    // of all of them: none of those is a mistake.
    const union = new Map<string, unknown[]>();
    for (const v of variants)
      for (const [key, prop] of Object.entries<any>(v.properties ?? {})) {
        const values = ctx.reader.normalize(prop).enum;
        if (Array.isArray(values))
          union.set(key, [...(union.get(key) ?? []), ...values]);
      }
    // Only alternatives that are objects are walked: a wrong type for one
    // alternative of a oneOf of scalars could be right for another.
    variants.forEach((v, i) => {
      if (ctx.reader.typeOf(v) !== 'object') return;
      const chosen = new Map(choices).set(s, i);
      if (!out.values.some(site => site.path === path))
        out.values.push({ path, schema: v, choices: chosen, alsoAllowed });
      walkObject(ctx, v, path, chosen, out, union, depth);
    });
    return;
  }
  out.values.push({ path, schema: s, choices, alsoAllowed });
  if (depth > 6) return;
  const type = ctx.reader.typeOf(s);
  if (type === 'object')
    walkObject(ctx, s, path, choices, out, undefined, depth);
  if (type === 'array' && s.items)
    walk(ctx, s.items, [...path, 0], choices, out, undefined, depth + 1);
}

export function walkObject(
  ctx: GeneratorContext,
  s: Schema,
  path: Path,
  choices: Map<Schema, number>,
  out: BodySites,
  union: Map<string, unknown[]> | undefined,
  depth: number,
) {
  for (const key of s.required ?? [])
    out.required.push({ path: [...path, key], schema: s, choices });
  if (
    s.additionalProperties === false ||
    (s.additionalProperties === undefined && ctx.closed)
  )
    out.closedObjects.push({ path, schema: s, choices });
  for (const [key, prop] of Object.entries<any>(s.properties ?? {}))
    walk(ctx, prop, [...path, key], choices, out, union?.get(key), depth + 1);
}
