import {
  DependencyNode,
  InventoryItem,
} from '@internal/plugin-dependency-map-common';

/** How a service needs a shared dependency: declared directly, or only through others. */
export type MatrixCell = 'direct' | 'transitive' | undefined;

/** Services against the shared dependencies they would fail with. */
export interface DependencyMatrix {
  columns: DependencyNode[];
  rows: Array<{ service: DependencyNode; cells: MatrixCell[]; shared: number }>;
  /** Services left out past the row bound. */
  moreRows: number;
}

/**
 * Builds the matrix from the inventory of each shared dependency: a row per
 * service (component) that fails with at least one of them, the services
 * sharing the most first.
 */
export function buildMatrix(
  items: InventoryItem[],
  maxRows: number,
): DependencyMatrix {
  const rows = new Map<
    string,
    { service: DependencyNode; cells: MatrixCell[] }
  >();
  const row = (n: DependencyNode) => {
    let r = rows.get(n.id);
    if (!r) {
      r = { service: n, cells: items.map(() => undefined) };
      rows.set(n.id, r);
    }
    return r;
  };
  items.forEach((item, column) => {
    for (const n of item.entities) {
      if (n.kind === 'component') row(n).cells[column] = 'transitive';
    }
    for (const n of item.direct) {
      if (n.kind === 'component') row(n).cells[column] = 'direct';
    }
  });
  const all = [...rows.values()]
    .map(r => ({ ...r, shared: r.cells.filter(Boolean).length }))
    .sort(
      (a, b) =>
        b.shared - a.shared || a.service.label.localeCompare(b.service.label),
    );
  return {
    columns: items.map(i => i.node),
    rows: all.slice(0, maxRows),
    moreRows: Math.max(0, all.length - maxRows),
  };
}
