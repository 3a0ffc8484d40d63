import { ContextMap, ContextSummary } from './api';

const CLASS_STYLES = {
  core: 'fill:#f9d6a5,stroke:#b26a00,color:#000',
  supporting: 'fill:#cfe3f7,stroke:#1f5f99,color:#000',
  generic: 'fill:#e4e4e4,stroke:#666,color:#000',
};
const DOT_FILL = { core: '#f9d6a5', supporting: '#cfe3f7', generic: '#e4e4e4' };

const safeId = (prefix: string, ref: string) =>
  `${prefix}_${ref.replace(/[^A-Za-z0-9]/g, '_')}`;
const title = (c: { title?: string; name: string }) => c.title ?? c.name;

function groupByDomain(map: ContextMap) {
  const groups = new Map<string, ContextSummary[]>();
  for (const c of map.contexts)
    groups.set(c.domain, [...(groups.get(c.domain) ?? []), c]);
  return groups;
}

/**
 * The map as a Mermaid flowchart: one subgraph per domain, contexts coloured
 * by classification, edges from upstream to downstream with their notation.
 */
export function contextMapToMermaid(map: ContextMap): string {
  const text = (s: string) => `"${s.replace(/"/g, '#quot;')}"`;
  const out = ['flowchart LR'];
  const domains = new Map(map.domains.map(d => [d.ref, d]));
  for (const [domain, contexts] of groupByDomain(map)) {
    const d = domains.get(domain);
    out.push(
      `  subgraph ${safeId('d', domain)}[${text(d ? title(d) : domain)}]`,
    );
    for (const c of contexts)
      out.push(`    ${safeId('c', c.ref)}[${text(title(c))}]`);
    out.push('  end');
  }
  for (const e of map.edges) {
    const arrow = e.symmetric ? '<-- ' : '-- ';
    out.push(
      `  ${safeId('c', e.upstream)} ${arrow}${text(e.label)} --> ${safeId(
        'c',
        e.downstream,
      )}`,
    );
  }
  for (const [name, style] of Object.entries(CLASS_STYLES))
    out.push(`  classDef ${name} ${style}`);
  for (const c of map.contexts) {
    if (c.classification)
      out.push(`  class ${safeId('c', c.ref)} ${c.classification}`);
  }
  return `${out.join('\n')}\n`;
}

/** The map as Graphviz DOT: a cluster per domain, labelled edges, symmetric ones both ways. */
export function contextMapToDot(map: ContextMap): string {
  const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const out = [
    'digraph ContextMap {',
    '  rankdir=LR;',
    '  node [shape=box, style="rounded,filled", fillcolor="#ffffff"];',
  ];
  const domains = new Map(map.domains.map(d => [d.ref, d]));
  for (const [domain, contexts] of groupByDomain(map)) {
    const d = domains.get(domain);
    out.push(
      `  subgraph ${q(`cluster_${domain}`)} {`,
      `    label=${q(d ? title(d) : domain)};`,
    );
    for (const c of contexts) {
      const fill = c.classification
        ? `, fillcolor=${q(DOT_FILL[c.classification])}`
        : '';
      out.push(`    ${q(c.ref)} [label=${q(title(c))}${fill}];`);
    }
    out.push('  }');
  }
  for (const e of map.edges) {
    const dir = e.symmetric ? ', dir=both' : '';
    out.push(
      `  ${q(e.upstream)} -> ${q(e.downstream)} [label=${q(e.label)}${dir}];`,
    );
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
