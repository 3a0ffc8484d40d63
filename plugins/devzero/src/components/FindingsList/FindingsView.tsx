import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { FindingListQuery } from '../../api/DevzeroApi';
import { FindingsFilters } from './FindingsFilters';
import { FindingsTable, FindingsTableOptions } from './FindingsTable';
import { useExportFindings } from './useExportFindings';
import { useFindings } from './useFindings';
import { useFindingsQuery } from './useFindingsQuery';

/** "60 findings", or "More than 10,000 findings" when the backend stopped counting. */
function countOf(page: { totalItems: number; totalCapped?: boolean }) {
  return `${
    page.totalCapped ? 'More than ' : ''
  }${page.totalItems.toLocaleString('en-US')} finding${
    page.totalItems === 1 ? '' : 's'
  }`;
}

/**
 * Findings with their filters, sorting and paging, all kept in the URL so a
 * view can be shared. `fixed` filters (the entity tab's entity, "my
 * findings") and the filters of hidden columns are not shown as controls.
 */
export function FindingsView(
  props: {
    fixed?: FindingListQuery;
    caption: string;
    empty?: ReactNode;
  } & FindingsTableOptions,
) {
  const { params, query, update } = useFindingsQuery(props.fixed);
  const { value, loading, error } = useFindings(query);
  const { download } = useExportFindings(query);

  // A fixed filter has no control, and neither has a column the table hides
  // (the entity tab's findings all have one entity and, nearly always, one
  // owner).
  const hidden = new Set(Object.keys(props.fixed ?? {}));
  if (props.hideEntity) hidden.add('entity');
  if (props.hideOwner) hidden.add('owner');
  return (
    <>
      <FindingsFilters
        params={params}
        query={query}
        hidden={hidden}
        onChange={update}
      />
      <Box display="flex" alignItems="center" mb={1}>
        <Typography
          variant="body2"
          color="textSecondary"
          style={{ flexGrow: 1 }}
        >
          {value ? countOf(value) : ''}
        </Typography>
        <Button size="small" onClick={() => download('csv')}>
          Export CSV
        </Button>
        <Button size="small" onClick={() => download('json')}>
          Export JSON
        </Button>
      </Box>
      {error && <ResponseErrorPanel error={error} />}
      {loading && <Progress />}
      {value && value.totalItems === 0 && (
        <Box py={4}>
          {props.empty ?? (
            <Typography color="textSecondary">
              No findings match these filters.
            </Typography>
          )}
        </Box>
      )}
      {value && value.totalItems > 0 && (
        <FindingsTable
          caption={props.caption}
          items={value.items}
          totalItems={value.totalItems}
          totalCapped={value.totalCapped}
          offset={query.offset ?? 0}
          limit={query.limit ?? 25}
          hideEntity={props.hideEntity}
          hideOwner={props.hideOwner}
          onPage={(offset, limit) =>
            update({ offset: String(offset), limit: String(limit) })
          }
        />
      )}
    </>
  );
}
