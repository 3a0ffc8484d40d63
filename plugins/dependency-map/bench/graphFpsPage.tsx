// The page of the graph-smoothness benchmark (bench/graphFps.mjs bundles
// it): the dependency map's own GraphCanvas (sigma.js on graphology),
// drawing a synthetic subgraph of `?nodes=2000` gathered as the graph view
// gathers it when asked to draw every node, in the portal's light theme.
// window.graphBench lets the runner wait for it and count frames.
import { createTheme, ThemeProvider } from '@material-ui/core/styles';
import {
  DependencyNode,
  DependencySubgraph,
} from '@internal/plugin-dependency-map-common';
import { createRoot } from 'react-dom/client';
import GraphCanvas from '../src/components/Graph/GraphCanvas';
import {
  aggregate,
  filterSubgraph,
  NO_FILTERS,
} from '../src/components/Graph/graphModel';

/** A deterministic subgraph shaped like a walk around a busy component. */
function syntheticSubgraph(count: number): DependencySubgraph {
  let state = 12345;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const kinds = ['component', 'component', 'component', 'api', 'resource'];
  const facts = ['zone', 'image', 'library', 'region'];
  const nodes: DependencyNode[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % 25 === 0) {
      const type = facts[i % facts.length] as DependencyNode['type'];
      nodes.push({ id: `${type}:fact-${i}`, type, label: `${type} ${i}` });
      continue;
    }
    const kind = kinds[Math.floor(next() * kinds.length)];
    nodes.push({
      id: `${kind}:default/service-${i}`,
      type: 'entity',
      kind: kind as DependencyNode['kind'],
      label: `service-${i}`,
      owner: `group:default/team-${i % 40}`,
      system: `system:default/system-${i % 120}`,
      domain: `domain:default/domain-${i % 12}`,
      tier: ((i % 3) + 1) as 1 | 2 | 3,
    });
  }
  // A tree from the focus (every node reachable), plus cross edges with
  // locality: about 2.5 edges a node, as the 50,000-entity catalog has.
  const edges: Array<[number, number]> = [];
  for (let i = 1; i < count; i++) {
    edges.push([Math.floor(next() * Math.min(i, 50 + i / 4)), i]);
  }
  for (let i = 0; i < count * 1.5; i++) {
    const u = Math.floor(next() * count);
    const v = Math.min(count - 1, u + 1 + Math.floor(next() * 60));
    if (u !== v) edges.push([u, v]);
  }
  const seen = new Set<string>();
  return {
    focus: nodes[0].id,
    nodes,
    edges: edges.filter(([u, v]) => {
      const key = `${u}>${v}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
    truncated: false,
  };
}

const count = Number(new URLSearchParams(location.search).get('nodes')) || 2000;
const drawn = aggregate(filterSubgraph(syntheticSubgraph(count), NO_FILTERS), {
  groupBy: 'none',
  expanded: new Set(),
  drawAll: true,
});

declare global {
  interface Window {
    graphBench: {
      nodes: number;
      edges: number;
      /** Frame intervals (ms) from requestAnimationFrame while `fn` runs. */
      frames: (fn: () => Promise<void>) => Promise<number[]>;
    };
  }
}

window.graphBench = {
  nodes: drawn.nodes.length,
  edges: drawn.edges.length,
  async frames(fn) {
    const intervals: number[] = [];
    let last = performance.now();
    let running = true;
    const tick = (now: number) => {
      intervals.push(now - last);
      last = now;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(now => {
      last = now;
      requestAnimationFrame(tick);
    });
    await fn();
    running = false;
    return intervals;
  },
};

createRoot(document.getElementById('root')!).render(
  <ThemeProvider theme={createTheme({ palette: { type: 'light' } })}>
    <GraphCanvas graph={drawn} onNodeClick={() => {}} height={560} />
  </ThemeProvider>,
);
