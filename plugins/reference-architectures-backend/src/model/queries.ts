import { NotFoundError } from '@backstage/errors';
import {
  AdopterList,
  ArchitectureDetail,
  ArchitectureList,
  ArchitectureVersion,
  diffVersions,
  DiffAnswer,
  EntityConformance,
  Lifecycle,
  LIFECYCLES,
  QualityAttribute,
} from '@internal/plugin-reference-architectures-common';
import { compare as compareSemver } from 'semver';
import {
  ArchitectureLibrary,
  SeriesEntry,
  VersionEntry,
} from './ArchitectureLibrary';

export const lower = (text: string) => text.toLocaleLowerCase('en-US');

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
