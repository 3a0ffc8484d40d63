import {
  Campaign,
  CampaignResults,
  FrictionSource,
  GapsList,
  ResultCell,
  TechnologyFriction,
  TechnologyResult,
} from '@internal/plugin-skills-survey-common';
import { CampaignRecord, StoredCell } from '../database/SurveyStore';
import {
  changeBetween,
  countCellOf,
  RESPONDENTS,
  resultCellOf,
  round,
} from './cells';
import { ORGANISATION } from './teams';

/** A campaign as the API shows it: the snapshot's technologies and scale, not its people. */
export function campaignView(record: CampaignRecord): Campaign {
  const { snapshot, ...campaign } = record;
  return {
    ...campaign,
    ...(snapshot && {
      technologies: snapshot.technologies,
      scale: snapshot.scale,
    }),
  };
}

const key = (technologyId: string, teamRef: string) =>
  `${technologyId}\u0000${teamRef}`;

/** Cells by technology and team. */
export function indexCells(cells: readonly StoredCell[]) {
  return new Map(cells.map(c => [key(c.technologyId, c.teamRef), c]));
}

/**
 * A campaign's results from its stored cells: while it is open only the
 * respondent counts (`cells` then holds those, computed just now); once
 * closed every technology by team, with the change against the previous
 * closed campaign where both cells are published.
 */
export function buildResults(
  record: CampaignRecord,
  cells: readonly StoredCell[],
  previous?: { record: CampaignRecord; cells: readonly StoredCell[] },
  /** Only these technologies (the cells given hold only theirs). */
  only?: ReadonlySet<string>,
): CampaignResults {
  const snapshot = record.snapshot!;
  const technologiesShown = only
    ? snapshot.technologies.filter(t => only.has(t.id))
    : snapshot.technologies;
  const index = indexCells(cells);
  const before = previous ? indexCells(previous.cells) : undefined;
  const beforeSnapshot = previous?.record.snapshot;
  const attributed = new Set(
    snapshot.teams.filter(t => t.attributed).map(t => t.ref),
  );
  const teams = snapshot.teams.map(team => {
    const responses = countCellOf(
      index.get(key(RESPONDENTS, team.ref)),
      team.attributed,
    );
    return {
      ...team,
      responses,
      responseRate:
        responses.status === 'published' && team.size > 0
          ? round(responses.respondents / team.size)
          : null,
    };
  });
  const published = record.status === 'closed';
  const cell = (technologyId: string, teamRef: string) =>
    resultCellOf(
      index.get(key(technologyId, teamRef)),
      attributed.has(teamRef),
      snapshot.scale,
      snapshot.independentLevel,
    );
  const cellBefore = (technologyId: string, teamRef: string) =>
    before && beforeSnapshot
      ? resultCellOf(
          before.get(key(technologyId, teamRef)),
          beforeSnapshot.teams.some(t => t.ref === teamRef && t.attributed),
          beforeSnapshot.scale,
          beforeSnapshot.independentLevel,
        )
      : undefined;
  const technologies: TechnologyResult[] = published
    ? technologiesShown.map(technology => {
        const overall = cell(technology.id, ORGANISATION);
        return {
          technology,
          overall,
          change: changeBetween(
            overall,
            cellBefore(technology.id, ORGANISATION),
          ),
          teams: snapshot.teams
            .filter(t => t.ref !== ORGANISATION)
            .map(t => {
              const c = cell(technology.id, t.ref);
              return {
                teamRef: t.ref,
                cell: c,
                change: changeBetween(c, cellBefore(technology.id, t.ref)),
              };
            }),
          // Read live from Developer Zero per request, never kept with the cells.
          friction: null,
        };
      })
    : [];
  return {
    campaign: campaignView(record),
    published,
    minGroupSize: snapshot.minGroupSize,
    scale: snapshot.scale,
    respondents: teams.find(t => t.ref === ORGANISATION)!.responses,
    teams,
    technologies,
    previousCampaignId: previous?.record.id ?? null,
    friction: null,
  };
}

/** Developer Zero's friction per technology, or why there is none. */
export interface FrictionReading {
  source: FrictionSource;
  byTechnology: ReadonlyMap<string, TechnologyFriction>;
}

