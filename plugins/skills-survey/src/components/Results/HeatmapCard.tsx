import { InfoCard, Progress } from '@backstage/core-components';
import {
  HEATMAP_PAGE,
  HeatmapLevel,
} from '@internal/plugin-skills-survey-common';
import { messageOf } from '@internal/plugin-fitsys-react';
import Box from '@material-ui/core/Box';
import Breadcrumbs from '@material-ui/core/Breadcrumbs';
import Link from '@material-ui/core/Link';
import MenuItem from '@material-ui/core/MenuItem';
import TablePagination from '@material-ui/core/TablePagination';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { makeStyles } from '@material-ui/core/styles';
import { useState } from 'react';
import { HeatmapLegend, HeatmapTable } from './Heatmap';
import { useHeatmap } from './useResults';

type View =
  | { level: HeatmapLevel }
  | {
      parent: string;
      title: string;
      path: Array<{ ref: string; title: string }>;
    };

// On a phone the pager wraps instead of pushing its buttons off the card.
const usePagerStyles = makeStyles({
  toolbar: { flexWrap: 'wrap', paddingLeft: 0, justifyContent: 'flex-end' },
  spacer: { flex: '0 0 0' },
});

const LEVEL_LABELS: Record<HeatmapLevel, string> = {
  department: 'Departments',
  team: 'Every team',
};

/**
 * The heatmap a page of teams at a time: departments, every team, or the
 * groups under one (drilled into from its row), with the way back up.
 */
export function HeatmapCard(props: { campaignId: string }) {
  const pager = usePagerStyles();
  const [view, setView] = useState<View>({ level: 'department' });
  const [offset, setOffset] = useState(0);
  const [limit, setLimit] = useState<number>(HEATMAP_PAGE.default);
  const { value, loading, error } = useHeatmap(props.campaignId, {
    ...('level' in view ? { level: view.level } : { parent: view.parent }),
    offset,
    limit,
  });
  const show = (next: View) => {
    setView(next);
    setOffset(0);
  };
  const totalTitle = 'level' in view ? 'Organisation' : `${view.title} (all)`;
  return (
    <InfoCard
      title="Team × technology"
      subheader="Share of respondents at the independent level or above"
    >
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        mb={1}
        style={{ gap: 16 }}
      >
        <TextField
          select
          id="skills-survey-heatmap-level"
          size="small"
          variant="outlined"
          label="Rows"
          value={'level' in view ? view.level : 'parent'}
          onChange={e => show({ level: e.target.value as HeatmapLevel })}
          style={{ minWidth: 180 }}
          // Named by its label and its value, as it reads.
          SelectProps={{
            SelectDisplayProps: { id: 'skills-survey-heatmap-level-display' },
          }}
        >
          <MenuItem value="department">{LEVEL_LABELS.department}</MenuItem>
          <MenuItem value="team">{LEVEL_LABELS.team}</MenuItem>
          {'parent' in view && (
            <MenuItem value="parent" disabled>
              Groups under {view.title}
            </MenuItem>
          )}
        </TextField>
        {'parent' in view && (
          <Breadcrumbs aria-label="Groups above">
            {view.path.map((p, i) =>
              p.ref === '' ? (
                <Link
                  key="organisation"
                  component="button"
                  onClick={() => show({ level: 'department' })}
                >
                  Organisation
                </Link>
              ) : (
                <Link
                  key={p.ref}
                  component="button"
                  onClick={() =>
                    show({
                      parent: p.ref,
                      title: p.title,
                      path: view.path.slice(0, i),
                    })
                  }
                >
                  {p.title}
                </Link>
              ),
            )}
            <Typography color="textPrimary" aria-current="page">
              {view.title}
            </Typography>
          </Breadcrumbs>
        )}
      </Box>
      <Box mb={1}>
        <HeatmapLegend />
      </Box>
      {loading && <Progress />}
      {error && (
        <Alert severity="error">
          Could not load this page of the heatmap: {messageOf(error)}
        </Alert>
      )}
      {value && !loading && (
        <>
          <Box style={{ overflowX: 'auto' }}>
            <HeatmapTable
              page={value}
              totalTitle={totalTitle}
              onOpen={row =>
                show({
                  parent: row.team.ref,
                  title: row.team.title,
                  path: [
                    ...('parent' in view
                      ? [...view.path, { ref: view.parent, title: view.title }]
                      : [{ ref: '', title: 'Organisation' }]),
                  ],
                })
              }
            />
          </Box>
          {value.totalRows === 0 && (
            <Typography variant="body2" color="textSecondary">
              No groups here.
            </Typography>
          )}
          <TablePagination
            component="div"
            classes={{ toolbar: pager.toolbar, spacer: pager.spacer }}
            count={value.totalRows}
            page={Math.floor(offset / limit)}
            rowsPerPage={limit}
            rowsPerPageOptions={[10, 25, 50, 100]}
            labelRowsPerPage="Teams per page"
            onPageChange={(_e, page) => setOffset(page * limit)}
            onRowsPerPageChange={e => {
              setLimit(Number(e.target.value));
              setOffset(0);
            }}
          />
        </>
      )}
    </InfoCard>
  );
}
