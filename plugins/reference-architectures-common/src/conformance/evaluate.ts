import { Entity, parseEntityRef } from '@backstage/catalog-model';
import {
  evaluateFilterPredicate,
  FilterPredicate,
} from '@backstage/filter-predicates';
import {
  ConformanceRule,
  DependencyMatcher,
  ReferenceArchitectureSpec,
  Severity,
} from '../model';
import { describeCheck, fixFor } from './describe';

/** An entity next to the adopter: its ref, and the entity when the catalog has it. */
export interface Neighbour {
  ref: string;
  entity?: Entity;
}

/**
 * What conformance rules look at: the adopter and its catalog neighbourhood.
 * For a System, the members are the system and the entities part of it; for
 * a Component, the component alone.
 */
export interface Neighbourhood {
  adopter: Entity;
  members: Entity[];
  /** Every dependsOn target of the members, once each. */
  dependencies: Neighbour[];
  /** The dependencies outside the members: what `maxDependencies` counts. */
  externalDependencies: Neighbour[];
  providedApis: Neighbour[];
  consumedApis: Neighbour[];
  owner?: Neighbour;
}

export interface RuleResult {
  ruleId: string;
  title: string;
  severity: Severity;
  level?: string;
  passed: boolean;
  /** What the rule checks, in words. */
  check: string;
  /** What was found, when it failed. */
  found?: string;
  /** What would make it pass, when it failed. */
  fix?: string;
}

export interface ConformanceResult {
  /** 0 to 100: the weighted share of rules passed (error 3, warning 2, info 1). */
  score: number;
  /** The highest level whose rules, and every lower level's, all pass. */
  level?: string;
  /** The next level up, when there is one. */
  nextLevel?: string;
  passed: number;
  failed: number;
  results: RuleResult[];
}

const WEIGHTS: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

const lower = (value: unknown) =>
  typeof value === 'string' ? value.toLocaleLowerCase('en-US') : undefined;

function normalRef(ref: string, defaultKind: string): string {
  try {
    const parsed = parseEntityRef(ref, {
      defaultKind,
      defaultNamespace: 'default',
    });
    return `${parsed.kind}:${parsed.namespace}/${parsed.name}`.toLocaleLowerCase(
      'en-US',
    );
  } catch {
    return ref.toLocaleLowerCase('en-US');
  }
}

function kindOf(neighbour: Neighbour): string {
  if (neighbour.entity) return neighbour.entity.kind.toLocaleLowerCase('en-US');
  return neighbour.ref.split(':')[0].toLocaleLowerCase('en-US');
}

function matches(neighbour: Neighbour, matcher: DependencyMatcher): boolean {
  if (
    matcher.entity &&
    normalRef(matcher.entity, 'resource') !==
      neighbour.ref.toLocaleLowerCase('en-US')
  ) {
    return false;
  }
  if (matcher.kind && lower(matcher.kind) !== kindOf(neighbour)) return false;
  if (
    matcher.type &&
    lower(matcher.type) !== lower(neighbour.entity?.spec?.type)
  )
    return false;
  return true;
}

const names = (list: Neighbour[]) =>
  list
    .slice(0, 5)
    .map(n => n.ref)
    .join(', ') + (list.length > 5 ? ` and ${list.length - 5} more` : '');

