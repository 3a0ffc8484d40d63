import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CatalogSnapshotService } from '@internal/plugin-fitsys-node';
import { TechnologyFriction } from '@internal/plugin-skills-survey-common';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { EntityFriction, frictionByTechnology } from '../model/friction';
import { FrictionReading } from '../model/results';
import { CatalogRule } from '../model/technologies';

/** How long a reading of Developer Zero is used before asking again. */
const FRESH_MS = 60_000;
/** How long a failed reading stands before asking again. */
const RETRY_MS = 15_000;
/** How long Developer Zero may take to answer. */
const TIMEOUT_MS = 5_000;
/** How many views' sums are kept. */
const VIEWS_KEPT = 20;
/** The findings counted: those filed in the last year. */
const WINDOW_DAYS = 365;

const frictionList = z.object({
  items: z
    .array(
      z.object({
        entityRef: z.string().min(1).max(300),
        findings: z.number().int().min(0),
        open: z.number().int().min(0),
        minutesLost: z.number().min(0),
      }),
    )
    .max(1_000_000),
});

type Reading =
  | { ok: true; since: string; friction: Map<string, EntityFriction> }
  | { ok: false; reason: string };

/** Where Developer Zero's friction per technology comes from (DevzeroFriction). */
export interface FrictionReader {
  forViewer(credentials: BackstageCredentials): Promise<FrictionReading>;
}

/** Without Developer Zero: friction unavailable, saying so. */
export const NO_FRICTION_READER: FrictionReader = {
  forViewer: async () => ({
    source: {
      status: 'unavailable',
      reason: 'Developer Zero is not connected to the survey',
    },
    byTechnology: new Map(),
  }),
};

/**
 * Developer Zero's friction per technology: findings and minutes lost per
 * entity, read from the devzero backend with the survey's own credentials,
 * mapped to technologies as the footprint is, over the entities the caller
 * may see. When Developer Zero does not answer, the reading says so instead
 * of failing the results.
 */
export class DevzeroFriction implements FrictionReader {
  private reading?: { at: number; pending: Promise<Reading> };
  /**
   * Friction per technology by what a view shows (its key), for the reading
   * it was summed from: summed once per view and reading, not per request.
   */
  private readonly byView = new Map<
    string,
    { reading: Reading; byTechnology: Map<string, TechnologyFriction> }
  >();

  constructor(
    private readonly deps: {
      auth: AuthService;
      discovery: DiscoveryService;
      snapshots: CatalogSnapshotService;
      rules: readonly CatalogRule[];
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  /** Friction per technology over the entities these credentials may see. */
  async forViewer(credentials: BackstageCredentials): Promise<FrictionReading> {
    const reading = await this.read();
    if (!reading.ok)
      return {
        source: { status: 'unavailable', reason: reading.reason },
        byTechnology: new Map(),
      };
    const view = await this.deps.snapshots.viewFor(credentials);
    let kept = this.byView.get(view.key);
    if (kept?.reading !== reading) {
      kept = {
        reading,
        byTechnology: frictionByTechnology({
          entities: view.entities,
          rules: this.deps.rules,
          friction: reading.friction,
        }),
      };
      this.byView.set(view.key, kept);
      // The oldest views go first; a few are plenty (most callers see all).
      for (const key of this.byView.keys()) {
        if (this.byView.size <= VIEWS_KEPT) break;
        this.byView.delete(key);
      }
    }
    return {
      source: { status: 'available', since: reading.since },
      byTechnology: kept.byTechnology,
    };
  }

  private read(): Promise<Reading> {
    const now = Date.now();
    const last = this.reading;
    if (last && now - last.at < FRESH_MS) {
      // A failure is asked again sooner; a reading under way is shared.
      return last.pending.then(r =>
        r.ok || now - last.at < RETRY_MS ? r : this.fetchAgain(now),
      );
    }
    return this.fetchAgain(now);
  }

  private fetchAgain(now: number): Promise<Reading> {
    const pending = this.fetchFriction();
    this.reading = { at: now, pending };
    return pending;
  }

  private async fetchFriction(): Promise<Reading> {
    const { auth, discovery, logger } = this.deps;
    const since = DateTime.fromJSDate(this.deps.now?.() ?? new Date(), {
      zone: 'utc',
    })
      .minus({ days: WINDOW_DAYS })
      .startOf('day');
    try {
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf: await auth.getOwnServiceCredentials(),
        targetPluginId: 'devzero',
      });
      const base = await discovery.getBaseUrl('devzero');
      const url = `${base}/friction/entities?from=${encodeURIComponent(
        since.toISO()!,
      )}`;
      const res = await fetch(url, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!res.ok)
        throw new Error(
          `Developer Zero answered ${res.status} ${res.statusText}`,
        );
      const body = frictionList.safeParse(await res.json());
      if (!body.success)
        throw new Error(
          `Developer Zero answered something else than friction per entity (${body.error.issues[0].path.join(
            '.',
          )}: ${body.error.issues[0].message})`,
        );
      return {
        ok: true,
        since: since.toISODate()!,
        friction: new Map(
          body.data.items.map(i => [i.entityRef.toLocaleLowerCase('en-US'), i]),
        ),
      };
    } catch (error) {
      const reason =
        error instanceof Error && error.name === 'TimeoutError'
          ? `Developer Zero did not answer within ${TIMEOUT_MS / 1000} s`
          : `${error instanceof Error ? error.message : error}`;
      logger.warn(`Skills survey: friction left out: ${reason}`);
      return { ok: false, reason: 'Developer Zero could not be read just now' };
    }
  }
}
