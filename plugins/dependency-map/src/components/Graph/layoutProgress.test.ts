import Graph from 'graphology';
import { CONVERGED, movement, positionsOf } from './layoutProgress';

describe('layout progress', () => {
  it('reads the positions node by node', () => {
    const g = new Graph();
    g.addNode('a', { x: 1, y: 2 });
    g.addNode('b', { x: 3, y: -4 });
    expect(Array.from(positionsOf(g))).toEqual([1, 2, 3, -4]);
  });

  it('measures the mean movement as a share of the extent', () => {
    // Two nodes 100 apart; one moves by 3-4-5 (5), the other stays: the
    // mean is 2.5 over an extent of 100 (x: 0..100 after the move).
    const before = Float64Array.from([0, 0, 100, 0]);
    const after = Float64Array.from([3, 4, 100, 0]);
    expect(movement(before, after)).toBeCloseTo(2.5 / 97);
    expect(movement(after, after)).toBe(0);
  });

  it('tells a settled layout from a moving one', () => {
    const before = Float64Array.from([0, 0, 1000, 1000, 500, 0]);
    const jitter = Float64Array.from([0.5, 0, 1000, 1000.5, 500, 0]);
    const moving = Float64Array.from([40, 0, 1000, 960, 500, 30]);
    expect(movement(before, jitter)).toBeLessThan(CONVERGED);
    expect(movement(before, moving)).toBeGreaterThan(CONVERGED);
  });

  it('never calls a changed or empty graph converged', () => {
    expect(movement(new Float64Array(4), new Float64Array(6))).toBe(Infinity);
    expect(movement(new Float64Array(0), new Float64Array(0))).toBe(Infinity);
  });
});
