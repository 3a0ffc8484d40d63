import { CronError, CronSchedule, parseCron } from './cron';

/** The annotations the dependency map reads (all values are strings). */
export const DEPENDENCY_MAP_ANNOTATIONS = {
  region: 'fitsys.dev/region',
  zone: 'fitsys.dev/zone',
  cluster: 'fitsys.dev/cluster',
  baseImage: 'fitsys.dev/base-image',
  sharedLibraries: 'fitsys.dev/shared-libraries',
  cronSchedules: 'fitsys.dev/cron-schedules',
  tier: 'fitsys.dev/tier',
  availabilityTarget: 'fitsys.dev/availability-target',
  replicas: 'fitsys.dev/replicas',
  capacity: 'fitsys.dev/capacity',
  peakLoad: 'fitsys.dev/peak-load',
  journeys: 'fitsys.dev/journeys',
} as const;

/** A business-criticality tier: 1 is the highest. */
export type Tier = 1 | 2 | 3;

/** A library at a version, as declared in `fitsys.dev/shared-libraries`. */
export interface LibraryVersion {
  name: string;
  version: string;
}

/** What an entity declares through the dependency map's annotations, the valid part only. */
export interface DependencyFacts {
  region?: string;
  /** One zone, or several when the replicas are spread over them. */
  zones: string[];
  cluster?: string;
  baseImage?: string;
  libraries: LibraryVersion[];
  schedules: CronSchedule[];
  tier?: Tier;
  /** Availability of one instance, as a fraction in (0, 1). */
  availability?: number;
  replicas?: number;
  /** Requests per second it can take. */
  capacity?: number;
  /** Requests per second it sends its dependencies at peak. */
  peakLoad?: number;
  /** Names of the journeys it is an entry of. */
  journeys: string[];
}

