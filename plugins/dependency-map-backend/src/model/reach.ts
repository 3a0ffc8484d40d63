import { DependencyGraph } from './graph';

/**
 * Breadth-first reach over the graph from a set of nodes, with an explicit
 * queue (no recursion). One Reach per graph: its marks are reused from call
 * to call, so a walk costs what it visits, not the graph's size.
 */
export class Reach {
  private readonly mark: Uint32Array;
  private stamp = 0;
  private readonly queue: Int32Array;

  constructor(private readonly g: DependencyGraph) {
    this.mark = new Uint32Array(g.nodeCount);
    this.queue = new Int32Array(g.nodeCount);
  }

  /**
   * The nodes that need any of `sources`, transitively (their dependents),
   * nearest first, the sources left out. `entitiesOnly` keeps to entities.
   */
  dependents(sources: Iterable<number>): Int32Array {
    return this.walk(sources, this.g.inStart, this.g.in, false).slice();
  }

  /**
   * As `dependents`, but a view of this Reach's own queue, valid until its
   * next walk: for answering a request without copying (or allocating a
   * buffer the size of) what the walk reached.
   */
  dependentsView(sources: Iterable<number>): Int32Array {
    return this.walk(sources, this.g.inStart, this.g.in, false);
  }

  /** The nodes any of `sources` needs, transitively, nearest first; entity nodes only when asked. */
  dependencies(sources: Iterable<number>, entitiesOnly = false): Int32Array {
    return this.walk(
      sources,
      this.g.outStart,
      this.g.out,
      entitiesOnly,
    ).slice();
  }

  /**
   * Whether the latest walk reached v (its sources included): valid until
   * the next walk, and so to be asked right after one.
   */
  reached(v: number): boolean {
    return this.mark[v] === this.stamp;
  }

  /** The walk's nodes, as a view of the queue (valid until the next walk). */
  private walk(
    sources: Iterable<number>,
    start: Int32Array,
    list: Int32Array,
    entitiesOnly: boolean,
  ): Int32Array {
    if (++this.stamp === 0xffffffff) {
      this.mark.fill(0);
      this.stamp = 1;
    }
    const { mark, queue, stamp } = this;
    let head = 0;
    let tail = 0;
    for (const s of sources) {
      if (mark[s] !== stamp) {
        mark[s] = stamp;
        queue[tail++] = s;
      }
    }
    const sourceCount = tail;
    const limit = this.g.entityCount;
    while (head < tail) {
      const v = queue[head++];
      for (let e = start[v]; e < start[v + 1]; e++) {
        const w = list[e];
        if (mark[w] === stamp || (entitiesOnly && w >= limit)) continue;
        mark[w] = stamp;
        queue[tail++] = w;
      }
    }
    return queue.subarray(sourceCount, tail);
  }
}
