import { Progress, Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { AnnotationProblem } from '@internal/plugin-dependency-map-common';
import { LoadErrorPanel } from '@internal/plugin-fitsys-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { dependencyMapApiRef } from '../../api/DependencyMapApi';
import { formatCount } from '../shared/format';
import { Pager } from '../shared/Pager';

const PAGE = 100;

type ProblemRow = AnnotationProblem & { ref: string; id: string };

/** Columns of annotation problems; `withEntity` adds the entity column. */
export function problemColumns(withEntity: boolean): TableColumn<ProblemRow>[] {
  return [
    ...(withEntity
      ? [
          {
            title: 'Entity',
            render: (p: ProblemRow) => <EntityRefLink entityRef={p.ref} />,
          },
        ]
      : []),
    { title: 'Annotation', field: 'annotation' },
    { title: 'Value', field: 'value' },
    { title: 'Severity', field: 'severity' },
    { title: 'What to fix', field: 'message' },
  ];
}

/** Each annotation value the map cannot read, naming the fix. */
export function AnnotationProblemsView() {
  const api = useApi(dependencyMapApiRef);
  const [offset, setOffset] = useState(0);
  const { value, loading, error } = useAsync(
    () => api.getAnnotationProblems({ offset, limit: PAGE }),
    [api, offset],
  );
  const rows = useMemo(
    () =>
      (value?.items ?? []).flatMap(e =>
        e.problems.map((p, i) => ({ ...p, ref: e.ref, id: `${e.ref}#${i}` })),
      ),
    [value],
  );
  if (error) {
    return (
      <LoadErrorPanel
        error={error}
        what="The annotation problems"
        back={{ label: 'Hot spots', to: '..' }}
      />
    );
  }
  if (loading || !value) return <Progress />;
  return (
    <>
      <Table<ProblemRow>
        title={`Annotation problems (${formatCount(
          value.totalItems,
        )} entities)`}
        subtitle="Values the map cannot read; the rest of each entity still counts"
        columns={problemColumns(true)}
        data={rows}
        options={{
          // Column dragging nests a focusable handle in each sortable header.
          draggable: false,
          paging: rows.length > 20,
          pageSize: 20,
          padding: 'dense',
        }}
        emptyContent={
          <Box p={2}>
            <Typography>
              Every fitsys.dev/ annotation in the catalog reads cleanly.
            </Typography>
          </Box>
        }
      />
      <Pager
        offset={offset}
        limit={PAGE}
        total={value.totalItems}
        what="entities"
        onChange={setOffset}
      />
    </>
  );
}
