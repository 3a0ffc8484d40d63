import { z } from 'zod';
import { parse } from './parse';
import { findUnstorableText } from './storableText';
import { catalogRefSchema, parseCatalogRef, resolveRef } from './refs';

const body = z
  .object({
    title: z.string().min(1).max(10),
    tags: z.array(z.string()).max(2).optional(),
  })
  .strict();

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect((error as Error).name).toBe('InputError');
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

/** A value nested `depth` levels deep, built without recursion. */
function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('parse', () => {
  it('returns the parsed value', () => {
    expect(parse(body, { title: 'Hello' }, 'body')).toEqual({ title: 'Hello' });
  });

  it.each([
    [{ title: '' }, 'body.title: String must contain at least 1 character(s)'],
    [{ title: 'x', colour: 'red' }, 'body: unknown field(s) colour'],
    [
      { title: 'x', tags: ['a', 'b', 'c'] },
      'body.tags: Array must contain at most 2 element(s)',
    ],
    [
      { title: 'a\u0000b' },
      'body.title: holds a NUL character or half a surrogate pair',
    ],
    [
      { title: 'x', tags: ['ok', '\ud800'] },
      'body.tags.1: holds a NUL character',
    ],
    [{ ['k\u0000']: 1 }, 'body.k\u0000: holds a NUL character'],
  ])('names the field and the problem: %j', (value, says) => {
    expect(messageOf(() => parse(body, value, 'body'))).toContain(says);
  });

  it('names query parameters without a prefix', () => {
    expect(
      messageOf(() => parse(z.object({}).strict(), { colour: 'red' }, 'query')),
    ).toBe('query: unknown field(s) colour');
  });

  it('answers a body nested 100,000 levels deep with a 400, not a stack overflow', () => {
    const deep = { title: 'x', tags: nested(100_000, 'leaf') };
    expect(messageOf(() => parse(body, deep, 'body'))).toContain('body.tags');
    const deepNul = nested(100_000, 'bad\u0000');
    const message = messageOf(() => parse(body, deepNul, 'body'));
    expect(message).toContain('holds a NUL character');
    // The path shown is cut short rather than growing with the input.
    expect(message.length).toBeLessThan(300);
  });

  it('reports at most 20 unstorable strings however many there are', () => {
    const many = Array.from({ length: 10_000 }, () => 'x\u0000');
    expect(findUnstorableText(many)).toHaveLength(20);
  });
});

describe('catalog refs', () => {
  it('reads refs as the catalog writes them', () => {
    expect(parseCatalogRef('Component:Default/PayMents')).toMatchObject({
      ok: true,
      ref: 'component:default/payments',
    });
    expect(resolveRef('payments', 'group')).toBe('group:default/payments');
    expect(resolveRef('a:b:c', 'group')).toBeUndefined();
    expect(resolveRef('group:default/a b', 'group')).toBeUndefined();
  });

  it('counts the namespace a ref left out against its length', () => {
    const long = `user:${'n'.repeat(250)}`;
    const parsed = parseCatalogRef(long);
    expect(parsed).toMatchObject({ ok: false });
    expect(!parsed.ok && parsed.message).toContain(
      'must be at most 255 characters as user:default/name',
    );
  });

  it('has a schema that says which kinds it takes', () => {
    const owner = catalogRefSchema({
      kinds: ['group'],
      defaultKind: 'group',
      example: 'group:default/payments',
    });
    expect(owner.parse('Payments')).toBe('group:default/payments');
    expect(
      messageOf(() => parse(z.object({ owner }), { owner: 'user:x' }, 'query')),
    ).toBe(
      'owner: must be a group ref such as group:default/payments, not a user',
    );
    const mine = catalogRefSchema({ keyword: 'mine' });
    expect(mine.parse('mine')).toBe('mine');
    expect(
      messageOf(() => parse(z.object({ o: mine }), { o: 'x' }, 'query')),
    ).toMatch(/^o: .* \(or "mine"\)$/);
  });
});
