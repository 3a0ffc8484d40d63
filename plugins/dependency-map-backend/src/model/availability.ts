import {
  Availability,
  AvailabilityTerm,
} from '@internal/plugin-dependency-map-common';
import { describeNode, DependencyGraph, isKind } from './graph';
import { Reach } from './reach';

/** Availability of failure domains (fractions), where the settings give one. */
export interface FailureDomainAvailability {
  zone?: number;
  region?: number;
  cluster?: number;
}

/** Minutes in a month of 30 days. */
export const MINUTES_PER_MONTH = 30 * 24 * 60;

const parallel = (a: number, replicas: number) => 1 - (1 - a) ** replicas;
const downtime = (a: number | null) =>
  a === null ? null : (1 - a) * MINUTES_PER_MONTH;

/**
 * Availability of entities, from their declared targets:
 *
 * - assumed (independent): each replica is an independent copy of the whole
 *   stack it needs, 1 - (1 - a_self * prod_d A_d)^r_self, with
 *   A_d = 1 - (1 - a_d)^r_d for each dependency, and failure domains ignored;
 * - correlated: shared dependencies and failure domains are counted once, in
 *   series, outside the replicas: (1 - (1 - a_self)^r_self) * prod_d A_d *
 *   prod_f a_f over the failure domains f (a single zone, region or cluster
 *   declared by the entity or a dependency).
 *
 * A journey is its entries in series: assumed multiplies each entry's
 * assumed number (so a dependency shared by two entries counts twice),
 * correlated counts every dependency and domain of all entries once.
 */
export class AvailabilityModel {
  constructor(
    private readonly g: DependencyGraph,
    private readonly reach: Reach,
    private readonly domains: FailureDomainAvailability,
  ) {}

  private term(v: number, role: AvailabilityTerm['role']): AvailabilityTerm {
    const facts = this.g.facts[v];
    return {
      node: describeNode(this.g, v),
      role,
      availability: facts?.availability ?? 1,
      replicas: facts?.replicas ?? 1,
    };
  }

  /** The factors of `entries` and what they need, each once. */
  private factors(entries: number[]) {
    const g = this.g;
    const deps = Array.from(this.reach.dependencies(entries));
    const terms: AvailabilityTerm[] = [];
    const withoutTarget: string[] = [];
    const failureDomains = new Set<number>();
    const warnings: string[] = [];
    const consider = (v: number, role: AvailabilityTerm['role']) => {
      if (v >= g.entityCount) {
        const type = g.ids[v].slice(0, g.ids[v].indexOf(':'));
        if (this.domains[type as keyof FailureDomainAvailability]) {
          failureDomains.add(v);
        }
        return;
      }
      // APIs and systems are served by entities counted on their own.
      if (isKind(g, v, 'api') || isKind(g, v, 'system')) return;
      if (g.facts[v]?.availability === undefined) {
        if (role !== 'self') withoutTarget.push(g.ids[v]);
        return;
      }
      terms.push(this.term(v, role));
    };
    for (const e of entries) consider(e, 'self');
    for (const d of deps) consider(d, 'dependency');
    for (const f of failureDomains) {
      const type = g.ids[f].slice(0, g.ids[f].indexOf(':')) as
        | 'zone'
        | 'region'
        | 'cluster';
      terms.push({
        node: describeNode(g, f),
        role: 'failure-domain',
        availability: this.domains[type]!,
        replicas: 1,
      });
    }
    for (const e of entries) {
      if (!g.facts[e]?.availability) {
        warnings.push(
          `${g.ids[e]} declares no fitsys.dev/availability-target; its own availability is left out`,
        );
      }
    }
    return { terms, withoutTarget, warnings };
  }

  /** Assumed availability of one entity: replicas of the whole stack, independent. */
  private assumedOf(entry: number, terms: AvailabilityTerm[]): number {
    const self = this.g.facts[entry];
    let stack = self?.availability ?? 1;
    for (const t of terms) {
      if (t.role === 'dependency')
        stack *= parallel(t.availability, t.replicas);
    }
    return parallel(stack, self?.replicas ?? 1);
  }

  /** Assumed and correlated availability of entities in series (one entity, or a journey's entries). */
  of(
    subject: Availability['subject'],
    entries: number[],
    tierWarnings: string[] = [],
  ): Availability {
    const { terms, withoutTarget, warnings } = this.factors(entries);
    let correlated = 1;
    for (const t of terms) correlated *= parallel(t.availability, t.replicas);
    let assumed = 1;
    for (const e of entries) {
      assumed *= this.assumedOf(e, this.factors([e]).terms);
    }
    const known = terms.length > 0;
    const a = known ? assumed : null;
    const c = known ? correlated : null;
    const ad = downtime(a);
    const cd = downtime(c);
    return {
      subject,
      assumed: a,
      correlated: c,
      assumedDowntimeMinutesPerMonth: ad,
      correlatedDowntimeMinutesPerMonth: cd,
      gapMinutesPerMonth: ad === null || cd === null ? null : cd - ad,
      terms: terms.slice(0, 200),
      withoutTarget: withoutTarget.slice(0, 200),
      warnings: [...warnings, ...tierWarnings],
    };
  }
}
