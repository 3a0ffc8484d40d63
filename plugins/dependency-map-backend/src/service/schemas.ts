import { DEPENDENCY_NODE_TYPES } from '@internal/plugin-dependency-map-common';
import { noQuery, queryInteger } from '@internal/plugin-fitsys-node';
import { z } from 'zod';

/** Longest ref or fact id taken: a ref's 255 characters and a fact's prefix. */
export const MAX_NODE_ID = 300;

/** An entity ref, a bare component name or a fact id such as zone:eu-west-1a. */
export const nodeId = z
  .string()
  .trim()
  .min(
    1,
    'name an entity (component:default/name, or a name) or a shared fact (zone:eu-west-1a, image:..., library:name@version)',
  )
  .max(MAX_NODE_ID);

export { noQuery, queryInteger };

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

/** Most nodes the JSON subgraph answers: what the graph view can still draw smoothly. */
export const MAX_GRAPH_NODES = 2000;

export const graphQuery = z
  .object({
    node: nodeId,
    depth: queryInteger(1, 6).default(2),
    direction: z.enum(['dependencies', 'dependents', 'both']).default('both'),
    maxNodes: queryInteger(1, MAX_GRAPH_NODES).default(500),
  })
  .strict();

export const trendQuery = z
  .object({ days: queryInteger(1, 366).default(90) })
  .strict();
