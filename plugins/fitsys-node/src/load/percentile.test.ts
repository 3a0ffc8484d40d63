import { percentile, summarizeLatencies } from './percentile';

describe('percentile', () => {
  const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  it('takes the nearest rank: the value at rank ⌈p/100 × n⌉', () => {
    expect(percentile(oneTo(100), 50)).toBe(50);
    expect(percentile(oneTo(100), 99)).toBe(99);
    expect(percentile(oneTo(300), 99)).toBe(297);
    expect(percentile(oneTo(10), 99)).toBe(10);
    expect(percentile(oneTo(10), 91)).toBe(10);
    expect(percentile(oneTo(10), 90)).toBe(9);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
  });

  it('is always a measured value, never an interpolation', () => {
    expect(percentile([1, 1000], 50)).toBe(1);
    expect(percentile([1, 1000], 51)).toBe(1000);
  });

  it('gives the ends at 0 and 100, NaN for no values, and refuses other p', () => {
    expect(percentile([3, 5, 8], 0)).toBe(3);
    expect(percentile([3, 5, 8], 100)).toBe(8);
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], NaN)).toThrow(RangeError);
  });
});

describe('summarizeLatencies', () => {
  it('sorts a copy and gives the usual figures', () => {
    const values = [5, 1, 4, 2, 3];
    expect(summarizeLatencies(values)).toEqual({
      count: 5,
      min: 1,
      p50: 3,
      p90: 5,
      p99: 5,
      max: 5,
      mean: 3,
    });
    expect(values).toEqual([5, 1, 4, 2, 3]);
    expect(summarizeLatencies([]).p99).toBeNaN();
  });
});
