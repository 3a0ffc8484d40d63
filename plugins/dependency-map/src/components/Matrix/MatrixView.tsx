import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { LoadErrorPanel } from '@internal/plugin-fitsys-react';
import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import Paper from '@material-ui/core/Paper';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { dependencyMapApiRef } from '../../api/DependencyMapApi';
import { plural } from '../shared/format';
import { NoAnnotations } from '../shared/NoAnnotations';
import { NodeName } from '../shared/NodeLink';
import { buildMatrix, MatrixCell } from './matrixModel';

const COLUMN_CHOICES = [6, 12, 20];
const MAX_ROWS = 60;
/** Impacted entities read per shared dependency. */
const ENTITIES_PER_COLUMN = 1000;

const useStyles = makeStyles(theme => ({
  scroll: { overflow: 'auto', maxHeight: 640 },
  table: {
    borderCollapse: 'collapse',
    fontSize: theme.typography.body2.fontSize,
    '& th, & td': {
      border: `1px solid ${theme.palette.divider}`,
      padding: theme.spacing(0.5, 1),
    },
    '& thead th': {
      position: 'sticky',
      top: 0,
      background: theme.palette.background.paper,
      verticalAlign: 'bottom',
      minWidth: 90,
      maxWidth: 140,
      overflowWrap: 'break-word',
      zIndex: 1,
    },
    '& tbody th': { textAlign: 'left', whiteSpace: 'nowrap' },
  },
  direct: { textAlign: 'center', color: theme.palette.error.main },
  transitive: { textAlign: 'center', color: theme.palette.warning.main },
}));

const SYMBOL = { direct: '●', transitive: '○' };
const SAYS = {
  direct: 'needs it directly',
  transitive: 'needs it through others',
};

/** Services against the top shared dependencies: who fails with what, declared or hidden. */
export function MatrixView() {
  const api = useApi(dependencyMapApiRef);
  const classes = useStyles();
  const [columns, setColumns] = useState(12);
  const { value, loading, error } = useAsync(async () => {
    const top = await api.getHotSpots({ limit: columns });
    const items = await Promise.all(
      top.items.map(h => api.getInventoryItem(h.node.id, ENTITIES_PER_COLUMN)),
    );
    return buildMatrix(items, MAX_ROWS);
  }, [api, columns]);

  if (error) {
    return (
      <LoadErrorPanel
        error={error}
        what="The matrix"
        back={{ label: 'Hot spots', to: '..' }}
      />
    );
  }
  const picker = (
    <Box maxWidth={240} mb={2}>
      <TextField
        select
        id="matrix-columns"
        fullWidth
        size="small"
        variant="outlined"
        label="Shared dependencies shown"
        value={columns}
        onChange={e => setColumns(Number(e.target.value))}
        // Named by its label and its value, as it reads.
        SelectProps={{ SelectDisplayProps: { id: 'matrix-columns-display' } }}
      >
        {COLUMN_CHOICES.map(c => (
          <MenuItem key={c} value={c}>
            the top {c}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
  if (loading || !value)
    return (
      <>
        {picker}
        <Progress />
      </>
    );
  if (!value.columns.length)
    return <NoAnnotations title="No shared dependencies yet" />;
  const cell = (c: MatrixCell, service: string, dep: string, key: number) =>
    c ? (
      <td
        key={key}
        className={classes[c]}
        aria-label={`${service} ${SAYS[c]}: ${dep}`}
      >
        <span aria-hidden>{SYMBOL[c]}</span>
      </td>
    ) : (
      <td key={key} aria-label={`${service} does not need ${dep}`} />
    );
  return (
    <>
      {picker}
      <Typography variant="body2" paragraph>
        ● declares the dependency (or needs it directly); ○ reaches it only
        through others, the hidden coupling. Services sharing the most first.
      </Typography>
      <Paper variant="outlined" className={classes.scroll}>
        <table className={classes.table}>
          <caption
            style={{ captionSide: 'bottom', textAlign: 'left', padding: 8 }}
          >
            Services against the top{' '}
            {plural(
              value.columns.length,
              'shared dependency',
              'shared dependencies',
            )}
            {value.moreRows
              ? `; ${plural(value.moreRows, 'more service')} not shown`
              : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Service</th>
              {value.columns.map(c => (
                <th scope="col" key={c.id}>
                  <NodeName node={c} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {value.rows.map(r => (
              <tr key={r.service.id}>
                <th scope="row">
                  <NodeName node={r.service} />
                </th>
                {r.cells.map((c, i) =>
                  cell(c, r.service.label, value.columns[i].label, i),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </Paper>
    </>
  );
}