/** One annotation the dependency map could not read, or read with a caveat. */
export interface AnnotationProblem {
  annotation: string;
  /** The value as written (cut at 200 characters). */
  value: string;
  message: string;
  /** An error drops the value (or the part of it at fault); a warning keeps it. */
  severity: 'error' | 'warning';
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const LIBRARY_NAME = /^(?:@[a-z0-9][\w.-]{0,99}\/)?[a-z0-9][\w.-]{0,99}$/i;
const VERSION = /^[\w][\w.+-]{0,63}$/;
const IMAGE = /^[a-z0-9][\w.:/@-]{0,254}$/i;
const NUMBER = /^\d{1,12}(?:\.\d{1,9})?$/;
const MAX_VALUE = 2000;

const shown = (v: string) => (v.length > 200 ? `${v.slice(0, 200)}…` : v);

/**
 * Reads the dependency map's annotations of one entity. Each value that
 * cannot be read is a problem naming the annotation and the fix; everything
 * else is kept, so the entity still takes part with what is valid.
 */
export function parseDependencyAnnotations(
  annotations: Record<string, string> | undefined,
): { facts: DependencyFacts; problems: AnnotationProblem[] } {
  const facts: DependencyFacts = {
    zones: [],
    libraries: [],
    schedules: [],
    journeys: [],
  };
  const problems: AnnotationProblem[] = [];
  const A = DEPENDENCY_MAP_ANNOTATIONS;
  const read = (key: string): string | undefined => {
    const raw = annotations?.[key];
    if (raw === undefined) return undefined;
    if (typeof raw !== 'string' || raw.length > MAX_VALUE) {
      problems.push({
        annotation: key,
        value: shown(String(raw)),
        message: `${key}: must be text of at most ${MAX_VALUE} characters`,
        severity: 'error',
      });
      return undefined;
    }
    const value = raw.trim();
    return value === '' ? undefined : value;
  };
  const problem = (
    annotation: string,
    value: string,
    message: string,
    severity: 'error' | 'warning' = 'error',
  ) =>
    problems.push({
      annotation,
      value: shown(value),
      message: `${annotation}: ${message}`,
      severity,
    });
  const list = (value: string, separator: string) =>
    value
      .split(separator)
      .map(v => v.trim())
      .filter(Boolean);

  const slug = (key: string, what: string, example: string) => {
    const value = read(key);
    if (value === undefined) return undefined;
    if (SLUG.test(value.toLowerCase())) return value.toLowerCase();
    problem(
      key,
      value,
      `"${shown(
        value,
      )}" is not a ${what} name (letters, digits and "-", at most 63 characters), e.g. ${example}`,
    );
    return undefined;
  };
  facts.region = slug(A.region, 'region', 'eu-west-1');
  facts.cluster = slug(A.cluster, 'cluster', 'prod-eu-1');

  const zones = read(A.zone);
  if (zones !== undefined) {
    for (const zone of list(zones, ',')) {
      if (SLUG.test(zone.toLowerCase())) {
        facts.zones.push(zone.toLowerCase());
      } else {
        problem(
          A.zone,
          zones,
          `"${shown(
            zone,
          )}" is not a zone name (letters, digits and "-", at most 63 characters), e.g. eu-west-1a; separate several zones with ","`,
        );
      }
    }
  }

  const image = read(A.baseImage);
  if (image !== undefined) {
    if (!IMAGE.test(image)) {
      problem(
        A.baseImage,
        image,
        'write the image as registry/path:tag, e.g. registry.example/base/jvm:21.0.4',
      );
    } else {
      facts.baseImage = image;
      if (
        !/(?::[\w][\w.-]*|@sha256:[a-f0-9]{64})$/.test(image.split('/').pop()!)
      ) {
        problem(
          A.baseImage,
          image,
          'has no tag or digest, so every version of it counts as one; write image:tag',
          'warning',
        );
      }
    }
  }

  const libraries = read(A.sharedLibraries);
  if (libraries !== undefined) {
    for (const entry of list(libraries, ',')) {
      const at = entry.lastIndexOf('@');
      const name = at > 0 ? entry.slice(0, at).trim() : '';
      const version = at > 0 ? entry.slice(at + 1).trim() : '';
      if (LIBRARY_NAME.test(name) && VERSION.test(version)) {
        facts.libraries.push({ name: name.toLowerCase(), version });
      } else {
        problem(
          A.sharedLibraries,
          libraries,
          `"${shown(
            entry,
          )}" is not name@version; write e.g. fernhill-http-client@3.2.1, several separated by ","`,
        );
      }
    }
  }

  const schedules = read(A.cronSchedules);
  if (schedules !== undefined) {
    for (const expression of list(schedules, ';')) {
      try {
        facts.schedules.push(parseCron(expression));
      } catch (error) {
        if (!(error instanceof CronError)) throw error;
        problem(
          A.cronSchedules,
          schedules,
          `"${shown(expression)}" is not a cron expression: ${
            error.message
          }; separate several with ";"`,
        );
      }
    }
  }

  const tier = read(A.tier);
  if (tier !== undefined) {
    const t = tier.replace(/^tier-?/i, '');
    if (t === '1' || t === '2' || t === '3') {
      facts.tier = Number(t) as Tier;
    } else {
      problem(A.tier, tier, `"${shown(tier)}" is not a tier; write 1, 2 or 3`);
    }
  }

  const target = read(A.availabilityTarget);
  if (target !== undefined) {
    const percent = target.replace(/%$/, '');
    const n = NUMBER.test(percent) ? Number(percent) : NaN;
    if (n > 0 && n < 100) {
      facts.availability = n / 100;
    } else {
      problem(
        A.availabilityTarget,
        target,
        `"${shown(
          target,
        )}" is not a percentage above 0 and below 100; write e.g. 99.95`,
      );
    }
  }

  const positive = (
    key: string,
    what: string,
    options: { integer?: boolean; max: number; example: string },
  ) => {
    const value = read(key);
    if (value === undefined) return undefined;
    const n = NUMBER.test(value) ? Number(value) : NaN;
    if (n > 0 && n <= options.max && (!options.integer || Number.isInteger(n)))
      return n;
    problem(
      key,
      value,
      `"${shown(value)}" is not ${what} from ${
        options.integer ? 1 : 'above 0'
      } to ${options.max.toLocaleString('en-US')}; write e.g. ${
        options.example
      }`,
    );
    return undefined;
  };
  facts.replicas = positive(A.replicas, 'a whole number', {
    integer: true,
    max: 10_000,
    example: '3',
  });
  facts.capacity = positive(A.capacity, 'requests per second', {
    max: 1e9,
    example: '1200',
  });
  facts.peakLoad = positive(A.peakLoad, 'requests per second', {
    max: 1e9,
    example: '300',
  });

  const journeys = read(A.journeys);
  if (journeys !== undefined) {
    for (const journey of list(journeys, ',')) {
      if (SLUG.test(journey.toLowerCase())) {
        facts.journeys.push(journey.toLowerCase());
      } else {
        problem(
          A.journeys,
          journeys,
          `"${shown(
            journey,
          )}" is not a journey name (letters, digits and "-"), e.g. pay-with-card; separate several with ","`,
        );
      }
    }
  }
  return { facts, problems };
}
