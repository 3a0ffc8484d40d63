import { NotFoundError } from '@backstage/errors';
import {
  AdopterList,
  ArchitectureDetail,
  ArchitectureList,
  ArchitectureVersion,
  DecisionList,
  DecisionSummary,
  diffVersions,
  DiffAnswer,
  EntityConformance,
  Lifecycle,
  LIFECYCLES,
  QualityAttribute,
  Revisit,
} from '@internal/plugin-reference-architectures-common';
import { compare as compareSemver } from 'semver';
import { AdrRecord } from '../database/AdrStore';
import {
  ArchitectureLibrary,
  SeriesEntry,
  VersionEntry,
} from './ArchitectureLibrary';

const lower = (text: string) => text.toLocaleLowerCase('en-US');

export interface Page {
  offset: number;
  limit: number;
}

export interface LibraryQuery extends Page {
  q?: string;
  lifecycle?: Lifecycle[];
  quality?: QualityAttribute;
  tag?: string;
  owner?: string;
}

/** The answer for an architecture the caller cannot see: the same as for one that does not exist. */
export const noSuchArchitecture = (name: string) =>
  new NotFoundError(
    `architecture: there is no reference architecture "${name.slice(
      0,
      80,
    )}"; GET /architectures lists them`,
  );

export function requireSeries(
  library: ArchitectureLibrary,
  name: string,
): SeriesEntry {
  const entry = library.seriesNamed(name);
  if (!entry) throw noSuchArchitecture(name);
  return entry;
}

export function requireVersion(
  entry: SeriesEntry,
  version: string | undefined,
  field = 'version',
): VersionEntry {
  if (version === undefined) return entry.current;
  const found = entry.versions.find(v => v.version === version);
  if (!found) {
    throw new NotFoundError(
      `${field}: ${entry.series} has no version "${version.slice(
        0,
        64,
      )}"; its versions are ${entry.versions.map(v => v.version).join(', ')}`,
    );
  }
  return found;
}

/** The library: one card per series, filtered, searched and paged. */
export function listArchitectures(
  library: ArchitectureLibrary,
  query: LibraryQuery,
): ArchitectureList {
  const all = [...library.series.values()].map(s => s.summary);
  const words = query.q ? lower(query.q).split(/\s+/).filter(Boolean) : [];
  const matches = all.filter(summary => {
    if (query.lifecycle?.length && !query.lifecycle.includes(summary.lifecycle))
      return false;
    if (query.quality && summary.ratings[query.quality] === undefined)
      return false;
    if (query.tag && !summary.tags.map(lower).includes(lower(query.tag)))
      return false;
    if (query.owner && lower(summary.owner) !== lower(query.owner))
      return false;
    if (words.length) {
      const spec = library.series.get(summary.series)!.current.entity.spec;
      const haystack = lower(
        [
          summary.series,
          summary.title,
          summary.description ?? '',
          spec.problem,
          spec.solution,
          ...summary.tags,
        ].join(' '),
      );
      return words.every(word => haystack.includes(word));
    }
    return true;
  });
  // By the rating asked for, best first; otherwise by adoption, then title.
  matches.sort((a, b) =>
    query.quality
      ? (b.ratings[query.quality] ?? 0) - (a.ratings[query.quality] ?? 0) ||
        a.title.localeCompare(b.title)
      : b.adopters.total - a.adopters.total || a.title.localeCompare(b.title),
  );
  const owners = new Set<string>();
  const tags = new Set<string>();
  const lifecycles = new Set<Lifecycle>();
  for (const summary of all) {
    owners.add(summary.owner);
    summary.tags.forEach(tag => tags.add(lower(tag)));
    lifecycles.add(summary.lifecycle);
  }
  return {
    items: matches.slice(query.offset, query.offset + query.limit),
    totalCount: matches.length,
    facets: {
      owners: [...owners].sort(),
      tags: [...tags].sort(),
      lifecycles: LIFECYCLES.filter(l => lifecycles.has(l)),
    },
  };
}

