import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  ContextDetails,
  ContextMember,
} from '@internal/plugin-domain-catalog-common';
import Grid from '@material-ui/core/Grid';
import { EdgeTable } from '../ContextMap/EdgeTable';

/** A context's relationships and the entities that belong to it. */
export function ContextOverview(props: { details: ContextDetails }) {
  const { details } = props;
  const columns: TableColumn<ContextMember>[] = [
    { title: 'Entity', render: m => <EntityRefLink entityRef={m.ref} /> },
    { title: 'Kind', field: 'kind' },
    {
      title: 'Belongs through',
      render: m =>
        m.via === 'system' && m.system ? (
          <>
            its system, <EntityRefLink entityRef={m.system} />
          </>
        ) : (
          'its own annotation'
        ),
    },
  ];
  return (
    <Grid container spacing={2}>
      <Grid item xs={12}>
        <EdgeTable
          title="Relationships"
          map={{
            contexts: [details.context, ...details.neighbours],
            domains: [],
            edges: details.edges,
            generatedAt: '',
          }}
        />
      </Grid>
      <Grid item xs={12}>
        {details.members.length === 0 ? (
          <InfoCard title="Members">
            No entity belongs to this context yet. Give components, APIs,
            resources or systems the annotation fitsys.dev/bounded-context:{' '}
            {details.context.name}
          </InfoCard>
        ) : (
          <Table<ContextMember>
            title={`Members (${details.members.length})`}
            columns={columns}
            data={details.members}
            options={{
              // Column dragging nests a focusable handle in each sortable header.
              draggable: false,
              paging: details.members.length > 20,
              pageSize: 20,
              padding: 'dense',
            }}
          />
        )}
      </Grid>
    </Grid>
  );
}
