import {
  catalogRefSchema,
  pageQuery,
  queryBoolean,
  queryInteger,
} from '@internal/plugin-fitsys-node';
import {
  DECISION_STATUSES,
  LIFECYCLES,
  QUALITY_ATTRIBUTES,
} from '@internal/plugin-reference-architectures-common';
import { z } from 'zod';

/** A reference architecture's name, as the adoption annotation writes it. */
export const architectureName = z
  .string()
  .max(63)
  .regex(
    /^[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$/,
    'is not a reference architecture name (letters, digits, "-", "_", "."), e.g. event-driven-service',
  );

const version = (what: string) =>
  z
    .string()
    .max(64)
    .regex(
      /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/,
      `is not a version: write ${what} as a semantic version such as 2.1.0`,
    );

/** One value or several (lifecycle=trial&lifecycle=recommended, or comma-separated). */
const list = <T extends [string, ...string[]]>(values: T) =>
  z.preprocess(
    v => (typeof v === 'string' ? v.split(',') : v),
    z.array(z.enum(values)).min(1).max(values.length),
  );

export const libraryQuery = z
  .object({
    ...pageQuery(200, 50),
    q: z.string().trim().max(200).optional(),
    lifecycle: list([...LIFECYCLES] as [string, ...string[]]).optional(),
    quality: z.enum(QUALITY_ATTRIBUTES).optional(),
    tag: z.string().trim().min(1).max(253).optional(),
    owner: catalogRefSchema({
      defaultKind: 'group',
      kinds: ['group', 'user'],
    }).optional(),
  })
  .strict();

export const detailQuery = z
  .object({ version: version('the version to show').optional() })
  .strict();

export const adoptersQuery = z
  .object({
    ...pageQuery(500, 50),
    version: version('the version whose adopters to list').optional(),
    status: z
      .enum(['conforming', 'violating', 'outdated', 'problem'])
      .optional(),
  })
  .strict();

export const diffQuery = z
  .object({
    from: version('the older version').optional(),
    to: version('the newer version').optional(),
  })
  .strict();

export const conformanceQuery = z
  .object({
    entity: catalogRefSchema({
      defaultKind: 'system',
      kinds: ['system', 'component'],
      example: 'system:default/payments',
    }),
  })
  .strict();

export const decisionsQuery = z
  .object({
    ...pageQuery(200, 50),
    q: z.string().trim().max(200).optional(),
    status: z.enum(DECISION_STATUSES).optional(),
    overdue: queryBoolean.optional(),
    source: z.enum(['architecture', 'adr']).optional(),
  })
  .strict();

export const problemsQuery = z.object(pageQuery(500, 100)).strict();

/** How many days of trend, ending today. */
const trendDays = queryInteger(1, 366).default(90);

export const trendQuery = z.object({ days: trendDays }).strict();

export const conformanceTrendQuery = z
  .object({
    entity: catalogRefSchema({
      defaultKind: 'system',
      kinds: ['system', 'component'],
      example: 'system:default/payments',
    }),
    days: trendDays,
  })
  .strict();
