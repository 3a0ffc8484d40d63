import {
  CampaignResults,
  HeatmapCell,
  HeatmapLevel,
  HeatmapRow,
  ResultCell,
  TeamSnapshot,
} from '@internal/plugin-skills-survey-common';
import { CampaignSnapshot } from '../database/SurveyStore';
import { ORGANISATION } from './teams';

/** The rows a heatmap view asks for, before paging. */
export interface HeatmapSelection {
  /** The rows' parent, or the organisation at a level. */
  total: TeamSnapshot;
  /** The groups above `total`, the organisation first (empty at a level or for the organisation). */
  path: TeamSnapshot[];
  /** Every row of the view, by title. */
  rows: TeamSnapshot[];
  /** How many groups are directly under each group. */
  groupsBelow: ReadonlyMap<string, number>;
}

const byTitle = (a: TeamSnapshot, b: TeamSnapshot) =>
  a.title.localeCompare(b.title, 'en') || (a.ref < b.ref ? -1 : 1);

/**
 * The teams of a heatmap view: the departments (groups right under the
 * organisation), the teams (groups with none below them), or the groups
 * directly under a parent. Undefined when the parent was not a team of the
 * campaign.
 */
export function selectHeatmapRows(
  teams: readonly TeamSnapshot[],
  view: { level: HeatmapLevel } | { parent: string },
): HeatmapSelection | undefined {
  const byRef = new Map(teams.map(t => [t.ref, t]));
  const groupsBelow = new Map<string, number>();
  for (const t of teams)
    if (t.parent !== null)
      groupsBelow.set(t.parent, (groupsBelow.get(t.parent) ?? 0) + 1);
  const organisation = byRef.get(ORGANISATION)!;
  const groups = teams.filter(t => t.ref !== ORGANISATION);
  if ('level' in view) {
    const rows =
      view.level === 'department'
        ? groups.filter(t => t.parent === ORGANISATION)
        : groups.filter(t => !groupsBelow.has(t.ref));
    return {
      total: organisation,
      path: [],
      rows: rows.sort(byTitle),
      groupsBelow,
    };
  }
  const parent = byRef.get(view.parent);
  if (!parent || parent.ref === ORGANISATION) return undefined;
  // Up the parents with a bound, never by recursion: a snapshot is a tree,
  // but the walk does not rely on it.
  const path: TeamSnapshot[] = [];
  const seen = new Set([parent.ref]);
  for (let at = parent.parent; at !== null && !seen.has(at); ) {
    seen.add(at);
    const up = byRef.get(at);
    if (!up) break;
    path.unshift(up);
    at = up.parent;
  }
  return {
    total: parent,
    path,
    rows: groups.filter(t => t.parent === parent.ref).sort(byTitle),
    groupsBelow,
  };
}

/** A view of the heatmap: its rows, and the parts of its pages that never change, as JSON. */
export interface HeatmapView extends HeatmapSelection {
  level: HeatmapLevel | null;
  pathJson: string;
  technologiesJson: string;
}

/**
 * A heatmap view of a campaign's snapshot (see {@link selectHeatmapRows}),
 * with its path and technologies serialised once for every page of it.
 */
export function heatmapView(
  snapshot: CampaignSnapshot,
  view: { level: HeatmapLevel } | { parent: string },
): HeatmapView | undefined {
  const found = selectHeatmapRows(snapshot.teams, view);
  if (!found) return undefined;
  return {
    ...found,
    level: 'level' in view ? view.level : null,
    pathJson: JSON.stringify(
      found.path.map(t => ({
        ref: t.ref,
        title: t.ref === ORGANISATION ? 'Organisation' : t.title,
      })),
    ),
    technologiesJson: JSON.stringify(
      snapshot.technologies.map(t => ({ id: t.id, title: t.title })),
    ),
  };
}

/**
 * What the heatmap shows of a cell: its share and respondents, not its
 * distribution; no share when nobody gave a level (a null would be a key
 * carrying nothing, thousands of times a page).
 */
