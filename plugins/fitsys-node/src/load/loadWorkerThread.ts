// The load side of a LoadWorker, in its own thread: runs each run it is
// sent against its HTTP route and posts the figures back.
import { parentPort } from 'worker_threads';
import { HttpLoadClient } from './http';
import { runClosedLoop } from './runClosedLoop';
import { runPaced } from './runPaced';

parentPort?.on('message', async ({ id, kind, options }) => {
  const { baseUrl, route, timeoutMs, ...run } = options;
  const client = new HttpLoadClient(baseUrl, {
    maxSockets: kind === 'paced' ? run.maxInFlight ?? 64 : run.clients,
    timeoutMs,
  });
  try {
    const send = client.sender(route);
    const result =
      kind === 'paced'
        ? await runPaced({ ...run, send })
        : await runClosedLoop({ ...run, send });
    parentPort?.postMessage({ id, result });
  } catch (error) {
    parentPort?.postMessage({
      id,
      error: String((error as Error)?.stack ?? error),
    });
  } finally {
    client.close();
  }
});
