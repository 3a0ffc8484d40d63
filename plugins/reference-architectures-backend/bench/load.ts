// The library, detail and adopters routes paced over HTTP from a worker
// thread.
import {
  HttpLoadRoute,
  LoadTableRow,
  LoadWorker,
} from '@internal/plugin-fitsys-node';
import { RATE, REQUESTS, SERIES } from './options';

function benchRoutes(): HttpLoadRoute[] {
  const N = REQUESTS + RATE;
  const series = (i: number) => `architecture-${(i * 7919) % SERIES}`;
  return [
    {
      name: 'GET /architectures (library, first page)',
      path: '/architectures?limit=24',
    },
    {
      name: 'GET /architectures?q=&lifecycle= (search)',
      path: Array.from(
        { length: N },
        (_, i) =>
          `/architectures?q=${encodeURIComponent(
            `problem ${i % SERIES}`,
          )}&lifecycle=recommended`,
      ),
    },
    {
      name: 'GET /architectures/{name} (detail)',
      path: Array.from({ length: N }, (_, i) => `/architectures/${series(i)}`),
    },
    {
      name: 'GET /architectures/{name}/adopters (page of 50)',
      path: Array.from(
        { length: N },
        (_, i) => `/architectures/${series(i)}/adopters?limit=50`,
      ),
    },
  ];
}

/** Each route paced at --rate, --requests measured after 2 s of warm-up. */
export async function loadRoutes(base: string): Promise<LoadTableRow[]> {
  const load = LoadWorker.start();
  const rows: LoadTableRow[] = [];
  try {
    for (const route of benchRoutes()) {
      const result = await load.runPaced({
        baseUrl: base,
        route,
        rate: RATE,
        count: REQUESTS,
        warmUpMs: 2000,
        maxInFlight: 64,
      });
      rows.push({ route: route.name, targetP99Ms: 50, result });
    }
  } finally {
    await load.close();
  }
  return rows;
}