function versionOf(entry: VersionEntry): ArchitectureVersion {
  const { entity } = entry;
  return {
    ref: entry.ref,
    series: entry.series,
    name: entity.metadata.name,
    title: entity.metadata.title ?? entity.metadata.name,
    ...(entity.metadata.description
      ? { description: entity.metadata.description }
      : {}),
    tags: entity.metadata.tags ?? [],
    spec: entity.spec,
  };
}

/** A newer recommended version than `version`, if the series has one. */
function newerRecommended(
  entry: SeriesEntry,
  version: string,
): string | undefined {
  const newer = entry.versions.find(
    v =>
      v.entity.spec.lifecycle === 'recommended' &&
      compareSemver(v.version, version) > 0,
  );
  return newer?.version;
}

export function architectureDetail(
  library: ArchitectureLibrary,
  name: string,
  version?: string,
): ArchitectureDetail {
  const entry = requireSeries(library, name);
  const shown = requireVersion(entry, version);
  const newer = newerRecommended(entry, shown.version);
  return {
    summary: entry.summary,
    version: versionOf(shown),
    ...(newer ? { newerRecommended: newer } : {}),
  };
}

export type AdopterStatus = 'conforming' | 'violating' | 'outdated' | 'problem';

export function adoptersOf(
  library: ArchitectureLibrary,
  name: string,
  query: Page & { version?: string; status?: AdopterStatus },
): AdopterList {
  const entry = requireSeries(library, name);
  if (query.version !== undefined) requireVersion(entry, query.version);
  const matches = entry.adopters
    .map(a => a.summary)
    .filter(a => {
      if (query.version !== undefined && a.version !== query.version)
        return false;
      switch (query.status) {
        case 'conforming':
          return (
            a.conformance !== undefined &&
            a.conformance.violations.every(v => v.severity !== 'error')
          );
        case 'violating':
          return (
            a.conformance !== undefined &&
            a.conformance.violations.some(v => v.severity === 'error')
          );
        case 'outdated':
          return a.outdated;
        case 'problem':
          return a.problem !== undefined;
        default:
          return true;
      }
    })
    // Worst first: problems, then the lowest scores.
    .sort(
      (a, b) =>
        Number(!!b.problem) - Number(!!a.problem) ||
        (a.conformance?.score ?? 0) - (b.conformance?.score ?? 0) ||
        a.title.localeCompare(b.title),
    );
  return {
    items: matches.slice(query.offset, query.offset + query.limit),
    totalCount: matches.length,
  };
}

export function diffOf(
  library: ArchitectureLibrary,
  name: string,
  from?: string,
  to?: string,
): DiffAnswer {
  const entry = requireSeries(library, name);
  const newer = requireVersion(entry, to, 'to');
  // By default, against the version before the one compared.
  const older = from
    ? requireVersion(entry, from, 'from')
    : entry.versions.find(v => compareSemver(v.version, newer.version) < 0) ??
      newer;
  return {
    series: entry.series,
    diff: diffVersions(older.entity.spec, newer.entity.spec),
  };
}

export function entityConformance(
  library: ArchitectureLibrary,
  ref: string,
): EntityConformance | undefined {
  const adopter = library.adopters.get(lower(ref));
  if (!adopter) return undefined;
  const entry = library.series.get(adopter.summary.series);
  const newer =
    entry && adopter.summary.version
      ? newerRecommended(entry, adopter.summary.version)
      : undefined;
  return {
    adopter: adopter.summary,
    ...(entry ? { architecture: entry.summary } : {}),
    ...(adopter.results ? { results: adopter.results } : {}),
    ...(newer ? { newerRecommended: newer } : {}),
  };
}

/**
 * Every decision recorded in a reference architecture, once per decision id
 * and series; then the ADRs read from entities the view shows, each with
 * the architecture version its entity follows.
 */
