import { VirtualClock } from './__testUtils__/VirtualClock';
import { runClosedLoop } from './runClosedLoop';
import { runPaced } from './runPaced';

describe('runPaced (virtual time)', () => {
  it('sends request i at start + i / rate, and as many as rate × duration', async () => {
    const clock = new VirtualClock();
    const sentAt: number[] = [];
    const result = await clock.run(() =>
      runPaced({
        rate: 100,
        durationMs: 1000,
        clock,
        send: async i => {
          sentAt[i] = clock.now();
        },
      }),
    );
    expect(sentAt).toEqual(Array.from({ length: 100 }, (_, i) => i * 10));
    expect(result).toMatchObject({
      mode: 'paced',
      rate: 100,
      requests: 100,
      ok: 100,
      non2xx: 0,
      errors: 0,
      timeouts: 0,
    });
    expect(result.latency.max).toBe(0);
    expect(result.sendLag.max).toBe(0);
  });

  it('sends warm-up requests at the same rate first and does not measure them', async () => {
    const clock = new VirtualClock();
    const sent: number[] = [];
    const result = await clock.run(() =>
      runPaced({
        rate: 100,
        durationMs: 1000,
        warmUpMs: 500,
        clock,
        send: async i => {
          sent.push(i);
          // Warm-up requests are slow, measured ones are not.
          await clock.sleep(i < 50 ? 100 : 1);
        },
      }),
    );
    expect(sent).toEqual(Array.from({ length: 150 }, (_, i) => i));
    expect(result.requests).toBe(100);
    expect(result.ok).toBe(100);
    expect(result.latency.max).toBe(1);
    // From the first measured request's due time (500) to the last answer.
    expect(result.durationMs).toBe(1490 - 500 + 1);
  });

  it('measures from the due time, so requests held back by the in-flight bound count their wait', async () => {
    const clock = new VirtualClock();
    // A server that takes 50 ms a request, one at a time, offered 100 a second.
    const result = await clock.run(() =>
      runPaced({
        rate: 100,
        count: 20,
        maxInFlight: 1,
        clock,
        send: () => clock.sleep(50),
      }),
    );
    // Request i is due at 10 i and answered at 50 (i + 1).
    expect(result.latenciesMs).toEqual(
      Array.from({ length: 20 }, (_, i) => 50 + 40 * i),
    );
    expect(result.service.max).toBe(50);
    expect(result.sendLag.max).toBe(40 * 19);
    expect(result.latency.p99).toBe(810);
  });

  it('shows a 200 ms stall at p99, where a closed loop on the same server does not', async () => {
    // Answers in 2 ms, but what arrives from 500 to 700 ms waits until 700.
    const stalled = (clock: VirtualClock) => async () => {
      const now = clock.now();
      const ready = now >= 500 && now < 700 ? 700 : now;
      await clock.sleep(ready - now + 2);
    };
    let clock = new VirtualClock();
    const paced = await clock.run(() =>
      runPaced({ rate: 200, durationMs: 1500, clock, send: stalled(clock) }),
    );
    clock = new VirtualClock();
    const closed = await clock.run(() =>
      runClosedLoop({ clients: 1, count: 300, clock, send: stalled(clock) }),
    );
    // 40 of the 300 paced requests were due during the stall, so the 1%
    // above p99 are only the three slowest of them (202, 197, 192 ms).
    expect(paced.latency.p99).toBe(187);
    expect(paced.latency.max).toBe(202);
    expect(paced.latency.p50).toBe(2);
    // The closed loop's one client waited out the stall with one request.
    expect(closed.latency.max).toBe(202);
    expect(closed.latency.p99).toBe(2);
  });

  it('counts non-2xx answers and errors apart from successes', async () => {
    const clock = new VirtualClock();
    const result = await clock.run(() =>
      runPaced({
        rate: 100,
        count: 100,
        clock,
        send: async i => {
          await clock.sleep(1);
          if (i % 10 === 0) return { status: 503 };
          if (i % 10 === 1) throw new Error('connection reset');
          return { status: i % 10 === 2 ? 204 : 200 };
        },
      }),
    );
    expect(result).toMatchObject({
      ok: 80,
      non2xx: 10,
      errors: 10,
      timeouts: 0,
      statuses: { '503': 10 },
      errorMessages: ['connection reset'],
    });
    expect(result.latency.count).toBe(100);
  });

  it('stops at its deadline, counting unanswered and unsent requests as timeouts from their due time', async () => {
    const clock = new VirtualClock();
    const signals: AbortSignal[] = [];
    const result = await clock.run(() =>
      runPaced({
        rate: 100,
        count: 20,
        maxInFlight: 3,
        maxDurationMs: 1000,
        clock,
        send: async (i, { signal }) => {
          signals.push(signal);
          if (i < 5) return;
          // Never answers, unless aborted.
          await new Promise(resolve =>
            signal.addEventListener('abort', resolve),
          );
          throw new Error('aborted');
        },
      }),
    );
    expect(result).toMatchObject({ ok: 5, errors: 0, timeouts: 15 });
    // 3 in flight (due at 50, 60, 70), 12 never sent (due at 80 to 190).
    expect(result.service.count).toBe(8);
    expect(result.latency.max).toBe(1000 - 50);
    expect(result.latency.min).toBe(0);
    expect(signals[0].aborted).toBe(true);
  });

  it('refuses a rate that is not positive and a run without a length', async () => {
    const send = async () => {};
    await expect(runPaced({ rate: 0, count: 1, send })).rejects.toThrow(
      RangeError,
    );
    await expect(runPaced({ rate: 10, send })).rejects.toThrow(RangeError);
  });
});

describe('runClosedLoop (virtual time)', () => {
  it('keeps each client busy back to back and measures from sending', async () => {
    const clock = new VirtualClock();
    const result = await clock.run(() =>
      runClosedLoop({
        clients: 4,
        count: 100,
        warmUpMs: 50,
        clock,
        send: () => clock.sleep(10),
      }),
    );
    expect(result).toMatchObject({
      mode: 'closed-loop',
      clients: 4,
      requests: 100,
      ok: 100,
    });
    expect(result.latency.p99).toBe(10);
    expect(result.durationMs).toBe(250);
    expect(result.throughput).toBe(400);
  });

  it('runs for a duration instead of a count', async () => {
    const clock = new VirtualClock();
    const result = await clock.run(() =>
      runClosedLoop({
        clients: 2,
        durationMs: 1000,
        clock,
        send: () => clock.sleep(10),
      }),
    );
    expect(result.requests).toBe(200);
    expect(result.ok).toBe(200);
  });
});
