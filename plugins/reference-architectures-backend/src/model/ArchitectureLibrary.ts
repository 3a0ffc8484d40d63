import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ADOPTER_KINDS,
  AdopterSummary,
  ArchitectureSummary,
  ConformanceResult,
  evaluateConformance,
  isReferenceArchitectureEntity,
  neighbourhoodOf,
  OUTDATED_LIFECYCLES,
  QUALITY_ATTRIBUTES,
  REFERENCE_ARCHITECTURE_ANNOTATION,
  REFERENCE_ARCHITECTURE_VERSION_ANNOTATION,
  ReferenceArchitectureEntity,
  seriesOf,
  validateReferenceArchitecture,
} from '@internal/plugin-reference-architectures-common';
import { compare as compareSemver } from 'semver';

const refOf = (entity: Entity) =>
  stringifyEntityRef(entity).toLocaleLowerCase('en-US');

/** One version: its entity, in a series sorted newest first. */
export interface VersionEntry {
  ref: string;
  series: string;
  version: string;
  entity: ReferenceArchitectureEntity;
}

/** An adopter and, when its version is known, every rule's result. */
export interface AdopterEntry {
  summary: AdopterSummary;
  entity: Entity;
  results?: ConformanceResult['results'];
}

export interface SeriesEntry {
  series: string;
  /** Newest first. */
  versions: VersionEntry[];
  /** The version shown: the highest recommended, else the highest. */
  current: VersionEntry;
  adopters: AdopterEntry[];
  summary: ArchitectureSummary;
}

const ownerOf = (entity: Entity): string | undefined =>
  entity.relations?.find(r => r.type === 'ownedBy')?.targetRef ??
  (typeof entity.spec?.owner === 'string' ? entity.spec.owner : undefined);

/**
 * The reference architectures of a catalog view, their versions, their
 * adopters and every adopter's conformance, computed once per view. Every
 * list and count is of what the view shows, so a caller learns nothing of
 * entities hidden from them.
 */
export class ArchitectureLibrary {
  readonly series = new Map<string, SeriesEntry>();
  /** Adopters by lower-case ref. */
  readonly adopters = new Map<string, AdopterEntry>();
  /** Reference architecture entities in the view that no longer validate. */
  readonly invalid: string[] = [];
  /**
   * Entities in the view that keep architecture decision records
   * (`backstage.io/adr-location`), by lower-case ref, with their owner.
   */
  readonly adrKeepers = new Map<string, { title: string; owner?: string }>();
  readonly today: string;
  /** The view's entities by lower-case ref: every adopter's neighbourhood. */
  private readonly byRef = new Map<string, Entity>();

  constructor(entities: readonly Entity[], now: Date = new Date()) {
    this.today = now.toISOString().slice(0, 10);
    const byRef = this.byRef;
    for (const entity of entities) byRef.set(refOf(entity), entity);
    const lookup = (ref: string) => byRef.get(ref);

    const versions = new Map<string, VersionEntry[]>();
    for (const entity of entities) {
      if (!isReferenceArchitectureEntity(entity)) continue;
      // The processor keeps invalid entities out; an entity from before a
      // rule changed is left out of the analysis rather than trusted.
      if (validateReferenceArchitecture(entity).length > 0) {
        this.invalid.push(refOf(entity));
        continue;
      }
      const series = seriesOf(entity);
      const list = versions.get(series) ?? [];
      list.push({
        ref: refOf(entity),
        series,
        version: entity.spec.version,
        entity,
      });
      versions.set(series, list);
    }
    for (const [series, list] of versions) {
      list.sort((a, b) => compareSemver(b.version, a.version));
      const current =
        list.find(v => v.entity.spec.lifecycle === 'recommended') ?? list[0];
      this.series.set(series, {
        series,
        versions: list,
        current,
        adopters: [],
        summary: undefined as never,
      });
    }

    for (const entity of entities) {
      if (entity.metadata.annotations?.['backstage.io/adr-location']) {
        const owner = ownerOf(entity);
        this.adrKeepers.set(refOf(entity), {
          title: entity.metadata.title ?? entity.metadata.name,
          ...(owner ? { owner } : {}),
        });
      }
      if (!ADOPTER_KINDS.includes(entity.kind)) continue;
      const name =
        entity.metadata.annotations?.[REFERENCE_ARCHITECTURE_ANNOTATION];
      if (name === undefined) continue;
      const adopter = this.adopterOf(entity, name, lookup);
      this.adopters.set(adopter.summary.ref, adopter);
      this.series.get(adopter.summary.series)?.adopters.push(adopter);
    }
    for (const entry of this.series.values())
      entry.summary = this.summarise(entry);
  }

