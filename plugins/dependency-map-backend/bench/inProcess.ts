// Questions asked of the analysis in process, without HTTP: one blast radius
// against the catalog-graph way of finding the same set, and random blast
// radii and what-ifs.
import { Entity } from '@backstage/catalog-model';
import { percentile } from '@internal/plugin-fitsys-node';
import { DependencyMapAnalysis } from '../src/model/DependencyMapAnalysis';

/** p50, p99 and max of one question asked 2,000 times (ms). */
export interface InProcessTimes {
  p50: number;
  p99: number;
  max: number;
}

export interface InProcessFigures {
  /** The most depended-on entity's blast radius. */
  top: { id: string; impacted: number; ms: number };
  /** The same set the catalog-graph way: a reverse map, then a walk. */
  catalogGraph: {
    reached: number;
    levels: number;
    builtMs: number;
    walkedMs: number;
  };
  blastRadius: InProcessTimes;
  whatIf: InProcessTimes;
}

/** The most depended-on entity's id: the bench's worst blast radius. */
export function topEntityId(analysis: DependencyMapAnalysis): string {
  return analysis.hotSpots({ offset: 0, limit: 1, type: 'entity' }).items[0]
    .node.id;
}

const timed = (fn: (i: number) => unknown): InProcessTimes => {
  const times: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const s = performance.now();
    fn(i);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: times[times.length - 1],
  };
};

export function measureInProcess(options: {
  analysis: DependencyMapAnalysis;
  /** The whole catalog read, relations included. */
  entities: Entity[];
  pick: (i: number) => string;
}): InProcessFigures {
  const { analysis, entities, pick } = options;
  const topId = topEntityId(analysis);
  let t = performance.now();
  const topRadius = analysis.blastRadius(analysis.nodeOf(topId)!, 25);
  const topMs = performance.now() - t;
  // The same set the catalog-graph way: a reverse map built from every
  // entity's relations, then a breadth-first walk (in memory here; through
  // the catalog API it took 5.7 s in the anchor).
  t = performance.now();
  const reverse = new Map<string, string[]>();
  for (const e of entities) {
    const from = `${e.kind}:${e.metadata.namespace ?? 'default'}/${
      e.metadata.name
    }`.toLowerCase();
    for (const r of e.relations ?? []) {
      if (!['dependsOn', 'consumesApi', 'partOf'].includes(r.type)) continue;
      const list = reverse.get(r.targetRef) ?? [];
      list.push(from);
      reverse.set(r.targetRef, list);
    }
    for (const r of e.relations ?? []) {
      if (r.type !== 'providesApi') continue;
      const list = reverse.get(from) ?? [];
      list.push(r.targetRef);
      reverse.set(from, list);
    }
  }
  const builtMs = performance.now() - t;
  t = performance.now();
  const seen = new Set([topId]);
  let frontier = [topId];
  let levels = 0;
  while (frontier.length) {
    levels++;
    const next: string[] = [];
    for (const ref of frontier) {
      for (const d of reverse.get(ref) ?? []) {
        if (!seen.has(d)) {
          seen.add(d);
          next.push(d);
        }
      }
    }
    frontier = next;
  }
  const walkedMs = performance.now() - t;
  return {
    top: { id: topId, impacted: topRadius.impacted, ms: topMs },
    catalogGraph: { reached: seen.size - 1, levels, builtMs, walkedMs },
    blastRadius: timed(i =>
      analysis.blastRadius(analysis.nodeOf(pick(i))!, 25),
    ),
    whatIf: timed(i =>
      analysis.whatIf(
        [pick(i), pick(i + 1), pick(i + 2)].map(r => analysis.nodeOf(r)!),
        25,
      ),
    ),
  };
}
