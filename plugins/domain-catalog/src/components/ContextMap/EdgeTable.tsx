import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  ContextMap,
  ContextMapEdge,
} from '@internal/plugin-domain-catalog-common';
import { ContextLink } from '../shared';

/** The map's relationships as a table: the accessible view of the diagram. */
export function EdgeTable(props: { map: ContextMap; title?: string }) {
  const contexts = new Map(props.map.contexts.map(c => [c.ref, c]));
  const link = (ref: string) => (
    <ContextLink context={contexts.get(ref) ?? ref} />
  );
  const columns: TableColumn<ContextMapEdge>[] = [
    { title: 'Upstream', field: 'upstream', render: e => link(e.upstream) },
    {
      title: 'Downstream',
      field: 'downstream',
      render: e => link(e.downstream),
    },
    { title: 'Patterns', field: 'label' },
    {
      title: 'API',
      render: e =>
        e.apis.length
          ? e.apis.map(a => <EntityRefLink key={a} entityRef={a} />)
          : '—',
    },
    {
      title: 'Declared by',
      render: e =>
        e.declaredBy.map(d => contexts.get(d)?.title ?? d).join(', '),
    },
  ];
  return (
    <Table<ContextMapEdge>
      title={props.title ?? 'Relationships'}
      options={{
        // Column dragging nests a focusable handle in each sortable header.
        draggable: false,
        paging: props.map.edges.length > 20,
        pageSize: 20,
        search: true,
        padding: 'dense',
      }}
      columns={columns}
      data={props.map.edges}
    />
  );
}
