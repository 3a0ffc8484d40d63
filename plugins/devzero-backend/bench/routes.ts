import { OPEN_STATUSES } from '@internal/plugin-devzero-common';
import { HttpLoadRoute } from '@internal/plugin-fitsys-node';
import { syntheticOwner } from '../src/__testUtils__/syntheticFindings';
import { CLIENTS, OWNERS, PACES, REQUESTS } from './options';
import { member } from './services';

/** A route as the bench loads it, with the issue's p99 target. */
export interface BenchRoute {
  name: string;
  /** Paths and users rotate: request i asks as a member of team i mod teams. */
  http: HttpLoadRoute;
  /** The issue's p99 target, ms. */
  target: number;
  /** Paced rows: requests a second offered, and measured requests. */
  paced: Array<{ rate: number; count: number }>;
  /** Where the search for the highest rate within the target begins. */
  startRate: number;
  /** Closed-loop rows: clients back to back, and measured requests. */
  closed: Array<{ clients: number; count: number }>;
}

/** The routes, each asking as a member of another team in turn. */
export function benchRoutes(): BenchRoute[] {
  const teams = Array.from({ length: OWNERS }, (_, n) => n);
  const owner = (n: number) => encodeURIComponent(syntheticOwner(n));
  const as = (name: string, pathOf: (n: number) => string): HttpLoadRoute => ({
    name,
    path: teams.map(pathOf),
    headers: teams.map(n => ({ 'x-bench-user': member(n) })),
  });
  // A list answers in a millisecond or two of server time: offered the
  // --paces rates, searched from the first of them.
  const list = (
    name: string,
    pathOf: (n: number) => string,
    requests = REQUESTS,
    oneClient = false,
  ): BenchRoute => ({
    name,
    http: as(name, pathOf),
    target: 50,
    paced: PACES.map(rate => ({ rate, count: requests })),
    startRate: PACES[0] ?? 200,
    // One client first where it helps: the time a request takes without
    // queueing.
    closed: [
      ...(oneClient ? [{ clients: 1, count: requests / 4 }] : []),
      { clients: CLIENTS, count: requests },
    ],
  });
  // The insights over every finding take a few hundred ms of database work.
  const few = Math.max(5, Math.round(REQUESTS / 400));
  return [
    list('inbox of one team', () => '/inbox', REQUESTS, true),
    list(
      'list: status, severity and owner',
      n => `/findings?status=new&severity=blocked-me&owner=${owner(n)}`,
      REQUESTS,
      true,
    ),
    list(
      'list: open findings of my teams by minutes lost',
      () =>
        `/findings?owner=mine&${OPEN_STATUSES.map(s => `status=${s}`).join(
          '&',
        )}&sort=minutes-lost`,
    ),
    list(
      'list: text search within a team',
      n => `/findings?q=kafka&owner=${owner(n)}`,
    ),
    list(
      'list: text search, every finding',
      () => '/findings?q=kafka%20console',
      Math.min(REQUESTS, 1000),
    ),
    list('list: first page, no filter', () => '/findings'),
    {
      name: 'insights, every finding',
      http: as('insights, every finding', () => '/insights'),
      target: 300,
      paced: [
        { rate: 1, count: few },
        { rate: 2, count: 2 * few },
      ],
      startRate: 1,
      closed: [
        { clients: 1, count: 2 * few },
        { clients: 5, count: 5 * few },
      ],
    },
    {
      name: 'insights of one team',
      http: as('insights of one team', n => `/insights?owner=${owner(n)}`),
      target: 300,
      paced: [
        { rate: 20, count: 20 * few },
        { rate: 50, count: 50 * few },
      ],
      startRate: 20,
      closed: [{ clients: 5, count: 20 * few }],
    },
  ];
}
