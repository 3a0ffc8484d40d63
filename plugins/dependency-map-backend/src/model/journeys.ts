import { Journey } from '@internal/plugin-dependency-map-common';
import { dominators } from './dominators';
import { DependencyGraph, describeNode, isKind } from './graph';

/** A journey as the settings declare it. */
export interface JourneyDeclaration {
  name: string;
  title?: string;
  entries: string[];
}

/**
 * The journeys of the settings and of the entities' annotations (merged by
 * name), each with its single points of failure: the entities that
 * dominate part of what its entries reach. Fills `journeyEntries` with the
 * entries' nodes by journey name.
 */
export function analyseJourneys(
  g: DependencyGraph,
  declared: JourneyDeclaration[],
  journeyEntries: Map<string, number[]>,
): Journey[] {
  const byName = new Map<
    string,
    { title?: string; entries: Set<string>; missing: number }
  >();
  for (const j of declared) {
    const entry = byName.get(j.name) ?? { entries: new Set(), missing: 0 };
    entry.title ??= j.title;
    for (const ref of j.entries) {
      if (g.index.has(ref)) entry.entries.add(ref);
      else entry.missing++;
    }
    byName.set(j.name, entry);
  }
  for (let v = 0; v < g.entityCount; v++) {
    for (const name of g.facts[v]?.journeys ?? []) {
      const entry = byName.get(name) ?? { entries: new Set(), missing: 0 };
      entry.entries.add(g.ids[v]);
      byName.set(name, entry);
    }
  }
  return [...byName.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, j]) => {
      const entries = [...j.entries].sort().map(ref => g.index.get(ref)!);
      journeyEntries.set(name, entries);
      const tree = dominators(g, entries);
      const isEntry = new Set(entries);
      const spofs: Journey['singlePointsOfFailure'] = [];
      tree.nodes.forEach((v, p) => {
        // An API runs nothing: its providers stand for it.
        if (isEntry.has(v) || tree.dominated[p] === 0) return;
        if (isKind(g, v, 'api')) return;
        spofs.push({
          node: describeNode(g, v),
          dominated: tree.dominated[p],
          cutsWholeJourney:
            tree.totalLeaves > 0 && tree.leaves[p] === tree.totalLeaves,
        });
      });
      spofs.sort(
        (a, b) =>
          b.dominated - a.dominated || a.node.id.localeCompare(b.node.id),
      );
      return {
        name,
        title: j.title,
        entries: entries.map(v => g.ids[v]),
        missingEntries: j.missing,
        dependencies: tree.nodes.length - entries.length,
        singlePointsOfFailure: spofs.slice(0, 50),
      };
    });
}
