import {
  EmptyState,
  LinkButton,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import Pagination from '@material-ui/lab/Pagination';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { referenceArchitecturesApiRef } from '../../api/ReferenceArchitecturesApi';
import { compareRouteRef } from '../../routes';
import { ArchitectureCard } from './ArchitectureCard';
import { LibraryFilters } from './LibraryFilters';
import { PAGE_SIZE, useLibraryQuery } from './useLibraryQuery';

const useStyles = makeStyles(theme => ({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(2),
  },
  pagination: { marginTop: theme.spacing(3) },
}));

/** The library: every reference architecture, searched and filtered, as cards. */
export function LibraryView() {
  const classes = useStyles();
  const api = useApi(referenceArchitecturesApiRef);
  const comparePath = useRouteRef(compareRouteRef);
  const { query, update } = useLibraryQuery();
  const [selected, setSelected] = useState<string[]>([]);
  const { value, loading, error } = useAsync(
    () => api.listArchitectures(query),
    [api, query],
  );
  const filtered = Boolean(
    query.q || query.lifecycle || query.quality || query.tag || query.owner,
  );
  const pages = value ? Math.ceil(value.totalCount / PAGE_SIZE) : 0;
  const page = Math.floor((query.offset ?? 0) / PAGE_SIZE) + 1;

  let results;
  if (error) results = <ResponseErrorPanel error={error} />;
  else if (loading && !value) results = <Progress />;
  else if (value && !value.items.length)
    results = (
      <EmptyState
        missing={filtered ? 'data' : 'content'}
        title={
          filtered
            ? 'No reference architecture matches'
            : 'The library is empty'
        }
        description={
          filtered
            ? 'Try other words or fewer filters.'
            : 'A reference architecture is a ReferenceArchitecture entity in the catalog; register one to see it here.'
        }
      />
    );
  else if (value)
    results = (
      <>
        {loading && <Progress />}
        <Grid
          container
          spacing={3}
          component="ul"
          style={{ listStyle: 'none', padding: 0 }}
        >
          {value.items.map(a => (
            <Grid item xs={12} md={6} lg={4} key={a.series} component="li">
              <ArchitectureCard
                architecture={a}
                selected={selected.includes(a.series)}
                selectDisabled={selected.length >= 2}
                onSelect={on =>
                  setSelected(s =>
                    on ? [...s, a.series] : s.filter(x => x !== a.series),
                  )
                }
              />
            </Grid>
          ))}
        </Grid>
        {pages > 1 && (
          <Pagination
            className={classes.pagination}
            count={pages}
            page={page}
            onChange={(_e, p) =>
              update({ offset: String((p - 1) * PAGE_SIZE) })
            }
            getItemAriaLabel={(type, p, isSelected) =>
              type === 'page'
                ? `${isSelected ? '' : 'Go to '}page ${p}`
                : `Go to ${type} page`
            }
          />
        )}
      </>
    );

  const [left, right] = selected;
  return (
    <>
      <LibraryFilters query={query} facets={value?.facets} onChange={update} />
      <div className={classes.toolbar}>
        <Typography variant="body2" role="status">
          {value
            ? `${value.totalCount} reference architecture${
                value.totalCount === 1 ? '' : 's'
              }`
            : ''}
        </Typography>
        <div>
          <Typography variant="body2" component="span">
            {selected.length < 2
              ? `Choose two to compare (${selected.length} of 2 chosen) `
              : ''}
          </Typography>
          <LinkButton
            to={
              left && right
                ? `${comparePath()}?left=${encodeURIComponent(
                    left,
                  )}&right=${encodeURIComponent(right)}`
                : comparePath()
            }
            variant="outlined"
            color="primary"
            disabled={selected.length !== 2}
          >
            Compare chosen
          </LinkButton>
        </div>
      </div>
      {results}
    </>
  );
}
