import fc from 'fast-check';
import { Mistake, numberMistakes, stringMistakes } from './mistakes';
import { Operation, OperationParameter, Schema } from './openapi';
import { BadRequest } from './types';
import {
  buildRequest,
  Draft,
  Fault,
  GeneratorContext,
  MAX_HEADER,
  paramText,
  unknownNames,
  urlLength,
  validDraft,
} from './draft';

export function pathSites(
  ctx: GeneratorContext,
  op: Operation,
  p: OperationParameter,
): fc.Arbitrary<BadRequest>[] {
  const base = validDraft(ctx, op);
  const valid = base.pathValues[p.name].text;
  const s = ctx.reader.normalize(p.schema);
  const room = ctx.maxUrl - urlLength(op, base) + valid.length;
  const usable = (v: unknown) =>
    typeof v === 'string' &&
    v !== '' &&
    v !== '.' &&
    v !== '..' &&
    !ctx.literals.has(v.toLocaleLowerCase('en-US'));
  const mistakes = textMistakes(ctx, s, 'path', valid, room).map(a =>
    a.filter(m => usable(m.value)),
  );
  const set = (m: Mistake, raw = false): Draft => ({
    ...base,
    pathValues: {
      ...base.pathValues,
      [p.name]: { text: String(m.value), raw },
    },
  });
  const sites = mistakes.map(a =>
    a.map(m =>
      buildRequest(op, set(m), {
        broken: `path.${p.name}`,
        mistake: m.mistake,
        field: p.name,
      }),
    ),
  );
  // Percent-encoding that does not decode: the router cannot even read
  // the parameter to name it.
  sites.push(
    fc.constantFrom('%E0%A4%A', '%ZZ', '%', '%C0%AF', '%FF').map(raw =>
      buildRequest(op, set({ value: raw, mistake: '' }, true), {
        broken: `path.${p.name}`,
        mistake: `"${raw}", percent-encoding that does not decode`,
      }),
    ),
  );
  return sites;
}

/** The mistakes of a parameter's text, by its type. */
export function textMistakes(
  ctx: GeneratorContext,
  s: Schema,
  place: 'path' | 'query' | 'header',
  valid: string,
  room: number,
): fc.Arbitrary<Mistake>[] {
  const type = ctx.reader.typeOf(s);
  if (type === 'integer' || type === 'number')
    return numberMistakes(s, {
      place,
      valid: Number.isFinite(Number(valid)) ? Number(valid) : 1,
    });
  if (type === 'boolean')
    return [
      fc.constantFrom('yes', 'no', '2', 'on', 'null').map(v => ({
        value: v,
        mistake: `"${v}", not a boolean`,
      })),
    ];
  if (type === 'string' || type === undefined)
    return stringMistakes(ctx.reader, s, { place, valid, room });
  return [];
}

export function querySites(
  ctx: GeneratorContext,
  op: Operation,
  p: OperationParameter,
): fc.Arbitrary<BadRequest>[] {
  const base = validDraft(ctx, op);
  const others = base.query.filter(([name]) => name !== p.name);
  const valid = paramText(ctx, op, p);
  const s = ctx.reader.normalize(p.schema);
  const isArray = ctx.reader.typeOf(s) === 'array';
  const item = isArray ? ctx.reader.normalize(s.items ?? {}) : s;
  const room =
    ctx.maxUrl - urlLength(op, base) - encodeURIComponent(p.name).length - 2;
  const fault = (mistake: string): Fault => ({
    broken: `query.${p.name}`,
    mistake,
    field: p.name,
  });
  const withPairs = (pairs: Array<[string, string]>, mistake: string) =>
    buildRequest(op, { ...base, query: [...others, ...pairs] }, fault(mistake));
  const sites = textMistakes(ctx, item, 'query', valid, room).map(a =>
    a.map(m => withPairs([[p.name, String(m.value)]], m.mistake)),
  );
  if (p.required)
    sites.push(fc.constant(withPairs([], 'left out, though required')));
  if (isArray && typeof s.maxItems === 'number') {
    const max: number = s.maxItems;
    sites.push(
      fc.integer({ min: max + 1, max: max + 5 }).map(n =>
        withPairs(
          Array.from({ length: n }, () => [p.name, valid]),
          `given ${n} times, over its maxItems ${max}`,
        ),
      ),
    );
  }
  // Express reads `a=1&a=2` and `a[]=1` as a list and `a[k]=1` as an object.
  const shapes: Array<[Array<[string, string]>, string]> = [
    [[[`${p.name}[k]`, valid]], 'given as an object (name[k]=…)'],
  ];
  if (!isArray)
    shapes.push(
      [
        [
          [p.name, valid],
          [p.name, valid],
        ],
        'given twice',
      ],
      [[[`${p.name}[]`, valid]], 'given as a list (name[]=…)'],
    );
  sites.push(
    fc.constantFrom(...shapes).map(([pairs, m]) => withPairs(pairs, m)),
  );
  return sites;
}

export function unknownQuerySite(
  ctx: GeneratorContext,
  op: Operation,
): fc.Arbitrary<BadRequest> {
  const base = validDraft(ctx, op);
  const declared = new Set(
    op.parameters.filter(p => p.in === 'query').map(p => p.name),
  );
  // Express's query parser drops names of Object.prototype (`constructor`)
  // before any route sees them.
  const name = unknownNames.filter(
    n => !declared.has(n) && !(n in Object.prototype),
  );
  return fc
    .tuple(name, fc.oneof(fc.constant('x'), fc.string({ maxLength: 20 })))
    .map(([n, v]) =>
      buildRequest(
        op,
        { ...base, query: [...base.query, [n, v]] },
        {
          broken: `query.${n}`,
          mistake: `a query parameter the operation does not take (${n}=${JSON.stringify(
            v,
          )})`,
          field: n,
        },
      ),
    );
}

export function headerSites(
  ctx: GeneratorContext,
  op: Operation,
  p: OperationParameter,
): fc.Arbitrary<BadRequest>[] {
  const base = validDraft(ctx, op);
  const valid = paramText(ctx, op, p);
  const s = ctx.reader.normalize(p.schema);
  const fault = (mistake: string): Fault => ({
    broken: `header.${p.name}`,
    mistake,
    field: p.name,
  });
  const without = Object.fromEntries(
    Object.entries(base.headers).filter(
      ([k]) => k.toLowerCase() !== p.name.toLowerCase(),
    ),
  );
  const sites = textMistakes(ctx, s, 'header', valid, MAX_HEADER).map(a =>
    a.map(m =>
      buildRequest(
        op,
        { ...base, headers: { ...without, [p.name]: String(m.value) } },
        fault(m.mistake),
      ),
    ),
  );
  if (p.required)
    sites.push(
      fc.constant(
        buildRequest(
          op,
          { ...base, headers: without },
          fault('left out, though required'),
        ),
      ),
    );
  return sites;
}
