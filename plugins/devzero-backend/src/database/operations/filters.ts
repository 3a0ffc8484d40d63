import { Knex } from 'knex';
import { FindingCriteria, FindingFilter } from '../FindingStore';
import { isSqlite } from '../sqlite';

const COLUMN = { ownerRef: 'owner_ref', reporterRef: 'reporter_ref' } as const;

/** Applies permission criteria to a query, as the permission framework's conditions say. */
export function applyCriteria(
  builder: Knex.QueryBuilder,
  criteria: FindingCriteria,
) {
  if ('allOf' in criteria) {
    builder.where(b =>
      criteria.allOf.forEach(c => b.andWhere(inner => applyCriteria(inner, c))),
    );
  } else if ('anyOf' in criteria) {
    builder.where(b =>
      criteria.anyOf.forEach(c => b.orWhere(inner => applyCriteria(inner, c))),
    );
  } else if ('not' in criteria) {
    builder.whereNot(b => applyCriteria(b, criteria.not));
  } else if (criteria.values.length === 0) {
    builder.whereRaw('1 = 0');
  } else {
    builder.whereIn(COLUMN[criteria.field], criteria.values);
  }
}

/**
 * A fresh query on the findings table with the filters and the permission
 * criteria applied: what the list, the export and the insights read.
 */
export function findingsMatching(options: {
  knex: Knex;
  filter: FindingFilter;
}): Knex.QueryBuilder {
  const { knex, filter } = options;
  // Untyped: the callers select rows, keys, counts or groups from it.
  return knex('findings').where(b => {
    const inList = (column: string, values?: string[]) => {
      if (values?.length) b.whereIn(column, values);
    };
    inList('status', filter.statuses);
    inList('severity', filter.severities);
    inList('category', filter.categories);
    inList('journey_step', filter.journeySteps);
    inList('owner_ref', filter.ownerRefs);
    inList('entity_ref', filter.entityRefs);
    if (filter.reporterRef) b.where('reporter_ref', filter.reporterRef);
    if (filter.reporterShownOnly) b.where('reporter_hidden', false);
    if (filter.assigneeRef) b.where('assignee_ref', filter.assigneeRef);
    if (filter.createdFrom) b.where('created_at', '>=', filter.createdFrom);
    if (filter.createdTo) b.where('created_at', '<', filter.createdTo);
    if (filter.closedFrom) b.where('closed_at', '>=', filter.closedFrom);
    if (filter.notSnoozedAt) {
      b.where(s =>
        s
          .whereNull('snoozed_until')
          .orWhere('snoozed_until', '<=', filter.notSnoozedAt!),
      );
    }
    if (filter.text) whereText(knex, b, filter.text, filter);
    if (filter.criteria) applyCriteria(b, filter.criteria);
  });
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, c => `\\${c}`);

/**
 * Findings whose title or scenario contains the text, in any case. On
 * PostgreSQL the planner picks the trigram indexes (migration
 * 20261126_text_search) or a narrower one. SQLite plans without
 * statistics, so the store chooses: its trigram table when the search is
 * across many findings, and reading the candidates' own text when another
 * filter already narrows them to a few entities, teams or people (there,
 * a common word's thousands of trigram hits cost more than the reading).
 * The trigram table needs three characters to look anything up.
 */
function whereText(
  knex: Knex,
  b: Knex.QueryBuilder,
  needle: string,
  filter: FindingFilter,
) {
  const sqlite = isSqlite(knex);
  const narrowed =
    !!filter.ownerRefs?.length ||
    !!filter.entityRefs?.length ||
    !!filter.reporterRef ||
    !!filter.assigneeRef;
  if (sqlite && !narrowed && [...needle].length >= 3) {
    // One quoted FTS5 string: a substring, whatever characters it holds.
    const phrase = `"${needle.replace(/"/g, '""')}"`;
    b.whereIn(
      'id',
      knex('findings_search')
        .select('id')
        .whereRaw('findings_search match ?', [phrase]),
    );
    return;
  }
  // SQLite's like ignores the case of ASCII letters, and its lower() knows
  // no others, so it is left out there; PostgreSQL's trigram indexes are
  // on lower(…).
  const pattern = `%${likeEscape(needle.toLocaleLowerCase('en-US'))}%`;
  const [title, scenario] = sqlite
    ? ['title', 'scenario']
    : ['lower(title)', 'lower(scenario)'];
  b.where(t =>
    t
      .whereRaw(`${title} like ? escape '\\'`, [pattern])
      .orWhereRaw(`${scenario} like ? escape '\\'`, [pattern]),
  );
}
