import { DEPENDENCY_NODE_TYPES } from '@internal/plugin-dependency-map-common';
import { z } from 'zod';

/** Longest ref or fact id taken: a ref's 255 characters and a fact's prefix. */
export const MAX_NODE_ID = 300;

/**
 * A whole number in a query, given once as text (or as its default): a list,
 * an object or an empty value is not read as one, as z.coerce.number alone
 * would (`["5"]` as 5, `""` as 0).
 */
export const queryInteger = (min: number, max: number) =>
  z.preprocess(
    v =>
      v === undefined ||
      typeof v === 'number' ||
      (typeof v === 'string' && v.trim() !== '')
        ? v
        : NaN,
    z.coerce.number().int().min(min).max(max).optional(),
  );

/** An entity ref, a bare component name or a fact id such as zone:eu-west-1a. */
export const nodeId = z
  .string()
  .trim()
  .min(
    1,
    'name an entity (component:default/name, or a name) or a shared fact (zone:eu-west-1a, image:..., library:name@version)',
  )
  .max(MAX_NODE_ID);

/** The query of a route that takes no parameters: any is refused, not ignored. */
export const noQuery = z.object({}).strict();

export const pageQuery = {
  offset: queryInteger(0, 1_000_000).default(0),
  limit: queryInteger(1, 500).default(50),
};

export const hotSpotsQuery = z
  .object({ ...pageQuery, type: z.enum(DEPENDENCY_NODE_TYPES).optional() })
  .strict();

export const exportHotSpotsQuery = z
  .object({ type: z.enum(DEPENDENCY_NODE_TYPES).optional() })
  .strict();

export const nodeQuery = z
  .object({ node: nodeId, limit: queryInteger(1, 50_000).default(100) })
  .strict();

export const correlationGroupsQuery = z.object(pageQuery).strict();

const names = (what: string, example: string) =>
  z
    .array(
      z
        .string()
        .trim()
        .min(1, `name each ${what}, e.g. ${example}`)
        .max(MAX_NODE_ID),
    )
    .max(1000)
    .optional();

/** What a what-if marks failed. */
export const whatIfBody = z
  .object({
    entities: names('entity', 'resource:default/payments-db'),
    zones: names('zone', 'eu-west-1a'),
    regions: names('region', 'eu-west-1'),
    clusters: names('cluster', 'prod-eu-1'),
    images: names('image', 'registry.example/base/jvm:21.0.4'),
    libraries: names('library version', 'fernhill-http-client@3.2.1'),
    limit: z.number().int().min(0).max(50_000).default(100),
  })
  .strict()
  .refine(
    b =>
      [b.entities, b.zones, b.regions, b.clusters, b.images, b.libraries].some(
        list => list && list.length > 0,
      ),
    {
      message:
        'name at least one thing that fails: entities, zones, regions, clusters, images or libraries',
    },
  );

export const journeyName = z
  .string()
  .max(63)
  .regex(
    /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i,
    'is not a journey name (letters, digits and "-"), e.g. pay-with-card',
  );

export const availabilityQuery = z.object({ entity: nodeId }).strict();

export const problemsQuery = z
  .object({ ...pageQuery, entity: nodeId.optional() })
  .strict();

export const risksQuery = z
  .object({ limit: queryInteger(1, 1000).default(50) })
  .strict();

export const graphExportQuery = z
  .object({
    node: nodeId,
    format: z.enum(['mermaid', 'dot']),
    depth: queryInteger(1, 4).default(2),
    direction: z.enum(['dependencies', 'dependents', 'both']).default('both'),
    maxNodes: queryInteger(1, 500).default(200),
  })
  .strict();
