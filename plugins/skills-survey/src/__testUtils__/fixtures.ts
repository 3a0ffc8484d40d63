import {
  Campaign,
  CampaignResults,
  DEFAULT_SCALE,
  HeatmapCell,
  HeatmapPage,
  ResultCell,
  Technology,
} from '@internal/plugin-skills-survey-common';

const technology = (
  id: string,
  title: string,
  category: Technology['category'],
  components = 4,
): Technology => ({
  id,
  title,
  category,
  sources: ['config'],
  footprint: { components, teams: 2 },
});

export const kafka = technology('kafka', 'Apache Kafka', 'data', 12);
export const kotlin = technology('kotlin', 'Kotlin', 'languages', 5);
export const terraform = technology(
  'terraform',
  'Terraform',
  'infrastructure',
  3,
);
export const technologies = [kafka, kotlin, terraform];

/** A campaign as the API returns it, with overrides. */
export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    name: '2026-Q4',
    intro: 'Tell us where **you** stand.',
    opensOn: '2026-11-30',
    closesOn: '2099-12-11',
    status: 'open',
    technologyIds: technologies.map(t => t.id),
    createdBy: 'user:default/sam.okafor',
    openedOn: '2026-11-30',
    technologies,
    scale: DEFAULT_SCALE,
    minGroupSize: 3,
    ...overrides,
  };
}

export const closed = campaign({
  id: '22222222-2222-4222-8222-222222222222',
  name: '2026-Q3',
  status: 'closed',
  closesOn: '2026-09-30',
  closedOn: '2026-10-01',
});

const payments = {
  ref: 'group:default/payments',
  title: 'Payments',
  parent: null,
  size: 6,
  attributed: true,
};
const search = {
  ref: 'group:default/search',
  title: 'Search',
  parent: null,
  size: 4,
  attributed: true,
};

/** Results of the closed campaign: one cell withheld, one with no data. */
export const closedResults: CampaignResults = {
  campaign: closed,
  published: true,
  minGroupSize: 3,
  scale: DEFAULT_SCALE,
  respondents: { status: 'published', respondents: 8 },
  teams: [
    {
      ...payments,
      responses: { status: 'published', respondents: 6 },
      responseRate: 1,
    },
    { ...search, responses: { status: 'suppressed' }, responseRate: null },
  ],
  technologies: [
    {
      technology: kafka,
      overall: {
        status: 'published',
        respondents: 8,
        levels: { '0': 2, '1': 3, '2': 1, '3': 1, '4': 0 },
        notApplicable: 1,
        wantToLearn: 5,
        shareIndependent: 1 / 7,
      },
      change: 0.05,
      teams: [
        {
          teamRef: payments.ref,
          cell: {
            status: 'published',
            respondents: 6,
            levels: { '0': 2, '1': 2, '2': 1, '3': 1, '4': 0 },
            notApplicable: 0,
            wantToLearn: 4,
            shareIndependent: 1 / 6,
          },
          change: null,
        },
        { teamRef: search.ref, cell: { status: 'suppressed' }, change: null },
      ],
      friction: { entities: 3, findings: 7, openFindings: 2, minutesLost: 540 },
    },
    {
      technology: kotlin,
      overall: {
        status: 'published',
        respondents: 8,
        levels: { '0': 0, '1': 1, '2': 2, '3': 3, '4': 2 },
        notApplicable: 0,
        wantToLearn: 1,
        shareIndependent: 5 / 8,
      },
      change: null,
      teams: [
        {
          teamRef: payments.ref,
          cell: {
            status: 'published',
            respondents: 6,
            levels: { '0': 0, '1': 1, '2': 1, '3': 2, '4': 2 },
            notApplicable: 0,
            wantToLearn: 1,
            shareIndependent: 4 / 6,
          },
          change: null,
        },
        { teamRef: search.ref, cell: { status: 'no-data' }, change: null },
      ],
      friction: { entities: 0, findings: 0, openFindings: 0, minutesLost: 0 },
    },
  ],
  previousCampaignId: null,
  friction: { status: 'available', since: '2025-10-01' },
};

/** A heatmap cell as the backend sends one: no distribution, no empty share. */
const heatCell = (cell: ResultCell): HeatmapCell => {
  if (cell.status !== 'published') return { status: cell.status };
  const { respondents, shareIndependent } = cell;
  return shareIndependent === null
    ? { status: 'published', respondents }
    : { status: 'published', respondents, shareIndependent };
};

/** A page of the heatmap: the departments (Payments, with two groups below, and Search). */
export function heatmapPage(overrides: Partial<HeatmapPage> = {}): HeatmapPage {
  const [kafkaResult, kotlinResult] = closedResults.technologies;
  // A cell per technology, in the order of the page's technologies.
  const rowOf = (ref: string, groupsBelow: number) => ({
    team: closedResults.teams.find(t => t.ref === ref)!,
    groupsBelow,
    cells: [kafkaResult, kotlinResult].map(t =>
      heatCell(t.teams.find(c => c.teamRef === ref)!.cell),
    ),
  });
  return {
    campaignId: closed.id,
    level: 'department',
    path: [],
    technologies: [kafka, kotlin].map(t => ({ id: t.id, title: t.title })),
    total: {
      team: {
        ref: '',
        title: 'Organisation',
        parent: null,
        size: 10,
        attributed: true,
        responses: closedResults.respondents,
        responseRate: 0.8,
      },
      groupsBelow: 2,
      cells: [kafkaResult, kotlinResult].map(t => heatCell(t.overall)),
    },
    totalRows: 2,
    offset: 0,
    limit: 25,
    rows: [rowOf(payments.ref, 2), rowOf(search.ref, 0)],
    ...overrides,
  };
}
