import { GraphDirection } from '../../api/DependencyMapApi';
import { GroupBy } from './graphModel';

/** What the graph shows, as kept in the page's address. */
export interface GraphSettings {
  node?: string;
  depth: number;
  direction: GraphDirection;
  maxNodes: number;
  groupBy: GroupBy;
}

export const DEPTHS = [1, 2, 3, 4, 5, 6];
export const NODE_LIMITS = [100, 250, 500, 1000, 2000];
export const DIRECTIONS: GraphDirection[] = [
  'both',
  'dependencies',
  'dependents',
];
export const GROUPINGS: GroupBy[] = ['none', 'system', 'domain', 'team'];

const DEFAULTS: GraphSettings = {
  depth: 2,
  direction: 'both',
  maxNodes: 500,
  groupBy: 'none',
};

const pick = <T>(value: T | undefined, allowed: T[], fallback: T) =>
  value !== undefined && allowed.includes(value) ? value : fallback;

/** Reads the settings from the address; anything out of bounds falls back to its default. */
export function readGraphSettings(params: URLSearchParams): GraphSettings {
  const node = params.get('node')?.trim().slice(0, 300) || undefined;
  return {
    node,
    depth: pick(Number(params.get('depth')), DEPTHS, DEFAULTS.depth),
    direction: pick(
      (params.get('direction') ?? undefined) as GraphDirection | undefined,
      DIRECTIONS,
      DEFAULTS.direction,
    ),
    maxNodes: pick(
      Number(params.get('maxNodes')),
      NODE_LIMITS,
      DEFAULTS.maxNodes,
    ),
    groupBy: pick(
      (params.get('groupBy') ?? undefined) as GroupBy | undefined,
      GROUPINGS,
      DEFAULTS.groupBy,
    ),
  };
}

/** The address parameters of settings, defaults left out. */
export function graphSettingsParams(s: GraphSettings): Record<string, string> {
  const out: Record<string, string> = {};
  if (s.node) out.node = s.node;
  if (s.depth !== DEFAULTS.depth) out.depth = String(s.depth);
  if (s.direction !== DEFAULTS.direction) out.direction = s.direction;
  if (s.maxNodes !== DEFAULTS.maxNodes) out.maxNodes = String(s.maxNodes);
  if (s.groupBy !== DEFAULTS.groupBy) out.groupBy = s.groupBy;
  return out;
}
