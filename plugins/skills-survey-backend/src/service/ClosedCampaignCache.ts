import {
  CampaignRecord,
  ClosedCampaign,
  StoredCell,
  SurveyStore,
} from '../database/SurveyStore';

/**
 * The promise `make` gives for `key`, made once and kept: callers arriving
 * while it is read share the read; a failed read is forgotten, and with
 * `max`, the entry kept longest goes when the map is full.
 */
export function remember<T>(
  map: Map<string, Promise<T>>,
  key: string,
  make: () => Promise<T>,
  max = Infinity,
): Promise<T> {
  let found = map.get(key);
  if (!found) {
    found = make();
    if (map.size >= max) map.delete(map.keys().next().value!);
    map.set(key, found);
    found.catch(() => {
      if (map.get(key) === found) map.delete(key);
    });
  }
  return found;
}

/** Closed campaigns in the order they closed (then by closing date and name). */
export const byClosing = (a: ClosedCampaign, b: ClosedCampaign) =>
  a.closedOn.localeCompare(b.closedOn) ||
  a.closesOn.localeCompare(b.closesOn) ||
  a.name.localeCompare(b.name);

/** A campaign's organisation-wide cells, and the same by technology. */
export interface OrganisationCells {
  cells: StoredCell[];
  byTechnology: Map<string, StoredCell>;
}

/** Every stored cell of a campaign, and the same by technology. */
export interface CampaignCells {
  all: StoredCell[];
  byTechnology: Map<string, StoredCell[]>;
}

/**
 * How many closed campaigns' cells are kept (one technology view needs its
 * campaign's and the previous one's; about 90,000 cells, some 20 MB, each
 * at 400 teams and 200 technologies).
 */
const MAX_CAMPAIGN_CELLS = 4;

/**
 * What never changes once a campaign has closed, read once and kept: each
 * closed campaign's record (with its snapshot) and its organisation-wide
 * cells. Which campaigns are closed is read from the database on every call
 * (one small query), so a campaign closed on another replica shows at once
 * and no replica needs telling.
 */
export class ClosedCampaignCache {
  /** Closed campaigns' records (with their snapshots), by id. */
  private readonly records = new Map<string, Promise<CampaignRecord>>();
  /** Closed campaigns' organisation-wide cells, by campaign id. */
  private readonly organisation = new Map<string, Promise<OrganisationCells>>();
  /** Some closed campaigns' every cell, by campaign id. */
  private readonly allCells = new Map<string, Promise<CampaignCells>>();

  constructor(
    private readonly store: Pick<
      SurveyStore,
      'listClosed' | 'listCampaigns' | 'organisationCellsOf' | 'resultCells'
    >,
  ) {}

  /**
   * Closed campaigns, oldest first: which ones, read on every call; their
   * records (with snapshots) from memory once read, those missing in one
   * query.
   */
  async closedCampaigns(): Promise<CampaignRecord[]> {
    const listed = (await this.store.listClosed()).sort(byClosing);
    const missing = listed.filter(c => !this.records.has(c.id));
    if (missing.length) {
      const read = this.store
        .listCampaigns()
        .then(all => new Map(all.map(c => [c.id, c])));
      for (const c of missing)
        remember(this.records, c.id, async () => {
          const record = (await read).get(c.id);
          if (record?.status !== 'closed')
            throw new Error(`campaign ${c.id}: listed as closed, read as not`);
          return record;
        });
    }
    return Promise.all(listed.map(c => this.records.get(c.id)!));
  }

  /** Closed campaigns' organisation-wide cells, each read once (those missing in one query). */
  organisationCells(campaignIds: string[]): Promise<OrganisationCells[]> {
    const missing = campaignIds.filter(id => !this.organisation.has(id));
    if (missing.length) {
      const read = this.store.organisationCellsOf(missing);
      for (const id of missing)
        remember(this.organisation, id, async () => {
          const cells = (await read).get(id) ?? [];
          return {
            cells,
            byTechnology: new Map(cells.map(c => [c.technologyId, c])),
          };
        });
    }
    return Promise.all(campaignIds.map(id => this.organisation.get(id)!));
  }

  /**
   * Every cell of a closed campaign, every technology's in one query, kept
   * for the last few campaigns asked for: a technology asked for first
   * costs no query once any technology of its campaign has been read.
   */
  cells(campaignId: string): Promise<CampaignCells> {
    return remember(
      this.allCells,
      campaignId,
      async () => {
        const all = await this.store.resultCells(campaignId);
        const byTechnology = new Map<string, StoredCell[]>();
        for (const c of all) {
          const cells = byTechnology.get(c.technologyId);
          if (cells) cells.push(c);
          else byTechnology.set(c.technologyId, [c]);
        }
        return { all, byTechnology };
      },
      MAX_CAMPAIGN_CELLS,
    );
  }

  /**
   * Reads ahead what the first trend asks for: every closed campaign's
   * record and organisation-wide cells, and every cell of the latest two
   * (a technology is shown in the latest, against the one before). A
   * failed read is forgotten, so the first request reads it again.
   */
  async warm(): Promise<void> {
    const closed = await this.closedCampaigns();
    await Promise.all([
      this.organisationCells(closed.map(c => c.id)),
      ...closed.slice(-2).map(c => this.cells(c.id)),
    ]);
  }

  /** The campaign closed just before `campaign`, among `closed` (oldest first). */
  previousOf(
    campaign: CampaignRecord,
    closed: CampaignRecord[],
  ): CampaignRecord | undefined {
    const at = closed.findIndex(c => c.id === campaign.id);
    return at > 0 ? closed[at - 1] : undefined;
  }
}
