import { parseFilterPredicate } from '@backstage/filter-predicates';
import { LIMITS, RULE_CHECKS, SEVERITIES } from '../model';
import { Checker } from './checker';

/**
 * Whether a filter predicate is small enough to evaluate: at most
 * `LIMITS.filterDepth` levels and `LIMITS.filterKeys` keys. Walked with an
 * explicit stack, so a hostile predicate cannot exhaust the call stack
 * before it is refused; Backstage's evaluator recurses, so this must run
 * first.
 */
export function filterSizeProblem(value: unknown): string | undefined {
  const stack: Array<{ node: unknown; depth: number }> = [
    { node: value, depth: 1 },
  ];
  let keys = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > LIMITS.filterDepth) {
      return `nests deeper than ${LIMITS.filterDepth} levels`;
    }
    const children = Array.isArray(node) ? node : Object.values(node);
    keys += children.length;
    if (keys > LIMITS.filterKeys) {
      return `has more than ${LIMITS.filterKeys} keys and values`;
    }
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return undefined;
}

/** The problem of a filter predicate, or undefined when it can be evaluated. */
export function filterProblem(value: unknown): string | undefined {
  const size = filterSizeProblem(value);
  if (size) return size;
  try {
    parseFilterPredicate(value);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `is not a filter predicate (${message
      .split('\n')[0]
      .slice(0, 200)}); write one such as { "spec.type": "service" }`;
  }
}

function checkDependencyMatcher(c: Checker, field: string, value: unknown) {
  const matcher = c.object(field, value, {
    what: 'what the dependency is: kind, type or entity',
  });
  if (!matcher) return;
  c.unknownFields(field, matcher, ['kind', 'type', 'entity']);
  if (Object.keys(matcher).length === 0) {
    c.add(field, 'must say at least one of kind, type or entity');
  }
  c.text(`${field}.kind`, matcher.kind, {
    what: 'the kind, e.g. Resource',
    max: LIMITS.name,
    optional: true,
  });
  c.text(`${field}.type`, matcher.type, {
    what: 'the spec.type, e.g. database',
    max: LIMITS.name,
    optional: true,
  });
  c.ref(`${field}.entity`, matcher.entity, {
    defaultKind: 'resource',
    kinds: ['resource', 'component', 'api', 'system'],
    what: 'the entity depended on',
    optional: true,
  });
}

function checkRuleCheck(
  c: Checker,
  field: string,
  check: Record<string, unknown>,
) {
  const keys = Object.keys(check);
  if (
    keys.length !== 1 ||
    !(RULE_CHECKS as readonly string[]).includes(keys[0])
  ) {
    c.add(
      field,
      `must hold exactly one check, one of ${RULE_CHECKS.join(', ')}${
        keys.length ? `; found ${keys.slice(0, 5).join(', ')}` : ''
      }`,
    );
    return;
  }
  const name = keys[0];
  const value = check[name];
  const at = `${field}.${name}`;
  switch (name) {
    case 'dependsOn':
    case 'notDependsOn':
      checkDependencyMatcher(c, at, value);
      return;
    case 'providesApi':
    case 'consumesApi': {
      const api = c.object(at, value, {
        what: 'the API: { type: openapi } or {}',
      });
      if (api) {
        c.unknownFields(at, api, ['type']);
        c.text(`${at}.type`, api.type, {
          what: 'the API type, e.g. openapi',
          max: LIMITS.name,
          optional: true,
        });
      }
      return;
    }
    case 'annotation':
    case 'tag':
      c.text(at, value, {
        what: `the ${name} the adopter must carry`,
        max: 253,
      });
      return;
    case 'label': {
      const label = c.object(at, value, { what: 'the label: { key, value }' });
      if (label) {
        c.unknownFields(at, label, ['key', 'value']);
        c.text(`${at}.key`, label.key, { what: 'the label key', max: 253 });
        c.text(`${at}.value`, label.value, {
          what: 'the value it must have',
          max: 63,
          optional: true,
        });
      }
      return;
    }
    case 'maxDependencies':
      if (
        !Number.isInteger(value) ||
        (value as number) < 0 ||
        (value as number) > 10_000
      ) {
        c.add(at, 'must be a whole number from 0 to 10000');
      }
      return;
    case 'lifecycle':
      c.list(at, value, { what: 'the lifecycles allowed', max: 20 }).forEach(
        (item, i) =>
          c.text(`${at}[${i}]`, item, {
            what: 'a lifecycle, e.g. production',
            max: 63,
          }),
      );
      if (Array.isArray(value) && value.length === 0) {
        c.add(at, 'must name at least one lifecycle');
      }
      return;
    case 'ownerIsTeam':
      if (value !== true) c.add(at, 'must be true');
      return;
    default: {
      const problem = filterProblem(value);
      if (problem) c.add(at, problem);
    }
  }
}

/** The problems of spec.levels and spec.rules. */
export function validateRules(
  c: Checker,
  levelsValue: unknown,
  rulesValue: unknown,
) {
  const levels = c
    .list('spec.levels', levelsValue, {
      what: 'conformance levels, lowest first',
      max: LIMITS.levels,
    })
    .filter((level, i): level is string =>
      c.name(`spec.levels[${i}]`, level, 'a level name'),
    );
  const seen = new Set<string>();
  c.list('spec.rules', rulesValue, {
    what: 'conformance rules',
    max: LIMITS.rules,
  }).forEach((item, i) => {
    const field = `spec.rules[${i}]`;
    const rule = c.object(field, item, {
      what: 'a rule: id, title, severity, check',
    });
    if (!rule) return;
    c.unknownFields(field, rule, [
      'id',
      'title',
      'severity',
      'level',
      'fix',
      'check',
    ]);
    if (c.name(`${field}.id`, rule.id, 'the rule id')) {
      if (seen.has(rule.id))
        c.add(`${field}.id`, `"${rule.id}" is the id of an earlier rule too`);
      seen.add(rule.id);
    }
    c.text(`${field}.title`, rule.title, {
      what: 'what the rule asks, in a line',
      max: LIMITS.title,
    });
    c.oneOf(`${field}.severity`, rule.severity, SEVERITIES);
    if (rule.level !== undefined && !levels.includes(rule.level as string)) {
      c.add(
        `${field}.level`,
        levels.length
          ? `must be one of the levels in spec.levels (${levels.join(', ')})`
          : 'names a level, but spec.levels declares none',
      );
    }
    c.text(`${field}.fix`, rule.fix, {
      what: 'what an adopter does to pass',
      max: LIMITS.shortText,
      optional: true,
    });
    const check = c.object(`${field}.check`, rule.check, {
      what: `the check, one of ${RULE_CHECKS.join(', ')}`,
    });
    if (check) checkRuleCheck(c, `${field}.check`, check);
  });
}
