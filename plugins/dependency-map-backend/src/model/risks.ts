import {
  CronCollision,
  formatMinuteOfDay,
  mayRunOnSameDay,
  Saturation,
  TierMismatch,
} from '@internal/plugin-dependency-map-common';
import { describeNode, DependencyGraph, isKind } from './graph';

/** Cron jobs firing more often than hourly are steady load, not a herd: left out of collisions. */
export const MAX_COLLISION_FIRINGS_PER_DAY = 24;

const MINUTES_A_DAY = 24 * 60;

/**
 * The entities an entity calls directly: its dependencies, with an API
 * replaced by the entities that provide it (the API itself does not run).
 */
export function directProviders(g: DependencyGraph, u: number): number[] {
  const result: number[] = [];
  for (let e = g.outStart[u]; e < g.outStart[u + 1]; e++) {
    const v = g.out[e];
    if (v >= g.entityCount || v === u) continue;
    if (isKind(g, v, 'api')) {
      for (let f = g.outStart[v]; f < g.outStart[v + 1]; f++) {
        const p = g.out[f];
        if (p < g.entityCount && p !== u) result.push(p);
      }
    } else if (!isKind(g, v, 'system')) {
      result.push(v);
    }
  }
  // Few enough that a scan beats a Set.
  return result.filter((v, i) => result.indexOf(v) === i);
}

/** Jobs of two or more entities that fire in the same minute, on days that overlap, against one dependency. */
export function cronCollisions(g: DependencyGraph): CronCollision[] {
  type Job = {
    u: number;
    schedule: NonNullable<(typeof g.facts)[0]>['schedules'][0];
  };
  // Jobs by dependency and minute, keyed by the number v * 1440 + minute
  // (no string per job and dependency).
  const byKey = new Map<number, Job[]>();
  for (let u = 0; u < g.entityCount; u++) {
    const schedules = g.facts[u]?.schedules;
    if (!schedules?.length) continue;
    const deps = directProviders(g, u);
    for (const schedule of schedules) {
      if (schedule.minutesOfDay.length > MAX_COLLISION_FIRINGS_PER_DAY)
        continue;
      for (const minute of schedule.minutesOfDay) {
        for (const v of deps) {
          const key = v * MINUTES_A_DAY + minute;
          const list = byKey.get(key);
          if (list) list.push({ u, schedule });
          else byKey.set(key, [{ u, schedule }]);
        }
      }
    }
  }
  const collisions: CronCollision[] = [];
  for (const [key, jobs] of byKey) {
    // Two or more entities: jobs are added entity by entity, so a list of
    // one entity's jobs starts and ends with it.
    if (jobs[0].u === jobs[jobs.length - 1].u) continue;
    const together = jobs.filter(j =>
      jobs.some(o => o.u !== j.u && mayRunOnSameDay(j.schedule, o.schedule)),
    );
    if (together.length < 2) continue;
    const v = Math.floor(key / MINUTES_A_DAY);
    collisions.push({
      minute: formatMinuteOfDay(key % MINUTES_A_DAY),
      dependency: describeNode(g, v),
      jobs: together.map(j => ({
        ref: g.ids[j.u],
        expression: j.schedule.expression,
      })),
    });
  }
  return collisions.sort(
    (a, b) =>
      b.jobs.length - a.jobs.length ||
      a.minute.localeCompare(b.minute) ||
      a.dependency.id.localeCompare(b.dependency.id),
  );
}

/** Dependencies whose direct dependents' summed peak load exceeds their declared capacity. */
export function saturation(g: DependencyGraph): Saturation[] {
  const load = new Map<number, Array<{ ref: string; peakLoad: number }>>();
  for (let u = 0; u < g.entityCount; u++) {
    const peak = g.facts[u]?.peakLoad;
    if (peak === undefined) continue;
    for (const v of directProviders(g, u)) {
      if (g.facts[v]?.capacity === undefined) continue;
      const list = load.get(v) ?? [];
      list.push({ ref: g.ids[u], peakLoad: peak });
      load.set(v, list);
    }
  }
  const result: Saturation[] = [];
  for (const [v, dependents] of load) {
    const capacity = g.facts[v]!.capacity!;
    const summedPeak = dependents.reduce((s, d) => s + d.peakLoad, 0);
    if (summedPeak > capacity) {
      result.push({
        dependency: describeNode(g, v),
        capacity,
        summedPeak,
        dependents: dependents.sort((a, b) => b.peakLoad - a.peakLoad),
      });
    }
  }
  return result.sort(
    (a, b) => b.summedPeak / b.capacity - a.summedPeak / a.capacity,
  );
}

/** Entities that depend directly on an entity of a lower tier (a higher number). */
export function tierMismatches(
  g: DependencyGraph,
  among?: Iterable<number>,
): TierMismatch[] {
  const result: TierMismatch[] = [];
  const check = (u: number) => {
    const tier = g.tier[u];
    if (!tier) return;
    for (const v of directProviders(g, u)) {
      if (g.tier[v] > tier) {
        result.push({
          ref: g.ids[u],
          tier: tier as TierMismatch['tier'],
          dependency: g.ids[v],
          dependencyTier: g.tier[v] as TierMismatch['tier'],
        });
      }
    }
  };
  if (among) for (const u of among) check(u);
  else for (let u = 0; u < g.entityCount; u++) check(u);
  return result.sort((a, b) => a.tier - b.tier || a.ref.localeCompare(b.ref));
}
