// The skills survey's model, shared by the backend and the frontend.

/** The categories technologies are grouped in. */
export const TECHNOLOGY_CATEGORIES = [
  'languages',
  'frameworks',
  'infrastructure',
  'data',
  'practices',
] as const;

/** A category of technologies. */
export type TechnologyCategory = (typeof TECHNOLOGY_CATEGORIES)[number];

/** Where a technology was declared. */
export type TechnologySource = 'config' | 'tech-radar' | 'catalog';

/** One step of the proficiency scale. */
export interface ScaleLevel {
  level: number;
  label: string;
}

/** The default scale: 0 never used to 4 can teach others. */
export const DEFAULT_SCALE: ScaleLevel[] = [
  { level: 0, label: 'Never used' },
  { level: 1, label: 'Aware' },
  { level: 2, label: 'Used with help' },
  { level: 3, label: 'Independent' },
  { level: 4, label: 'Can teach others' },
];

/** The level from which a person counts as independent ("share at 3+"). */
export const INDEPENDENT_LEVEL = 3;

/** The minimum group size: the default, and the bounds config may set. */
export const MIN_GROUP_SIZE = { default: 5, min: 3, max: 10 } as const;

/** How long each field may be. */
export const LIMITS = {
  campaignName: 80,
  intro: 4000,
  helpText: 2000,
  technologyId: 64,
  technologyTitle: 120,
  technologiesPerCampaign: 400,
  helperNote: 280,
  helperTechnologies: 50,
} as const;

/**
 * A receipt: 32 random bytes in base64url (43 characters) that the browser
 * makes, keeps and sends to change its answer. The server keeps only a hash.
 */
export const RECEIPT_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** How many components and teams use a technology, per the catalog. */
export interface Footprint {
  components: number;
  teams: number;
}

/** Developer Zero friction on the catalog entities that use a technology. */
export interface TechnologyFriction {
  /** Entities using it with at least one finding. */
  entities: number;
  /** Findings filed against those entities, duplicates not counted. */
  findings: number;
  /** Of those, still open. */
  openFindings: number;
  /** Minutes lost on them, the reporters' and every "me too"'s. */
  minutesLost: number;
}

/** Whether Developer Zero's friction could be read, and over which findings. */
export type FrictionSource =
  /** Findings filed since this day (ISO date), on entities the reader may see. */
  | { status: 'available'; since: string }
  /** Developer Zero did not answer: friction is left out, and says why. */
  | { status: 'unavailable'; reason: string };

/** A technology people rate themselves on. */
export interface Technology {
  /** Lower case, such as `kotlin` or `aws-iam`. */
  id: string;
  title: string;
  category: TechnologyCategory;
  sources: TechnologySource[];
  footprint: Footprint;
}

/** Where a campaign is in its life. */
export type CampaignStatus = 'draft' | 'open' | 'closed';

/** A team as snapshotted when a campaign opened. */
export interface TeamSnapshot {
  /** The group's entity ref. */
  ref: string;
  title: string;
  parent: string | null;
  /** Users in the group and the groups below it. */
  size: number;
  /**
   * Whether answers are attributed to it: teams smaller than the minimum
   * group size never are; their members' answers count for the nearest
   * group above that is large enough.
   */
  attributed: boolean;
}

/** A survey campaign. */
export interface Campaign {
  id: string;
  name: string;
  intro: string;
  /** ISO dates (YYYY-MM-DD). */
  opensOn: string;
  closesOn: string;
  status: CampaignStatus;
  /** The technologies chosen; snapshotted with their details at opening. */
  technologyIds: string[];
  createdBy: string;
  openedOn?: string;
  closedOn?: string;
  /** Present once it opened. */
  technologies?: Technology[];
  scale?: ScaleLevel[];
  minGroupSize?: number;
  teamCount?: number;
}

/** One technology's rating in an answer. */
export interface Rating {
  technologyId: string;
  /** A level of the campaign's scale, or null for "not applicable". */
  level: number | null;
  wantToLearn: boolean;
}

/** A cell of respondents: published, or why not. */
export type CountCell =
  | { status: 'published'; respondents: number }
  /** Fewer respondents than the minimum group size, or hidden so it cannot be differenced. */
  | { status: 'suppressed' }
  /** Nobody answered. */
  | { status: 'no-data' }
  /** The team has fewer members than the minimum group size. */
  | { status: 'team-below-minimum' };

/** A technology × team cell of results. */
export type ResultCell =
  | {
      status: 'published';
      respondents: number;
      /** Respondents per level of the scale, by level. */
      levels: Record<string, number>;
      notApplicable: number;
      wantToLearn: number;
      /** Share of those who gave a level that are at the independent level or above. */
      shareIndependent: number | null;
    }
  | { status: 'suppressed' }
  | { status: 'no-data' }
  | { status: 'team-below-minimum' };
