import { DependencyNode } from '@internal/plugin-dependency-map-common';

/** Where the docs of the dependency map are served (TechDocs of the portal). */
export const DOCS_URL = '/docs/default/component/fit-systems/dependency-map/';
/** The catalog contract: the annotations the map reads. */
export const CONTRACT_DOCS_URL =
  '/docs/default/component/fit-systems/catalog-contract/';

/** An availability as a percentage with enough digits to tell nines apart. */
export function formatAvailability(value: number | null | undefined): string {
  if (value === null || value === undefined) return 'unknown';
  const percent = value * 100;
  // 99.99999 % and 99.491 % both read right: keep digits until the first non-9.
  let digits = 2;
  if (percent >= 99.99) digits = 5;
  else if (percent >= 99) digits = 3;
  return `${Number(percent.toFixed(digits))}%`;
}

/** Minutes of downtime a month, rounded as a person reads them. */
export function formatMinutes(value: number | null | undefined): string {
  if (value === null || value === undefined) return 'unknown';
  if (value < 0.1) return `${Number(value.toFixed(3))} min`;
  if (value < 1000) return `${Number(value.toFixed(1))} min`;
  return `${Math.round(value).toLocaleString('en-US')} min`;
}

/** A count with thousands separators. */
export const formatCount = (n: number) => n.toLocaleString('en-US');

/** "1 team", "3 teams". */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

/** How long ago, in words: "12 s", "4 min", "3 h". */
export function formatAge(seconds: number): string {
  if (seconds < 60) return `${Math.max(0, Math.round(seconds))} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172800) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86400)} days`;
}

/** A node's label with what it is: "payments-db (resource)", "zone eu-west-1a". */
export function describeNode(node: DependencyNode): string {
  if (node.type !== 'entity') return `${node.type} ${node.label}`;
  return node.kind ? `${node.label} (${node.kind})` : node.label;
}

/** The short name of a ref: "group:default/payments" as "payments". */
export const shortRef = (ref: string) => ref.replace(/^[^:]+:(?:[^/]+\/)?/, '');