/** Whether one rule holds; on failure, what was found. */
function runCheck(
  rule: ConformanceRule,
  n: Neighbourhood,
): { passed: boolean; found?: string } {
  const check = rule.check as Record<string, any>;
  if ('dependsOn' in check) {
    const hits = n.dependencies.filter(d => matches(d, check.dependsOn));
    return hits.length
      ? { passed: true }
      : { passed: false, found: 'no such dependency' };
  }
  if ('notDependsOn' in check) {
    const hits = n.dependencies.filter(d => matches(d, check.notDependsOn));
    return hits.length
      ? { passed: false, found: `depends on ${names(hits)}` }
      : { passed: true };
  }
  if ('providesApi' in check || 'consumesApi' in check) {
    const provides = 'providesApi' in check;
    const wanted = lower(
      (provides ? check.providesApi : check.consumesApi).type,
    );
    const apis = provides ? n.providedApis : n.consumedApis;
    const hit = apis.some(
      api => !wanted || lower(api.entity?.spec?.type) === wanted,
    );
    return hit
      ? { passed: true }
      : {
          passed: false,
          found: apis.length
            ? `${provides ? 'provides' : 'consumes'} ${names(apis)}`
            : `${provides ? 'provides' : 'consumes'} no API`,
        };
  }
  if ('annotation' in check) {
    const present =
      n.adopter.metadata.annotations?.[check.annotation] !== undefined;
    return present
      ? { passed: true }
      : { passed: false, found: 'the annotation is missing' };
  }
  if ('tag' in check) {
    const tags = (n.adopter.metadata.tags ?? []).map(t =>
      t.toLocaleLowerCase('en-US'),
    );
    return tags.includes(lower(check.tag)!)
      ? { passed: true }
      : {
          passed: false,
          found: tags.length
            ? `tags: ${tags.slice(0, 10).join(', ')}`
            : 'no tags',
        };
  }
  if ('label' in check) {
    const value = n.adopter.metadata.labels?.[check.label.key];
    const ok =
      value !== undefined &&
      (check.label.value === undefined || value === check.label.value);
    return ok
      ? { passed: true }
      : {
          passed: false,
          found:
            value === undefined
              ? 'the label is missing'
              : `the label is "${value}"`,
        };
  }
  if ('maxDependencies' in check) {
    const count = n.externalDependencies.length;
    return count <= check.maxDependencies
      ? { passed: true }
      : {
          passed: false,
          found: `${count} dependencies outside it: ${names(
            n.externalDependencies,
          )}`,
        };
  }
  if ('lifecycle' in check) {
    const allowed = (check.lifecycle as string[]).map(l =>
      l.toLocaleLowerCase('en-US'),
    );
    const judged =
      n.adopter.spec?.lifecycle !== undefined
        ? [n.adopter]
        : n.members.filter(m => m.spec?.lifecycle !== undefined);
    const off = judged.filter(
      e => !allowed.includes(lower(e.spec?.lifecycle) ?? ''),
    );
    if (judged.length === 0)
      return { passed: false, found: 'no lifecycle is declared' };
    return off.length
      ? {
          passed: false,
          found: off
            .slice(0, 5)
            .map(e => `${e.metadata.name} is ${String(e.spec?.lifecycle)}`)
            .join(', '),
        }
      : { passed: true };
  }
  if ('ownerIsTeam' in check) {
    const owner = n.owner?.entity;
    const team =
      owner?.kind.toLocaleLowerCase('en-US') === 'group' &&
      lower(owner.spec?.type) === 'team';
    return team
      ? { passed: true }
      : {
          passed: false,
          found: n.owner
            ? `the owner ${n.owner.ref} is ${
                owner
                  ? `a ${owner.kind}${
                      owner.spec?.type ? ` of type ${owner.spec.type}` : ''
                    }`
                  : 'not in the catalog'
              }`
            : 'no owner',
        };
  }
  const ok = evaluateFilterPredicate(
    check.filter as FilterPredicate,
    n.adopter,
  );
  return ok
    ? { passed: true }
    : { passed: false, found: 'the entity does not match the filter' };
}

/**
 * Evaluates every rule of a reference architecture against one adopter.
 * Rules must have been validated (the catalog module refuses an entity whose
 * rules do not parse), so each check is well formed here.
 */
export function evaluateConformance(
  spec: Pick<ReferenceArchitectureSpec, 'rules' | 'levels'>,
  neighbourhood: Neighbourhood,
): ConformanceResult {
  const rules = spec.rules ?? [];
  const results: RuleResult[] = rules.map(rule => {
    const outcome = runCheck(rule, neighbourhood);
    return {
      ruleId: rule.id,
      title: rule.title,
      severity: rule.severity,
      level: rule.level,
      passed: outcome.passed,
      check: describeCheck(rule.check),
      ...(outcome.passed
        ? {}
        : { found: outcome.found, fix: rule.fix ?? fixFor(rule.check) }),
    };
  });
  let total = 0;
  let earned = 0;
  for (const result of results) {
    total += WEIGHTS[result.severity];
    if (result.passed) earned += WEIGHTS[result.severity];
  }
  const levels = spec.levels ?? [];
  let level: string | undefined;
  let nextLevel: string | undefined = levels[0];
  for (let i = 0; i < levels.length; i++) {
    const failedHere = results.some(r => r.level === levels[i] && !r.passed);
    if (failedHere) break;
    level = levels[i];
    nextLevel = levels[i + 1];
  }
  const passed = results.filter(r => r.passed).length;
  return {
    score: total === 0 ? 100 : Math.round((earned / total) * 100),
    ...(level ? { level } : {}),
    ...(nextLevel ? { nextLevel } : {}),
    passed,
    failed: results.length - passed,
    results,
  };
}
