import fc from 'fast-check';
import {
  deepNesting,
  Mistake,
  numberMistakes,
  stringMistakes,
  toJson,
  wrongTypes,
} from './mistakes';
import { defineKey, Operation, Schema } from './openapi';
import { BadRequest } from './types';
import {
  buildRequest,
  Fault,
  GeneratorContext,
  jsonMedia,
  Path,
  unknownNames,
  validDraft,
} from './draft';
import {
  BodySite,
  BodySites,
  cloneJson,
  fieldOf,
  getAt,
  setAt,
  showPath,
  walk,
} from './bodyWalk';
import { jsonContentSites } from './contentSites';

export function jsonBodySites(
  ctx: GeneratorContext,
  op: Operation,
  schema: Schema,
): fc.Arbitrary<BadRequest>[] {
  const base = validDraft(ctx, op);
  const type = base.body?.type ?? jsonMedia(op)!.type;
  const given = base.body?.value;
  const found: BodySites = { values: [], required: [], closedObjects: [] };
  walk(ctx, schema, [], new Map(), found);
  /** The valid body that holds the path, its size, and a request with it changed. */
  const around = (site: BodySite, path: Path) => {
    const value =
      given !== undefined &&
      !site.choices.size &&
      getAt(given, path) !== undefined
        ? cloneJson(given)
        : ctx.reader.validValue(schema, site.choices, [path]);
    const bytes = Buffer.byteLength(toJson(value));
    const send = (body: unknown, fault: Fault) =>
      buildRequest(op, { ...base, body: { type, value: body } }, fault);
    return { value, bytes, send };
  };
  const sites: fc.Arbitrary<BadRequest>[] = [];

  for (const site of found.values) {
    const { value, bytes, send } = around(site, site.path);
    const current = getAt(value, site.path);
    const room = ctx.jsonLimit - bytes - 256;
    const field = fieldOf(site.path);
    const atRoot = !site.path.length;
    const broken = showPath(site.path);
    const mistakes = valueMistakes(ctx, site, current, room);
    for (const a of mistakes)
      sites.push(
        a.map(m =>
          send(setAt(value, site.path, m.value), {
            broken: atRoot ? 'body' : broken,
            mistake: m.mistake,
            // JSON's parser refuses a body that is no object or array
            // before anything could name it.
            field:
              atRoot && (m.value === null || typeof m.value !== 'object')
                ? undefined
                : field,
          }),
        ),
      );
  }
  for (const site of found.required) {
    const parent = site.path.slice(0, -1);
    const { value, send } = around(site, parent);
    sites.push(
      fc.constant(
        send(setAt(value, site.path, undefined, true), {
          broken: showPath(site.path),
          mistake: 'left out, though required',
          field: fieldOf(site.path),
        }),
      ),
    );
  }
  for (const site of found.closedObjects) {
    const { value, send } = around(site, site.path);
    const declared = new Set(Object.keys(site.schema.properties ?? {}));
    sites.push(
      fc
        .tuple(
          unknownNames.filter(n => !declared.has(n)),
          fc.oneof(fc.constant<unknown>('x'), fc.jsonValue({ maxDepth: 2 })),
        )
        .map(([name, v]) => {
          const object = cloneJson(getAt(value, site.path)) as Record<
            string,
            unknown
          >;
          defineKey(object, name, v);
          return send(setAt(value, site.path, object), {
            broken: showPath([...site.path, name]),
            mistake: `a field it does not take (${name})`,
            field: name,
          });
        }),
    );
  }
  sites.push(...jsonContentSites(ctx, op, schema, base, type));
  return sites;
}

/** The mistakes of a body value, by its schema. */
export function valueMistakes(
  ctx: GeneratorContext,
  site: BodySite,
  current: unknown,
  room: number,
): fc.Arbitrary<Mistake>[] {
  const s = site.schema;
  const type = ctx.reader.typeOf(s);
  const out: fc.Arbitrary<Mistake>[] = [];
  if (type === 'string' && typeof current === 'string')
    out.push(
      ...stringMistakes(ctx.reader, s, {
        place: 'body',
        valid: current,
        room: room + current.length,
        alsoAllowed: site.alsoAllowed,
        nullable: s.nullable === true,
      }),
    );
  if ((type === 'integer' || type === 'number') && typeof current === 'number')
    out.push(...numberMistakes(s, { place: 'body', valid: current }));
  if (type === 'array' && Array.isArray(current)) {
    const item = ctx.reader.validValue(s.items ?? {}, site.choices);
    const itemBytes = Buffer.byteLength(toJson(item)) + 1;
    if (typeof s.maxItems === 'number') {
      const max: number = s.maxItems;
      const most = Math.min(
        max + 1000,
        Math.floor((room + toJson(current).length) / itemBytes),
      );
      if (most > max)
        out.push(
          fc
            .oneof(
              fc.integer({ min: max + 1, max: Math.min(max + 5, most) }),
              fc.integer({ min: max + 1, max: most }),
            )
            .map(n => ({
              value: Array.from({ length: n }, () => cloneJson(item)),
              mistake: `${n} items, over its maxItems ${max}`,
            })),
        );
    }
    if (typeof s.minItems === 'number' && s.minItems > 0)
      out.push(
        fc.constant({
          value: Array.from({ length: s.minItems - 1 }, () => cloneJson(item)),
          mistake: `${s.minItems - 1} items, under its minItems ${s.minItems}`,
        }),
      );
    if (s.uniqueItems === true && (s.maxItems ?? 2) >= 2)
      out.push(
        fc.constant({
          value: [cloneJson(item), cloneJson(item)],
          mistake: 'the same item twice, though its items are unique',
        }),
      );
  }
  const wrong = wrongTypes(type, current, s.nullable === true);
  if (wrong) out.push(wrong);
  const deep = deepNesting(room + toJson(current ?? null).length);
  if (deep) out.push(deep);
  return out;
}