  /**
   * Re-evaluates one changed adopter in place: its neighbourhood and every
   * rule of the version it now follows, its entry, and the summary of each
   * series it left or joined. Entities around it are taken as they are in
   * the library (a changed neighbour is not re-read here). An entity that no
   * longer names a reference architecture stops being an adopter. Answers
   * the new entry, or undefined when it is no adopter.
   */
  reevaluate(entity: Entity): AdopterEntry | undefined {
    const ref = refOf(entity);
    this.byRef.set(ref, entity);
    const before = this.adopters.get(ref);
    const name = ADOPTER_KINDS.includes(entity.kind)
      ? entity.metadata.annotations?.[REFERENCE_ARCHITECTURE_ANNOTATION]
      : undefined;
    const after =
      name === undefined
        ? undefined
        : this.adopterOf(entity, name, r => this.byRef.get(r));
    const touched = new Set<SeriesEntry>();
    if (before) {
      const left = this.series.get(before.summary.series);
      if (left) {
        const at = left.adopters.indexOf(before);
        if (at >= 0) left.adopters.splice(at, 1);
        touched.add(left);
      }
      this.adopters.delete(ref);
    }
    if (after) {
      this.adopters.set(ref, after);
      const joined = this.series.get(after.summary.series);
      if (joined) {
        joined.adopters.push(after);
        touched.add(joined);
      }
    }
    for (const entry of touched) entry.summary = this.summarise(entry);
    return after;
  }

  private adopterOf(
    entity: Entity,
    name: string,
    lookup: (ref: string) => Entity | undefined,
  ): AdopterEntry {
    const series = name.toLocaleLowerCase('en-US');
    const version =
      entity.metadata.annotations?.[REFERENCE_ARCHITECTURE_VERSION_ANNOTATION];
    const base = {
      ref: refOf(entity),
      kind: entity.kind,
      title: entity.metadata.title ?? entity.metadata.name,
      ...(ownerOf(entity) ? { owner: ownerOf(entity) } : {}),
      series,
      ...(version ? { version } : {}),
    };
    const entry = this.series.get(series);
    if (!entry) {
      return {
        entity,
        summary: {
          ...base,
          outdated: false,
          problem: {
            type: 'unknown-architecture',
            message: `metadata.annotations["${REFERENCE_ARCHITECTURE_ANNOTATION}"] names "${name}", and there is no reference architecture of that name in the catalog`,
          },
        },
      };
    }
    const followed = version && entry.versions.find(v => v.version === version);
    if (!followed) {
      return {
        entity,
        summary: {
          ...base,
          outdated: false,
          problem: version
            ? {
                type: 'unknown-version',
                message: `metadata.annotations["${REFERENCE_ARCHITECTURE_VERSION_ANNOTATION}"] is "${version}", and ${series} has no such version; its versions are ${entry.versions
                  .map(v => v.version)
                  .join(', ')}`,
              }
            : {
                type: 'missing-version',
                message: `metadata.annotations["${REFERENCE_ARCHITECTURE_VERSION_ANNOTATION}"] is missing; the current version of ${series} is ${entry.current.version}`,
              },
        },
      };
    }
    const lifecycle = followed.entity.spec.lifecycle;
    const result = evaluateConformance(
      followed.entity.spec,
      neighbourhoodOf(entity, lookup),
    );
    const { results, ...scores } = result;
    return {
      entity,
      results,
      summary: {
        ...base,
        versionLifecycle: lifecycle,
        outdated:
          OUTDATED_LIFECYCLES.includes(lifecycle) ||
          compareSemver(followed.version, entry.current.version) < 0,
        conformance: { ...scores, violations: results.filter(r => !r.passed) },
      },
    };
  }

  private summarise(entry: SeriesEntry): ArchitectureSummary {
    const { entity } = entry.current;
    const ratings: ArchitectureSummary['ratings'] = {};
    for (const attribute of QUALITY_ATTRIBUTES) {
      const rating = entity.spec.qualityAttributes?.[attribute]?.rating;
      if (rating !== undefined) ratings[attribute] = rating;
    }
    const scored = entry.adopters.filter(a => a.summary.conformance);
    const counts = new Map<string, number>();
    for (const adopter of entry.adopters) {
      const version = adopter.summary.version;
      if (version) counts.set(version, (counts.get(version) ?? 0) + 1);
    }
    const revisitBy = entity.spec.revisitBy;
    return {
      series: entry.series,
      ref: entry.current.ref,
      title: entity.metadata.title ?? entity.metadata.name,
      ...(entity.metadata.description
        ? { description: entity.metadata.description }
        : {}),
      version: entity.spec.version,
      lifecycle: entity.spec.lifecycle,
      owner: ownerOf(entity) ?? entity.spec.owner,
      tags: entity.metadata.tags ?? [],
      ratings,
      versions: entry.versions.map(v => ({
        ref: v.ref,
        version: v.version,
        lifecycle: v.entity.spec.lifecycle,
        adopters: counts.get(v.version) ?? 0,
      })),
      adopters: {
        total: entry.adopters.length,
        current: counts.get(entry.current.version) ?? 0,
        outdated: entry.adopters.filter(a => a.summary.outdated).length,
        conforming: scored.filter(a =>
          a.summary.conformance!.violations.every(v => v.severity !== 'error'),
        ).length,
      },
      ...(scored.length
        ? {
            averageScore: Math.round(
              scored.reduce((sum, a) => sum + a.summary.conformance!.score, 0) /
                scored.length,
            ),
          }
        : {}),
      ...(entity.spec.template ? { template: entity.spec.template } : {}),
      ...(revisitBy ? { revisitBy } : {}),
      revisitOverdue: revisitBy !== undefined && revisitBy < this.today,
    };
  }

  /** The series an architecture name or version ref belongs to. */
  seriesNamed(name: string): SeriesEntry | undefined {
    return this.series.get(name.toLocaleLowerCase('en-US'));
  }
}
