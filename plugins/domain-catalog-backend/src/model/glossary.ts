import {
  GlossaryEntry,
  GlossaryPage,
  TermCollision,
} from '@internal/plugin-domain-catalog-common';
import { DomainModel } from './buildModel';

type Indexed = {
  entry: GlossaryEntry;
  term: string;
  aliases: string[];
  text: string;
};

/** Filters of a glossary search. */
export interface GlossaryQuery {
  q?: string;
  contexts?: string[];
  domains?: string[];
  offset: number;
  limit: number;
}

const normalise = (s: string) =>
  s.toLocaleLowerCase('en-US').replace(/\s+/g, ' ').trim();

/**
 * The organisation's ubiquitous language, indexed for search: terms are
 * matched on the term, its aliases and its definition, best matches first.
 */
export class GlossaryIndex {
  private readonly items: Indexed[] = [];
  readonly collisions: TermCollision[];

  constructor(model: DomainModel) {
    for (const { summary, entity } of model.contexts.values()) {
      for (const term of entity.spec.terms ?? []) {
        const entry: GlossaryEntry = {
          ...term,
          context: summary.ref,
          contextTitle: summary.title,
          domain: summary.domain,
          classification: summary.classification,
        };
        this.items.push({
          entry,
          term: normalise(term.term),
          aliases: (term.aliases ?? []).map(normalise),
          text: normalise(
            [term.definition, ...(term.examples ?? [])].join(' '),
          ),
        });
      }
    }
    this.items.sort(
      (a, b) =>
        a.term.localeCompare(b.term) ||
        a.entry.context.localeCompare(b.entry.context),
    );
    this.collisions = this.findCollisions();
  }

  get size() {
    return this.items.length;
  }

  /** The terms of one context, in glossary order. */
  termsOf(context: string): GlossaryEntry[] {
    return this.items
      .filter(i => i.entry.context === context)
      .map(i => i.entry);
  }

  search(query: GlossaryQuery): GlossaryPage {
    const q = query.q ? normalise(query.q) : '';
    const contexts = query.contexts?.length
      ? new Set(query.contexts)
      : undefined;
    const domains = query.domains?.length ? new Set(query.domains) : undefined;
    const scored: Array<{ item: Indexed; score: number }> = [];
    for (const item of this.items) {
      if (contexts && !contexts.has(item.entry.context)) continue;
      if (domains && !domains.has(item.entry.domain)) continue;
      const score = q ? this.score(item, q) : 1;
      if (score > 0) scored.push({ item, score });
    }
    // Stable sort keeps alphabetical order within a score.
    scored.sort((a, b) => b.score - a.score);
    return {
      items: scored
        .slice(query.offset, query.offset + query.limit)
        .map(s => s.item.entry),
      totalItems: scored.length,
      offset: query.offset,
      limit: query.limit,
    };
  }

  private score(item: Indexed, q: string): number {
    if (item.term === q) return 100;
    if (item.aliases.includes(q)) return 80;
    if (item.term.startsWith(q)) return 60;
    if (item.aliases.some(a => a.startsWith(q))) return 50;
    if (item.term.includes(q)) return 40;
    if (item.aliases.some(a => a.includes(q))) return 30;
    if (item.text.includes(q)) return 10;
    return 0;
  }

  private findCollisions(): TermCollision[] {
    const byName = new Map<string, Indexed[]>();
    for (const item of this.items) {
      for (const name of new Set([item.term, ...item.aliases])) {
        byName.set(name, [...(byName.get(name) ?? []), item]);
      }
    }
    const collisions: TermCollision[] = [];
    for (const [name, items] of byName) {
      const contexts = new Set(items.map(i => i.entry.context));
      // Only the term itself opens a collision, so an alias shared with
      // another term's name is reported once, under that name.
      if (contexts.size < 2 || !items.some(i => i.term === name)) continue;
      const definitions = new Set(
        items.map(i => normalise(i.entry.definition)),
      );
      collisions.push({
        term: items.find(i => i.term === name)!.entry.term,
        entries: items.map(i => i.entry),
        sameDefinition: definitions.size === 1,
      });
    }
    return collisions.sort((a, b) => a.term.localeCompare(b.term));
  }
}
