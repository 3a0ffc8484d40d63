import { VirtualClock } from './__testUtils__/VirtualClock';
import { findMaxRate, judgeLoad } from './findMaxRate';
import { runPaced } from './runPaced';
import { LoadSend } from './types';

/**
 * A server whose latency grows with the rate it is sent: rate / 10 ms, the
 * rate read from the gap since the previous request (exact in virtual
 * time). It keeps p99 < 50 ms below 500 a second.
 */
function slowsWithRate(clock: VirtualClock, options?: { failAbove?: number }) {
  let last: number | undefined;
  const send: LoadSend = async () => {
    const now = clock.now();
    const gap = last === undefined ? Infinity : now - last;
    last = now;
    // Rounded, so that float noise in the gaps cannot pass 500 a second.
    const rate = gap > 0 ? Math.round(1000 / gap) : 0;
    await clock.sleep(rate / 10);
    return { status: rate > (options?.failAbove ?? Infinity) ? 500 : 200 };
  };
  return send;
}

/** One worker answering in turn, 2 ms a request: 500 a second at most. */
function queue(clock: VirtualClock, serviceMs = 2): LoadSend {
  let freeAt = 0;
  return async () => {
    freeAt = Math.max(clock.now(), freeAt) + serviceMs;
    await clock.sleep(freeAt - clock.now());
  };
}

describe('findMaxRate (virtual time)', () => {
  it('steps the rate up, then bisects to the highest that keeps the target', async () => {
    const clock = new VirtualClock();
    const found = await clock.run(() =>
      findMaxRate({
        targetP99Ms: 50,
        startRate: 50,
        send: slowsWithRate(clock),
        clock,
      }),
    );
    expect(found.trials.map(t => [t.rate, t.pass])).toEqual([
      [50, true],
      [100, true],
      [200, true],
      [400, true],
      [800, false],
      [600, false],
      [500, false], // 50 ms is not under 50
      [450, true],
      [480, true],
    ]);
    expect(found).toMatchObject({
      maxRate: 480,
      lowestFailingRate: 500,
      stoppedBy: 'bracketed',
    });
    expect(found.best?.result.latency.p99).toBeCloseTo(48);
  });

  it('finds the capacity of a queueing server within a few percent', async () => {
    const clock = new VirtualClock();
    const found = await clock.run(() =>
      findMaxRate({
        targetP99Ms: 50,
        startRate: 40,
        send: queue(clock),
        clock,
      }),
    );
    // Past 500 a second the queue grows for the whole 2 s trial; a little
    // over it, it grows slowly enough to stay under 50 ms.
    expect(found.maxRate).toBeGreaterThanOrEqual(450);
    expect(found.maxRate).toBeLessThanOrEqual(515);
    for (const trial of found.trials)
      expect(trial.pass).toBe(trial.rate <= found.maxRate!);
  });

  it('follows a ladder of rates up to the first that misses', async () => {
    const clock = new VirtualClock();
    const found = await clock.run(() =>
      findMaxRate({
        targetP99Ms: 50,
        rates: [300, 100, 200, 400, 500, 600],
        refineSteps: 0,
        send: slowsWithRate(clock),
        clock,
      }),
    );
    expect(found.trials.map(t => t.rate)).toEqual([100, 200, 300, 400, 500]);
    expect(found.maxRate).toBe(400);
    expect(found.stoppedBy).toBe('bracketed');
  });

  it('steps down when the start rate misses', async () => {
    const clock = new VirtualClock();
    const found = await clock.run(() =>
      findMaxRate({
        targetP99Ms: 50,
        startRate: 2000,
        send: slowsWithRate(clock),
        clock,
      }),
    );
    expect(found.trials.slice(0, 4).map(t => [t.rate, t.pass])).toEqual([
      [2000, false],
      [1000, false],
      [500, false],
      [250, true],
    ]);
    expect(found.maxRate).toBeGreaterThanOrEqual(450);
    expect(found.maxRate).toBeLessThan(500);
  });

  it('counts failed requests against a rate', async () => {
    const clock = new VirtualClock();
    const found = await clock.run(() =>
      findMaxRate({
        targetP99Ms: 50,
        rates: [100, 200, 300, 400],
        refineSteps: 0,
        send: slowsWithRate(clock, { failAbove: 250 }),
        clock,
      }),
    );
    expect(found.maxRate).toBe(200);
    expect(found.trials[2].reason).toMatch(/requests failed/);
  });

  it('reports when nothing keeps the target', async () => {
    const clock = new VirtualClock();
    const found = await clock.run(() =>
      findMaxRate({
        targetP99Ms: 50,
        startRate: 10,
        send: () => clock.sleep(100),
        clock,
      }),
    );
    expect(found.maxRate).toBeUndefined();
    expect(found.stoppedBy).toBe('none-passed');
    expect(found.trials.every(t => !t.pass)).toBe(true);
  });

  it('stays within its time budget and says the answer is a lower bound', async () => {
    const clock = new VirtualClock();
    const found = await clock.run(() =>
      findMaxRate({
        targetP99Ms: 50,
        startRate: 50,
        durationMs: 2000,
        warmUpMs: 500,
        maxTotalMs: 6000,
        send: slowsWithRate(clock),
        clock,
      }),
    );
    expect(found.trials.map(t => t.rate)).toEqual([50, 100]);
    expect(found).toMatchObject({ maxRate: 100, stoppedBy: 'budget' });
    expect(clock.now()).toBeLessThanOrEqual(6000);
  });

  it('stops at the rate cap', async () => {
    const clock = new VirtualClock();
    const found = await clock.run(() =>
      findMaxRate({
        targetP99Ms: 50,
        startRate: 100,
        maxRate: 300,
        send: slowsWithRate(clock),
        clock,
      }),
    );
    expect(found.trials.map(t => t.rate)).toEqual([100, 200, 300]);
    expect(found).toMatchObject({ maxRate: 300, stoppedBy: 'max-rate' });
  });
});

describe('judgeLoad', () => {
  it('needs p99 strictly under the target and no failures', async () => {
    const clock = new VirtualClock();
    const result = await clock.run(() =>
      runPaced({
        rate: 100,
        count: 100,
        clock,
        send: async i => {
          await clock.sleep(10);
          return { status: i === 0 ? 500 : 200 };
        },
      }),
    );
    expect(judgeLoad(result, 11).pass).toBe(false);
    expect(judgeLoad(result, 11, { maxErrorRate: 0.01 })).toEqual({
      pass: true,
      reason: 'p99 10.0 ms < 11 ms',
    });
    expect(judgeLoad(result, 10, { maxErrorRate: 0.01 }).pass).toBe(false);
  });
});