const heatCell = (cell: ResultCell): HeatmapCell => {
  if (cell.status !== 'published') return { status: cell.status };
  const { respondents, shareIndependent } = cell;
  return shareIndependent === null
    ? { status: 'published', respondents }
    : { status: 'published', respondents, shareIndependent };
};

/** Closed results indexed for the heatmap, once per results object. */
interface HeatmapIndex {
  teams: Map<string, CampaignResults['teams'][number]>;
  /** Each team's cells, in the order of the results' technologies. */
  cells: Map<string, HeatmapCell[]>;
  /** Each team's row, serialised. */
  rowBytes: Map<string, Buffer>;
}

const indexes = new WeakMap<CampaignResults, HeatmapIndex>();

/**
 * Closed results indexed by team, once per results object (closed results
 * never change), so that a page of rows is read from memory. Every
 * technology's `teams` lists every group of the snapshot in the same order,
 * so a team's cells line up with the technologies.
 */
function indexOf(results: CampaignResults): HeatmapIndex {
  let index = indexes.get(results);
  if (!index) {
    const cells = new Map<string, HeatmapCell[]>();
    cells.set(
      ORGANISATION,
      results.technologies.map(t => heatCell(t.overall)),
    );
    for (const t of results.technologies)
      for (const c of t.teams) {
        let row = cells.get(c.teamRef);
        if (!row) {
          row = [];
          cells.set(c.teamRef, row);
        }
        row.push(heatCell(c.cell));
      }
    index = {
      teams: new Map(results.teams.map(t => [t.ref, t])),
      cells,
      rowBytes: new Map(),
    };
    indexes.set(results, index);
  }
  return index;
}

/** A team's row of the heatmap from a campaign's closed results. */
export function heatmapRow(
  results: CampaignResults,
  ref: string,
  groupsBelow: ReadonlyMap<string, number>,
): HeatmapRow {
  const index = indexOf(results);
  return {
    team: index.teams.get(ref)!,
    groupsBelow: groupsBelow.get(ref) ?? 0,
    cells:
      index.cells.get(ref) ??
      results.technologies.map(() => ({ status: 'no-data' as const })),
  };
}

/**
 * A team's row of the heatmap as JSON bytes, made once per results object
 * and team (closed results never change, and the groups below a team are
 * those of the campaign's snapshot): a page is then written from these, not
 * 5,000 cells serialised again on every request.
 */
export function heatmapRowBytes(
  results: CampaignResults,
  ref: string,
  groupsBelow: ReadonlyMap<string, number>,
): Buffer {
  const { rowBytes } = indexOf(results);
  let bytes = rowBytes.get(ref);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(heatmapRow(results, ref, groupsBelow)));
    rowBytes.set(ref, bytes);
  }
  return bytes;
}

const COMMA = Buffer.from(',');
const END_OF_PAGE = Buffer.from(']}');

/**
 * A page of a heatmap view as a HeatmapPage in JSON, in pieces to be
 * written one after the other: the rows' pieces are those kept by
 * {@link heatmapRowBytes}, so no cell is serialised again and no page-sized
 * string is made per page (at 200 pages of 500 kB a second, that garbage
 * alone kept the collector busy).
 */
export function heatmapPageBody(
  results: CampaignResults,
  view: HeatmapView,
  page: { campaignId: string; offset: number; limit: number },
): Buffer[] {
  const row = (ref: string) => heatmapRowBytes(results, ref, view.groupsBelow);
  // The fields of HeatmapPage, in its order.
  const body = [
    Buffer.from(
      [
        `{"campaignId":${JSON.stringify(page.campaignId)}`,
        `"level":${JSON.stringify(view.level)}`,
        `"path":${view.pathJson}`,
        `"technologies":${view.technologiesJson}`,
        `"total":`,
      ].join(','),
    ),
    row(view.total.ref),
    Buffer.from(
      `,"totalRows":${view.rows.length},"offset":${page.offset},"limit":${page.limit},"rows":[`,
    ),
  ];
  view.rows.slice(page.offset, page.offset + page.limit).forEach((t, i) => {
    if (i > 0) body.push(COMMA);
    body.push(row(t.ref));
  });
  body.push(END_OF_PAGE);
  return body;
}
