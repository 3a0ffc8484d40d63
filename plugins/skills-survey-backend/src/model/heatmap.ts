import {
  CampaignResults,
  HeatmapCell,
  HeatmapLevel,
  HeatmapRow,
  ResultCell,
  TeamSnapshot,
} from '@internal/plugin-skills-survey-common';
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

const rowsByResults = new WeakMap<
  CampaignResults,
  Map<string, Array<{ technologyId: string; cell: HeatmapCell }>>
>();

/** What the heatmap shows of a cell: its share and respondents, not its distribution. */
const heatCell = (cell: ResultCell): HeatmapCell =>
  cell.status === 'published'
    ? {
        status: 'published',
        respondents: cell.respondents,
        shareIndependent: cell.shareIndependent,
      }
    : cell;

/**
 * Each team's cells in closed results, a technology each: indexed once per
 * results object (closed results never change), so that a page of rows is
 * read from memory.
 */
function cellsByTeam(results: CampaignResults) {
  let index = rowsByResults.get(results);
  if (!index) {
    index = new Map();
    index.set(
      ORGANISATION,
      results.technologies.map(t => ({
        technologyId: t.technology.id,
        cell: heatCell(t.overall),
      })),
    );
    for (const t of results.technologies)
      for (const c of t.teams) {
        let row = index.get(c.teamRef);
        if (!row) {
          row = [];
          index.set(c.teamRef, row);
        }
        row.push({ technologyId: t.technology.id, cell: heatCell(c.cell) });
      }
    rowsByResults.set(results, index);
  }
  return index;
}

/** A team's row of the heatmap from a campaign's closed results. */
export function heatmapRow(
  results: CampaignResults,
  teams: ReadonlyMap<string, CampaignResults['teams'][number]>,
  ref: string,
  groupsBelow: ReadonlyMap<string, number>,
): HeatmapRow {
  return {
    team: teams.get(ref)!,
    groupsBelow: groupsBelow.get(ref) ?? 0,
    cells:
      cellsByTeam(results).get(ref) ??
      results.technologies.map(t => ({
        technologyId: t.technology.id,
        cell: { status: 'no-data' as const },
      })),
  };
}

const rowBytesByResults = new WeakMap<CampaignResults, Map<string, Buffer>>();

/**
 * A team's row of the heatmap as JSON bytes, made once per results object
 * and team (closed results never change, and the groups below a team are
 * those of the campaign's snapshot): a page is then written from these, not
 * 5,000 cells serialised again on every request.
 */
export function heatmapRowBytes(
  results: CampaignResults,
  teams: ReadonlyMap<string, CampaignResults['teams'][number]>,
  ref: string,
  groupsBelow: ReadonlyMap<string, number>,
): Buffer {
  let rows = rowBytesByResults.get(results);
  if (!rows) {
    rows = new Map();
    rowBytesByResults.set(results, rows);
  }
  let bytes = rows.get(ref);
  if (!bytes) {
    bytes = Buffer.from(
      JSON.stringify(heatmapRow(results, teams, ref, groupsBelow)),
    );
    rows.set(ref, bytes);
  }
  return bytes;
}
