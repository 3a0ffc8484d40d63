import { VirtualClock } from './__testUtils__/VirtualClock';
import { findMaxRate } from './findMaxRate';
import { formatRate, formatTable } from './formatTable';
import { runClosedLoop } from './runClosedLoop';
import { runPaced } from './runPaced';

describe('formatTable', () => {
  it('prints paced rows with a verdict, the highest rate, and closed-loop rows as machine-bound', async () => {
    let clock = new VirtualClock();
    const paced = await clock.run(() =>
      runPaced({
        rate: 100,
        count: 100,
        clock,
        send: async i => {
          await clock.sleep(i === 0 ? 80 : 10);
          return { status: i === 1 ? 503 : 200 };
        },
      }),
    );
    clock = new VirtualClock();
    const closed = await clock.run(() =>
      runClosedLoop({
        clients: 2,
        count: 100,
        clock,
        send: () => clock.sleep(10),
      }),
    );
    clock = new VirtualClock();
    const maxRate = await clock.run(() =>
      findMaxRate({
        targetP99Ms: 50,
        rates: [100, 200],
        clock,
        send: () => clock.sleep(20),
      }),
    );
    const table = formatTable([
      { route: 'inbox', targetP99Ms: 50, result: paced, extra: { note: 'x' } },
      { route: 'inbox', targetP99Ms: 50, maxRate },
      { route: 'inbox', targetP99Ms: 50, result: closed },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(
      /^\| route +\| load +\| +rate, req\/s \| p50 ms \| p99 ms \| max ms \| failed +\| target p99 +\| note \|$/,
    );
    expect(lines[1]).toMatch(/^\| -+ \| -+ \| -+: \| -+: \|/);
    expect(lines[2]).toMatch(
      /\| inbox \| paced +\| +100 \| +10\.0 \| +10\.0 \| +80\.0 \| 1 \(1 × 503\) +\| < 50 ms: MISSED \(1 of 100 requests failed\) +\| x +\|/,
    );
    expect(lines[3]).toMatch(
      /\| highest paced rate within target +\| +≥ 200 \| .*\| < 50 ms: met up to 200\/s \(every rate given met it\)/,
    );
    expect(lines[4]).toMatch(
      /\| closed loop, 2 clients back to back \(machine-bound\) \| 200 achieved \| .*\| no verdict: machine-bound +\| - +\|$/,
    );
    // Every line is as wide as the others.
    expect(new Set(lines.map(l => l.length)).size).toBe(1);
  });

  it('formats rates as they read best', () => {
    expect(formatRate(1234.4)).toBe('1,234');
    expect(formatRate(2.25)).toBe('2.3');
    expect(formatRate(undefined)).toBe('-');
  });
});