export function allDecisions(
  library: ArchitectureLibrary,
  adrs: readonly AdrRecord[] = [],
): DecisionSummary[] {
  const decisions = new Map<string, DecisionSummary>();
  for (const entry of library.series.values()) {
    // Newest version first: its wording of a decision wins.
    for (const version of entry.versions) {
      for (const decision of version.entity.spec.decisions ?? []) {
        const key = `${entry.series}/${decision.id}`;
        const known = decisions.get(key);
        if (known) {
          known.architectures.push(version.ref);
          continue;
        }
        decisions.set(key, {
          ...decision,
          source: 'architecture',
          architectures: [version.ref],
          revisitOverdue:
            decision.revisitBy !== undefined &&
            decision.revisitBy < library.today,
        });
      }
    }
  }
  const fromAdrs: DecisionSummary[] = [];
  for (const { entityRef, ...decision } of adrs) {
    if (!library.adrKeepers.has(entityRef)) continue;
    const adopter = library.adopters.get(entityRef)?.summary;
    const followed =
      adopter?.version && !adopter.problem
        ? library.series
            .get(adopter.series)
            ?.versions.find(v => v.version === adopter.version)?.ref
        : undefined;
    fromAdrs.push({
      ...decision,
      source: 'adr',
      entityRef,
      architectures: followed ? [followed] : [],
      revisitOverdue:
        decision.revisitBy !== undefined && decision.revisitBy < library.today,
    });
  }
  return [...decisions.values(), ...fromAdrs];
}

export function listDecisions(
  library: ArchitectureLibrary,
  query: Page & {
    q?: string;
    status?: string;
    overdue?: boolean;
    source?: 'architecture' | 'adr';
  },
  adrs: readonly AdrRecord[] = [],
): DecisionList {
  const words = query.q ? lower(query.q).split(/\s+/).filter(Boolean) : [];
  const matches = allDecisions(library, adrs)
    .filter(d => {
      if (query.source && d.source !== query.source) return false;
      if (query.status && d.status !== query.status) return false;
      if (query.overdue !== undefined && d.revisitOverdue !== query.overdue)
        return false;
      const keeper = d.entityRef
        ? `${d.entityRef} ${library.adrKeepers.get(d.entityRef)?.title ?? ''}`
        : '';
      const haystack = lower(
        `${d.id} ${d.title} ${d.summary ?? ''} ${d.architectures.join(
          ' ',
        )} ${keeper}`,
      );
      return words.every(word => haystack.includes(word));
    })
    .sort(
      (a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title),
    );
  return {
    items: matches.slice(query.offset, query.offset + query.limit),
    totalCount: matches.length,
  };
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Architectures and decisions whose revisit date has passed, the most overdue first. */
export function overdueRevisits(
  library: ArchitectureLibrary,
  adrs: readonly AdrRecord[] = [],
): Revisit[] {
  const revisits: Revisit[] = [];
  for (const adr of adrs) {
    const keeper = library.adrKeepers.get(adr.entityRef);
    if (!keeper?.owner || !adr.revisitBy || adr.revisitBy >= library.today) {
      continue;
    }
    revisits.push({
      type: 'decision',
      ref: adr.entityRef,
      title: adr.title,
      owner: keeper.owner,
      revisitBy: adr.revisitBy,
      daysOverdue: daysBetween(adr.revisitBy, library.today),
      decisionId: adr.id,
    });
  }
  for (const entry of library.series.values()) {
    const { entity } = entry.current;
    const revisitBy = entity.spec.revisitBy;
    if (revisitBy && revisitBy < library.today) {
      revisits.push({
        type: 'architecture',
        ref: entry.current.ref,
        title: entry.summary.title,
        owner: entry.summary.owner,
        revisitBy,
        daysOverdue: daysBetween(revisitBy, library.today),
      });
    }
    for (const decision of entity.spec.decisions ?? []) {
      if (decision.revisitBy && decision.revisitBy < library.today) {
        revisits.push({
          type: 'decision',
          ref: entry.current.ref,
          title: decision.title,
          owner: entry.summary.owner,
          revisitBy: decision.revisitBy,
          daysOverdue: daysBetween(decision.revisitBy, library.today),
          decisionId: decision.id,
        });
      }
    }
  }
  return revisits.sort(
    (a, b) => b.daysOverdue - a.daysOverdue || a.title.localeCompare(b.title),
  );
}
