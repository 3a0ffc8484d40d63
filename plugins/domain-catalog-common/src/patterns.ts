import { RelationshipPattern, RelationshipRole } from './model';

/** The usual short notation of each pattern on a context map. */
export const PATTERN_NOTATION: Record<RelationshipPattern, string> = {
  partnership: 'P',
  'shared-kernel': 'SK',
  'separate-ways': 'SW',
  'customer-supplier': 'C/S',
  'open-host-service': 'OHS',
  'published-language': 'PL',
  'anticorruption-layer': 'ACL',
  conformist: 'CF',
};

/** Patterns that describe both sides alike: the contexts are partners. */
export const SYMMETRIC_PATTERNS: RelationshipPattern[] = [
  'partnership',
  'shared-kernel',
  'separate-ways',
];
/** Patterns that belong to the upstream side of a relationship. */
export const UPSTREAM_PATTERNS: RelationshipPattern[] = [
  'open-host-service',
  'published-language',
];
/** Patterns that belong to the downstream side of a relationship. */
export const DOWNSTREAM_PATTERNS: RelationshipPattern[] = [
  'anticorruption-layer',
  'conformist',
];

const notation = (patterns: RelationshipPattern[]) =>
  patterns.map(p => `${p} (${PATTERN_NOTATION[p]})`).join(', ');

/**
 * The semantic problems of one side of a relationship, after Context Mapper's
 * checks: which patterns go with which role, and which exclude each other.
 * Assumes role and patterns are known values; returns messages without the
 * field name.
 */
export function relationshipSemanticProblems(
  role: RelationshipRole,
  patterns: RelationshipPattern[],
): string[] {
  const problems: string[] = [];
  const symmetric = patterns.filter(p => SYMMETRIC_PATTERNS.includes(p));
  const asymmetric = patterns.filter(p => !SYMMETRIC_PATTERNS.includes(p));

  if (role === 'partner') {
    if (symmetric.length !== 1) {
      problems.push(
        `a partner relationship needs exactly one of ${notation(
          SYMMETRIC_PATTERNS,
        )}`,
      );
    }
    if (asymmetric.length > 0) {
      problems.push(
        `${notation(
          asymmetric,
        )} need an upstream and a downstream; use role upstream or downstream, or drop them`,
      );
    }
    return problems;
  }

  if (symmetric.length > 0) {
    problems.push(
      `${notation(symmetric)} relate partners; use role: partner for them`,
    );
  }
  const wrongSide = patterns.filter(p =>
    role === 'upstream'
      ? DOWNSTREAM_PATTERNS.includes(p)
      : UPSTREAM_PATTERNS.includes(p),
  );
  if (wrongSide.length > 0) {
    problems.push(
      `${notation(wrongSide)} belong to the ${
        role === 'upstream' ? 'downstream' : 'upstream'
      } side; declare them from that context, or change the role`,
    );
  }
  if (
    patterns.includes('conformist') &&
    patterns.includes('customer-supplier')
  ) {
    problems.push(
      'conformist (CF) is not applicable to a customer-supplier (C/S) relationship: a supplier plans for its customer, so the customer need not conform',
    );
  }
  return problems;
}
