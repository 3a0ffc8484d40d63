import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  DECISION_STATUSES,
  DecisionStatus,
} from '@internal/plugin-reference-architectures-common';
import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import { makeStyles } from '@material-ui/core/styles';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Pagination from '@material-ui/lab/Pagination';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { referenceArchitecturesApiRef } from '../../api/ReferenceArchitecturesApi';
import {
  ArchitectureIndexProvider,
  ArchitectureVersionLink,
  DECISION_STATUS_LABELS,
  DecisionsTable,
} from '../shared';
import { AdrSources } from './AdrSources';
import { RevisitsTable } from './RevisitsTable';

const PAGE_SIZE = 25;

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    alignItems: 'center',
    margin: theme.spacing(2, 0),
  },
  section: { marginBottom: theme.spacing(4) },
}));

/** Every decision the library records, and what is overdue for a revisit. */
export function DecisionsView() {
  const classes = useStyles();
  const api = useApi(referenceArchitecturesApiRef);
  // ?q= opens the page searched (search results link to it so).
  const [searchParams] = useSearchParams();
  const initial = (searchParams.get('q') ?? '').slice(0, 200);
  const [text, setText] = useState(initial);
  const [q, setQ] = useState(initial.trim());
  const [status, setStatus] = useState<DecisionStatus | ''>('');
  const [source, setSource] = useState<'' | 'architecture' | 'adr'>('');
  const [overdue, setOverdue] = useState(false);
  const [page, setPage] = useState(1);
  useDebounce(
    () => {
      setQ(text.trim());
      setPage(1);
    },
    300,
    [text],
  );
  const revisits = useAsync(() => api.listRevisits(), [api]);
  const decisions = useAsync(
    () =>
      api.listDecisions({
        q: q || undefined,
        status: status || undefined,
        overdue: overdue || undefined,
        source: source || undefined,
        offset: (page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
      }),
    [api, q, status, overdue, source, page],
  );
  const pages = decisions.value
    ? Math.ceil(decisions.value.totalCount / PAGE_SIZE)
    : 0;

  return (
    <ArchitectureIndexProvider>
      <section className={classes.section} aria-labelledby="ra-revisits">
        <Typography variant="h5" component="h2" id="ra-revisits">
          Overdue revisits
        </Typography>
        {revisits.error && <ResponseErrorPanel error={revisits.error} />}
        {revisits.loading && <Progress />}
        {revisits.value && <RevisitsTable revisits={revisits.value} />}
      </section>
      <section aria-labelledby="ra-decisions">
        <Typography variant="h5" component="h2" id="ra-decisions">
          Decisions
        </Typography>
        <div
          className={classes.bar}
          role="search"
          aria-label="Search decisions"
        >
          <TextField
            id="ra-decision-search"
            label="Search decisions"
            variant="outlined"
            size="small"
            type="search"
            value={text}
            inputProps={{ maxLength: 200 }}
            onChange={e => setText(e.target.value)}
          />
          <FormControl
            variant="outlined"
            size="small"
            style={{ minWidth: 160 }}
          >
            <InputLabel id="ra-decision-status-label">Status</InputLabel>
            <Select
              labelId="ra-decision-status-label"
              id="ra-decision-status"
              // Named by its label and its value, as it reads.
              SelectDisplayProps={{ id: 'ra-decision-status-display' }}
              label="Status"
              value={status}
              onChange={e => {
                setStatus(e.target.value as DecisionStatus | '');
                setPage(1);
              }}
            >
              <MenuItem value="">
                <em>Any</em>
              </MenuItem>
              {DECISION_STATUSES.map(s => (
                <MenuItem key={s} value={s}>
                  {DECISION_STATUS_LABELS[s]}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          <FormControl
            variant="outlined"
            size="small"
            style={{ minWidth: 200 }}
          >
            <InputLabel id="ra-decision-source-label">Recorded in</InputLabel>
            <Select
              labelId="ra-decision-source-label"
              id="ra-decision-source"
              // Named by its label and its value, as it reads.
              SelectDisplayProps={{ id: 'ra-decision-source-display' }}
              label="Recorded in"
              value={source}
              onChange={e => {
                setSource(e.target.value as '' | 'architecture' | 'adr');
                setPage(1);
              }}
            >
              <MenuItem value="">
                <em>Anywhere</em>
              </MenuItem>
              <MenuItem value="architecture">Reference architectures</MenuItem>
              <MenuItem value="adr">Entities' ADRs</MenuItem>
            </Select>
          </FormControl>
          <FormControlLabel
            control={
              <Checkbox
                checked={overdue}
                onChange={e => {
                  setOverdue(e.target.checked);
                  setPage(1);
                }}
              />
            }
            label="Only overdue for revisit"
          />
        </div>
        {decisions.error && <ResponseErrorPanel error={decisions.error} />}
        {decisions.loading && <Progress />}
        {decisions.value && !decisions.value.items.length && (
          <EmptyState
            missing="data"
            title="No decision matches"
            description="Try other words or fewer filters."
          />
        )}
        {decisions.value && decisions.value.items.length > 0 && (
          <DecisionsTable
            caption={`${decisions.value.totalCount} decisions`}
            decisions={decisions.value.items}
            where={d =>
              d.entityRef ? (
                <>
                  <div>
                    ADR of <EntityRefLink entityRef={d.entityRef} />
                  </div>
                  {(d.architectures ?? []).map(ref => (
                    <Typography
                      key={ref}
                      variant="body2"
                      color="textSecondary"
                      component="div"
                    >
                      which follows <ArchitectureVersionLink entityRef={ref} />
                    </Typography>
                  ))}
                </>
              ) : (
                (d.architectures ?? []).map(ref => (
                  <div key={ref}>
                    <ArchitectureVersionLink entityRef={ref} />
                  </div>
                ))
              )
            }
          />
        )}
        {pages > 1 && (
          <Pagination
            count={pages}
            page={page}
            onChange={(_e, p) => setPage(p)}
          />
        )}
      </section>
      <AdrSources />
    </ArchitectureIndexProvider>
  );
}
