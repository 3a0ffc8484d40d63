import { CmlRelationship } from './cmlModel';
import { CmlCursor, hasOwn } from './cursor';
import { CmlSyntaxError, Token } from './tokens';

const KEYWORD_RELATIONSHIPS: Record<
  string,
  {
    symmetric?: 'partnership' | 'shared-kernel';
    leftUpstream?: boolean;
    cs?: boolean;
  }
> = {
  Partnership: { symmetric: 'partnership' },
  'Shared-Kernel': { symmetric: 'shared-kernel' },
  'Upstream-Downstream': { leftUpstream: true },
  'Downstream-Upstream': { leftUpstream: false },
  'Supplier-Customer': { leftUpstream: true, cs: true },
  'Customer-Supplier': { leftUpstream: false, cs: true },
};
const ROLE_TOKENS = ['U', 'D', 'S', 'C', 'OHS', 'PL', 'ACL', 'CF', 'P', 'SK'];

/** Reads a ContextMap: its contains list and relationships. */
export function contextMap(c: CmlCursor) {
  c.pos++;
  const name = c.token.kind === 'id' ? c.id('a name') : 'ContextMap';
  const map = {
    name,
    contains: [] as string[],
    relationships: [] as CmlRelationship[],
  };
  c.expect('{', "'{' after the ContextMap name");
  c.within = `ContextMap ${name}`;
  while (!c.is('}')) {
    if (c.token.kind === 'eof') c.fail(c.token, "'}' to close the ContextMap");
    if (
      (c.is('type') || c.is('state')) &&
      (c.peek().value === '=' || c.peek().kind === 'id') &&
      !['->', '<-', '<->', '['].includes(c.peek().value)
    ) {
      const key = c.token.value;
      const line = c.token.line;
      c.pos += c.peek().value === '=' ? 2 : 1;
      c.skip(line, `${key} = ${c.id(`a ${key}`)}`);
    } else if (c.is('contains')) {
      c.pos++;
      // A loop, not push(...list): spreading a list of hundreds of
      // thousands of names overflows the call stack.
      for (const contained of c.idList('a bounded context name'))
        map.contains.push(contained);
    } else {
      map.relationships.push(readRelationship(c));
    }
  }
  c.pos++;
  c.within = undefined;
  return map;
}

function roles(c: CmlCursor): { tokens: string[]; at?: Token } {
  if (!c.is('[')) return { tokens: [] };
  const at = c.expect('[', "'['");
  const tokens: string[] = [];
  while (!c.is(']')) {
    const t = c.token;
    if (t.kind !== 'id' || !ROLE_TOKENS.includes(t.value)) {
      c.fail(t, `a relationship role (${ROLE_TOKENS.join(', ')})`);
    }
    tokens.push(t.value);
    c.pos++;
    if (c.is(',')) c.pos++;
    else if (!c.is(']')) c.fail(c.token, "',' or ']'");
  }
  c.pos++;
  return { tokens, at };
}

function readRelationship(c: CmlCursor): CmlRelationship {
  const start = c.token;
  let name: string | undefined;
  if (c.token.kind === 'id' && c.peek().value === '@') {
    name = c.id('a relationship name');
    c.pos++;
  }
  const left = c.id('a bounded context name to start a relationship');
  const leftRoles = roles(c);
  const connector = c.token;
  let leftUpstream: boolean | undefined;
  let symmetric: CmlRelationship['symmetric'];
  let customerSupplier = false;
  if (connector.kind === 'arrow') {
    // A bare <-> is a shared kernel, as in Context Mapper.
    if (connector.value === '<->') symmetric = 'shared-kernel';
    else leftUpstream = connector.value === '->';
  } else if (
    connector.kind === 'id' &&
    hasOwn(KEYWORD_RELATIONSHIPS, connector.value)
  ) {
    const k = KEYWORD_RELATIONSHIPS[connector.value];
    symmetric = k.symmetric;
    leftUpstream = k.leftUpstream;
    customerSupplier = !!k.cs;
  } else {
    c.fail(
      connector,
      "'->', '<-', '<->' or a relationship keyword such as Customer-Supplier",
    );
  }
  c.pos++;
  const rightRoles = roles(c);
  const right = c.id('a bounded context name to end the relationship');
  // The name may also follow the relationship: `A -> B : Payments`.
  if (c.is(':')) {
    c.pos++;
    name = c.id('a relationship name after ":"');
  }
  const all = [...leftRoles.tokens, ...rightRoles.tokens];
  if (symmetric) {
    if (all.includes('P')) symmetric = 'partnership';
    if (all.includes('SK')) symmetric = 'shared-kernel';
    const wrong = all.find(r => r !== 'P' && r !== 'SK');
    if (wrong) {
      const at = leftRoles.tokens.includes(wrong)
        ? leftRoles.at!
        : rightRoles.at!;
      throw new CmlSyntaxError(
        at.line,
        at.column,
        `'${wrong}' cannot mark a symmetric relationship; use [P] or [SK] on both sides`,
      );
    }
  }
  const [upRoles, downRoles] = leftUpstream
    ? [leftRoles, rightRoles]
    : [rightRoles, leftRoles];
  if (!symmetric) {
    for (const [side, list, bad] of [
      ['upstream', upRoles, ['D', 'C', 'ACL', 'CF', 'P', 'SK']],
      ['downstream', downRoles, ['U', 'S', 'OHS', 'PL', 'P', 'SK']],
    ] as const) {
      const wrong = list.tokens.find(r =>
        (bad as readonly string[]).includes(r),
      );
      if (wrong) {
        throw new CmlSyntaxError(
          list.at!.line,
          list.at!.column,
          `'${wrong}' cannot be on the ${side} side of this relationship (the arrow points from upstream to downstream)`,
        );
      }
    }
    customerSupplier =
      customerSupplier || all.includes('S') || all.includes('C');
  }
  const relationship: CmlRelationship = {
    name,
    upstream: symmetric || leftUpstream ? left : right,
    downstream: symmetric || leftUpstream ? right : left,
    symmetric,
    upstreamPatterns: symmetric
      ? []
      : [
          ...(upRoles.tokens.includes('OHS')
            ? ['open-host-service' as const]
            : []),
          ...(upRoles.tokens.includes('PL')
            ? ['published-language' as const]
            : []),
        ],
    downstreamPatterns: symmetric
      ? []
      : [
          ...(downRoles.tokens.includes('ACL')
            ? ['anticorruption-layer' as const]
            : []),
          ...(downRoles.tokens.includes('CF') ? ['conformist' as const] : []),
        ],
    customerSupplier,
    line: start.line,
  };
  if (c.is('{')) {
    const within = c.within;
    c.within = `relationship ${relationship.upstream} – ${relationship.downstream}`;
    c.attributes((key, values, line) => {
      if (key === 'implementationTechnology')
        relationship.implementationTechnology = values[0];
      else c.skip(line, `${key} = ${values.slice(0, 5).join(', ')}`);
    });
    c.within = within;
  }
  return relationship;
}
