import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Link } from '@backstage/core-components';
import { Finding } from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { findingRouteRef } from '../../routes';
import {
  CATEGORY_LABELS,
  currentClock,
  formatMinutes,
  JOURNEY_STEP_LABELS,
  SeverityChip,
  SlaChip,
  StatusChip,
  When,
} from '../shared';

/** Which columns a table leaves out (the entity tab knows its entity). */
export interface FindingsTableOptions {
  hideEntity?: boolean;
  hideOwner?: boolean;
}

/** A page of findings, with server-side paging. */
export function FindingsTable(
  props: {
    items: Finding[];
    totalItems: number;
    /** There are more than `totalItems` (the backend stopped counting). */
    totalCapped?: boolean;
    offset: number;
    limit: number;
    onPage: (offset: number, limit: number) => void;
    caption: string;
  } & FindingsTableOptions,
) {
  const findingLink = useRouteRef(findingRouteRef);
  const { items, totalItems, totalCapped, offset, limit, onPage } = props;
  // The entity and its owner share a column, the owner under the entity, so
  // that the table fits beside the sidebar without breaking names.
  let where: string | undefined;
  if (!props.hideEntity)
    where = props.hideOwner ? 'Entity' : 'Entity and owner';
  else if (!props.hideOwner) where = 'Owner';
  return (
    <>
      <Box style={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={props.caption}>
          <TableHead>
            <TableRow>
              <TableCell>Finding</TableCell>
              {where && <TableCell>{where}</TableCell>}
              <TableCell>Severity</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>SLA</TableCell>
              <TableCell align="right" style={{ whiteSpace: 'nowrap' }}>
                Minutes lost
              </TableCell>
              <TableCell>Filed</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map(f => {
              const clock = currentClock(f);
              return (
                <TableRow key={f.id} hover>
                  <TableCell style={{ minWidth: 200 }}>
                    <Link to={findingLink({ id: f.id })}>{f.title}</Link>
                    <Typography
                      variant="caption"
                      display="block"
                      color="textSecondary"
                    >
                      {JOURNEY_STEP_LABELS[f.journeyStep]} ·{' '}
                      {CATEGORY_LABELS[f.category]}
                      {f.meTooCount > 0 && ` · ${f.meTooCount} me too`}
                      {f.commentCount > 0 &&
                        ` · ${f.commentCount} comment${
                          f.commentCount === 1 ? '' : 's'
                        }`}
                    </Typography>
                  </TableCell>
                  {where && (
                    <TableCell style={{ minWidth: 160 }}>
                      {!props.hideEntity && (
                        <EntityRefLink entityRef={f.entityRef} />
                      )}
                      {!props.hideOwner && (
                        <Typography
                          variant={props.hideEntity ? 'body2' : 'caption'}
                          display="block"
                          color={props.hideEntity ? 'initial' : 'textSecondary'}
                        >
                          <EntityRefLink entityRef={f.ownerRef} />
                        </Typography>
                      )}
                    </TableCell>
                  )}
                  <TableCell>
                    <SeverityChip severity={f.severity} />
                  </TableCell>
                  <TableCell>
                    <StatusChip status={f.status} />
                  </TableCell>
                  <TableCell>
                    {['new', 'triaged', 'in-progress', 'resolved'].includes(
                      f.status,
                    ) ? (
                      <SlaChip name={clock.name} clock={clock.clock} />
                    ) : (
                      '—'
                    )}
                  </TableCell>
                  <TableCell align="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatMinutes(f.totalMinutesLost)}
                  </TableCell>
                  <TableCell style={{ whiteSpace: 'nowrap' }}>
                    <When at={f.createdAt} />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
      <TablePagination
        component="div"
        // -1 is "more than": there is always a next page.
        count={totalCapped ? -1 : totalItems}
        labelDisplayedRows={({ from, to }) =>
          `${from.toLocaleString('en-US')}–${to.toLocaleString('en-US')} of ${
            totalCapped ? 'more than ' : ''
          }${totalItems.toLocaleString('en-US')}`
        }
        page={Math.floor(offset / limit)}
        rowsPerPage={limit}
        rowsPerPageOptions={[10, 25, 50, 100]}
        onPageChange={(_e, page) => onPage(page * limit, limit)}
        onRowsPerPageChange={e => onPage(0, Number(e.target.value))}
      />
    </>
  );
}
