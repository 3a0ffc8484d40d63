import {
  DecisionList,
  DecisionSummary,
  Revisit,
} from '@internal/plugin-reference-architectures-common';
import { AdrRecord } from '../database/AdrStore';
import { ArchitectureLibrary } from './ArchitectureLibrary';
import { lower, Page } from './queries';

// Decisions and revisits: those recorded in reference architectures and
// those read from entities' ADRs, as a caller's view of the library shows
// them.

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