const NONE: TechnologyFriction = {
  entities: 0,
  findings: 0,
  openFindings: 0,
  minutesLost: 0,
};

/** The friction of a technology in a reading: zeros when it has no findings, null when unavailable. */
export function frictionOf(
  reading: FrictionReading,
  technologyId: string,
): TechnologyFriction | null {
  if (reading.source.status !== 'available') return null;
  return reading.byTechnology.get(technologyId) ?? { ...NONE };
}

/** Closed results with each technology's friction beside it. */
export function withFriction(
  results: CampaignResults,
  reading: FrictionReading,
): CampaignResults {
  return {
    ...results,
    friction: reading.source,
    technologies: results.technologies.map(t => ({
      ...t,
      friction: frictionOf(reading, t.technology.id),
    })),
  };
}

/**
 * The gaps list: technologies ranked by the share of respondents below the
 * independent level (organisation-wide) times what it weighs on the
 * organisation: the components that use it plus the hours lost on them in
 * Developer Zero findings (none when Developer Zero did not answer).
 */
export function gapsOf(
  results: CampaignResults,
  helpers: ReadonlyMap<string, number>,
  reading: FrictionReading,
): GapsList {
  const unpublished: string[] = [];
  const rows = results.technologies.flatMap(t => {
    const o = t.overall;
    if (o.status !== 'published' || o.shareIndependent === null) {
      unpublished.push(t.technology.id);
      return [];
    }
    const shareBelow = round(1 - o.shareIndependent);
    const friction = frictionOf(reading, t.technology.id);
    const hoursLost = friction ? Math.round(friction.minutesLost / 6) / 10 : 0;
    return [
      {
        technology: t.technology,
        footprint: t.technology.footprint,
        shareBelowIndependent: shareBelow,
        respondents: o.respondents,
        wantToLearn: o.wantToLearn,
        friction,
        hoursLost,
        score: round(
          (t.technology.footprint.components + hoursLost) * shareBelow,
        ),
        helpers: helpers.get(t.technology.id) ?? 0,
      },
    ];
  });
  rows.sort(
    (a, b) =>
      b.score - a.score ||
      b.shareBelowIndependent - a.shareBelowIndependent ||
      (a.technology.id < b.technology.id ? -1 : 1),
  );
  return {
    campaignId: results.campaign.id,
    campaignName: results.campaign.name,
    method:
      reading.source.status === 'available'
        ? `score = (components using the technology, catalog footprint at opening, + hours lost on them in Developer Zero findings since ${reading.source.since}) × share of respondents below the independent level`
        : `score = components using the technology (catalog footprint at opening) × share of respondents below the independent level; Developer Zero friction left out: ${reading.source.reason}`,
    friction: reading.source,
    gaps: rows.map((r, i) => ({ rank: i + 1, ...r })),
    unpublished,
  };
}

const csvField = (value: unknown) => {
  const s = value === null || value === undefined ? '' : String(value);
  // Cells a spreadsheet would run as formulas are quoted with a leading '.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The published aggregates of a closed campaign as CSV: never an answer. */
export function resultsToCsv(results: CampaignResults): string {
  const levels = results.scale.map(s => s.level);
  const header = [
    'campaign',
    'technology',
    'category',
    'team',
    'status',
    'respondents',
    ...levels.map(l => `level_${l}`),
    'not_applicable',
    'want_to_learn',
    'share_independent',
    'change',
  ];
  const lines = [header.join(',')];
  const row = (
    technologyId: string,
    category: string,
    team: string,
    cell: ResultCell,
    change: number | null,
  ) => {
    const p = cell.status === 'published' ? cell : undefined;
    lines.push(
      [
        results.campaign.name,
        technologyId,
        category,
        team || '(organisation)',
        cell.status,
        p?.respondents,
        ...levels.map(l => p?.levels[l]),
        p?.notApplicable,
        p?.wantToLearn,
        p?.shareIndependent,
        change,
      ]
        .map(csvField)
        .join(','),
    );
  };
  for (const t of results.technologies) {
    row(t.technology.id, t.technology.category, '', t.overall, t.change);
    for (const c of t.teams)
      row(t.technology.id, t.technology.category, c.teamRef, c.cell, c.change);
  }
  return `${lines.join('\n')}\n`;
}
