import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { ArchitectureDetail } from '@internal/plugin-reference-architectures-common';
import FormControl from '@material-ui/core/FormControl';
import Grid from '@material-ui/core/Grid';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import { makeStyles } from '@material-ui/core/styles';
import Pagination from '@material-ui/lab/Pagination';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  AdopterStatus,
  referenceArchitecturesApiRef,
} from '../../api/ReferenceArchitecturesApi';
import { AdoptersTable } from './AdoptersTable';
import { TrendChart } from './TrendChart';

const PAGE_SIZE = 25;

const STATUS_LABELS: Record<AdopterStatus, string> = {
  conforming: 'Conforming',
  violating: 'Violating a rule',
  outdated: 'On an outdated version',
  problem: 'With an adoption problem',
};

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  control: { minWidth: '13rem' },
}));

/** Who follows the architecture, worst first, and how adoption has gone. */
export function AdoptersTab(props: { detail: ArchitectureDetail }) {
  const classes = useStyles();
  const api = useApi(referenceArchitecturesApiRef);
  const { summary } = props.detail;
  const [status, setStatus] = useState<AdopterStatus | ''>('');
  const [version, setVersion] = useState('');
  const [page, setPage] = useState(1);
  const adopters = useAsync(
    () =>
      api.listAdopters(summary.series, {
        status: status || undefined,
        version: version || undefined,
        offset: (page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
      }),
    [api, summary.series, status, version, page],
  );
  const trend = useAsync(
    () => api.getTrend(summary.series),
    [api, summary.series],
  );
  const pages = adopters.value
    ? Math.ceil(adopters.value.totalCount / PAGE_SIZE)
    : 0;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard title="Adopters">
          <div className={classes.bar}>
            <FormControl
              variant="outlined"
              size="small"
              className={classes.control}
            >
              <InputLabel id="ra-adopter-status-label">Status</InputLabel>
              <Select
                labelId="ra-adopter-status-label"
                id="ra-adopter-status"
                // Named by its label and its value, as it reads.
                SelectDisplayProps={{ id: 'ra-adopter-status-display' }}
                label="Status"
                value={status}
                onChange={e => {
                  setStatus(e.target.value as AdopterStatus | '');
                  setPage(1);
                }}
              >
                <MenuItem value="">
                  <em>Any</em>
                </MenuItem>
                {Object.entries(STATUS_LABELS).map(([value, label]) => (
                  <MenuItem key={value} value={value}>
                    {label}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
            <FormControl
              variant="outlined"
              size="small"
              className={classes.control}
            >
              <InputLabel id="ra-adopter-version-label">Version</InputLabel>
              <Select
                labelId="ra-adopter-version-label"
                id="ra-adopter-version"
                // Named by its label and its value, as it reads.
                SelectDisplayProps={{ id: 'ra-adopter-version-display' }}
                label="Version"
                value={version}
                onChange={e => {
                  setVersion(String(e.target.value));
                  setPage(1);
                }}
              >
                <MenuItem value="">
                  <em>Any</em>
                </MenuItem>
                {summary.versions.map(v => (
                  <MenuItem key={v.version} value={v.version}>
                    {v.version} ({v.adopters} adopters)
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
          </div>
          {adopters.error && <ResponseErrorPanel error={adopters.error} />}
          {adopters.loading && <Progress />}
          {adopters.value && !adopters.value.items.length && (
            <EmptyState
              missing="data"
              title={
                status || version ? 'No adopter matches' : 'No adopters yet'
              }
              description={
                status || version
                  ? 'Try another status or version.'
                  : 'A system or component follows it with the fitsys.dev/reference-architecture annotation.'
              }
            />
          )}
          {adopters.value && adopters.value.items.length > 0 && (
            <AdoptersTable
              adopters={adopters.value.items}
              caption={`${adopters.value.totalCount} adopters, the most in need of attention first`}
            />
          )}
          {pages > 1 && (
            <Pagination
              count={pages}
              page={page}
              onChange={(_e, p) => setPage(p)}
            />
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Adoption over time">
          {trend.error && <ResponseErrorPanel error={trend.error} />}
          {trend.loading && <Progress />}
          {trend.value && <TrendChart points={trend.value} />}
        </InfoCard>
      </Grid>
    </Grid>
  );
}
