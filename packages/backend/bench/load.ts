// The load on the portal: each read route alone first, then the paced mix
// of reads and writes together, the writes read back, and with --find-max
// the highest rate of the read mix alone.
import {
  findMaxRate,
  HttpLoadClient,
  LoadResult,
  MaxRateResult,
  runPaced,
} from '@internal/plugin-fitsys-node';
import {
  FIND_MAX,
  MIX,
  RATE,
  SECONDS,
  TARGET_P99_MS,
  WARM_UP,
  WRITE_RATE,
} from './options';
import { Auth } from './portal';

/** The median of 20 requests of each read route alone (ms): the path's cost without load. */
export async function measureAlone(baseUrl: string, auth: Auth) {
  const alone = new Map<string, number>();
  for (const read of MIX) {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await (
        await fetch(`${baseUrl}${read.path}`, { headers: auth(read.user) })
      ).arrayBuffer();
      times.push(performance.now() - t);
    }
    alone.set(read.name, times.sort((a, b) => a - b)[10]);
  }
  return alone;
}

/** Files findings (riley.novak) and comments on the last one filed (jordan.lee). */
function writeRoutes(baseUrl: string, auth: Auth, filed: string[]) {
  let counter = 0;
  return [
    {
      name: 'devzero: file a finding (riley.novak)',
      rate: WRITE_RATE / 2,
      send: async () => {
        const res = await fetch(`${baseUrl}/api/devzero/findings`, {
          method: 'POST',
          headers: {
            ...auth('riley.novak'),
            'content-type': 'application/json',
          },
          body: JSON.stringify({
            entityRef: 'component:default/card-authoriser',
            title: `Bench finding ${process.pid}-${++counter}`,
            scenario: 'Filed by the portal bench under load.',
            journeyStep: 'first-use',
            category: 'documentation',
            severity: 'annoyance',
            minutesLost: 1,
          }),
        });
        const body = (await res.json()) as { id?: string };
        if (res.status === 201 && body.id) filed.push(body.id);
        return { status: res.status };
      },
    },
    {
      name: 'devzero: comment on a finding (jordan.lee)',
      rate: WRITE_RATE / 2,
      send: async () => {
        const id = filed[filed.length - 1];
        if (!id) return { status: 200 };
        const res = await fetch(
          `${baseUrl}/api/devzero/findings/${id}/comments`,
          {
            method: 'POST',
            headers: {
              ...auth('jordan.lee'),
              'content-type': 'application/json',
            },
            body: JSON.stringify({ body: 'Seen under load; looking.' }),
          },
        );
        await res.arrayBuffer();
        return { status: res.status };
      },
    },
  ];
}

/** What the load gave. */
export interface PortalLoad {
  runs: { name: string; result: LoadResult }[];
  /** How long the paced mix ran, ms. */
  loadMs: number;
  /** The findings filed and acknowledged, and how many of them could not be read back. */
  filed: string[];
  unreadable: number;
  maxRate?: MaxRateResult;
}

export async function runPortalLoad(
  baseUrl: string,
  auth: Auth,
): Promise<PortalLoad> {
  const client = new HttpLoadClient(baseUrl, { maxSockets: 256 });
  const filed: string[] = [];
  const writes = writeRoutes(baseUrl, auth, filed);
  // eslint-disable-next-line no-console
  console.log(
    `Load: ${RATE} reads/s and ${WRITE_RATE} writes/s for ${SECONDS} s after ${WARM_UP} s of warm-up`,
  );
  const loadStarted = Date.now();
  const runs = await Promise.all([
    ...MIX.map(read =>
      runPaced({
        rate: RATE * read.share,
        durationMs: SECONDS * 1000,
        warmUpMs: WARM_UP * 1000,
        maxInFlight: 64,
        send: client.sender({
          name: read.name,
          path: read.path.replace(/^\/api/, '/api'),
          headers: auth(read.user),
        }),
      }).then(result => ({ name: read.name, result })),
    ),
    ...writes
      .filter(write => write.rate > 0)
      .map(write =>
        runPaced({
          rate: write.rate,
          durationMs: SECONDS * 1000,
          warmUpMs: WARM_UP * 1000,
          maxInFlight: 16,
          send: write.send,
        }).then(result => ({ name: write.name, result })),
      ),
  ]);
  const loadMs = Date.now() - loadStarted;

  // Every write acknowledged is readable afterwards.
  let unreadable = 0;
  for (const id of filed) {
    const res = await fetch(`${baseUrl}/api/devzero/findings/${id}`, {
      headers: auth('riley.novak'),
    });
    if (res.status !== 200) unreadable++;
    await res.arrayBuffer();
  }
  let maxRate: MaxRateResult | undefined;
  if (FIND_MAX) {
    // The read mix as one stream: each route takes its share of the slots.
    const senders = MIX.map(read =>
      client.sender({
        name: read.name,
        path: read.path,
        headers: auth(read.user),
      }),
    );
    const slots: number[] = [];
    MIX.forEach((read, r) => {
      for (let k = 0; k < Math.round(read.share * 20); k++) slots.push(r);
    });
    maxRate = await findMaxRate({
      targetP99Ms: TARGET_P99_MS,
      send: (i, context) => senders[slots[i % slots.length]](i, context),
      rates: [25, 50, 100, 150, 200, 300],
      durationMs: 10_000,
      warmUpMs: 3_000,
      pauseMs: 2_000,
      maxInFlight: 256,
      maxTotalMs: 240_000,
    });
  }
  client.close();
  return { runs, loadMs, filed, unreadable, maxRate };
}
