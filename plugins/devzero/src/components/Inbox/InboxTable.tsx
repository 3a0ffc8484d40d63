import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Finding } from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import { MutableRefObject } from 'react';
import { findingRouteRef } from '../../routes';
import {
  CATEGORY_LABELS,
  currentClock,
  formatMinutes,
  JOURNEY_STEP_LABELS,
  SeverityChip,
  SlaChip,
  When,
} from '../shared';
import { InboxAction, TriageButtons } from './TriageButtons';

const useStyles = makeStyles(theme => ({
  row: { '&:focus': { outline: 'none' } },
  // A ring and a bar, so the focused row shows by shape, not colour alone.
  focused: {
    outline: `3px solid ${theme.palette.primary.main}`,
    outlineOffset: -3,
    boxShadow: `inset 8px 0 0 ${theme.palette.primary.main}`,
    '&:focus': { outline: `3px solid ${theme.palette.primary.main}` },
  },
  failure: { color: theme.palette.error.main },
}));

/** The inbox's page of findings: each selectable, one focused, each with its triage actions. */
export function InboxTable(props: {
  items: Finding[];
  focusIndex: number;
  onFocusRow: (index: number) => void;
  rowRefs: MutableRefObject<Array<HTMLTableRowElement | null>>;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  /** Why findings could not be triaged last time, by id. */
  failures: Record<string, string>;
  onAction: (finding: Finding, action: InboxAction) => void;
  busy: boolean;
  canAssignToMe: boolean;
}) {
  const classes = useStyles();
  const findingLink = useRouteRef(findingRouteRef);
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('md'));
  // On a phone the chips and the actions go under the title, in reach.
  const compact = !useMediaQuery((theme: Theme) => theme.breakpoints.up('sm'));
  const { items, selected } = props;
  const chosen = items.filter(f => selected.has(f.id)).length;
  return (
    <Box style={{ overflowX: 'auto' }}>
      <Table size="small" aria-label="Triage inbox">
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                color="primary"
                inputProps={{ 'aria-label': 'Select all on page' }}
                checked={chosen > 0 && chosen === items.length}
                indeterminate={chosen > 0 && chosen < items.length}
                onChange={props.onToggleAll}
              />
            </TableCell>
            <TableCell>Finding</TableCell>
            {wide && <TableCell>Entity and owner</TableCell>}
            {!compact && <TableCell>Severity</TableCell>}
            {!compact && <TableCell>SLA</TableCell>}
            {wide && <TableCell align="right">Minutes lost</TableCell>}
            {wide && <TableCell>Filed</TableCell>}
            {!compact && <TableCell>Triage</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((f, i) => {
            const clock = currentClock(f);
            const focused = i === props.focusIndex;
            const failure = props.failures[f.id];
            const actions = (
              <TriageButtons
                variant="icons"
                subject={f.title}
                disabled={props.busy}
                canAssignToMe={props.canAssignToMe}
                onAction={action => props.onAction(f, action)}
              />
            );
            return (
              <TableRow
                key={f.id}
                ref={el => {
                  props.rowRefs.current[i] = el;
                }}
                tabIndex={focused ? 0 : -1}
                aria-current={focused ? 'true' : undefined}
                aria-selected={selected.has(f.id)}
                aria-label={f.title}
                className={`${classes.row} ${focused ? classes.focused : ''}`}
                onFocus={() => props.onFocusRow(i)}
                selected={selected.has(f.id)}
                hover
              >
                <TableCell padding="checkbox">
                  <Checkbox
                    color="primary"
                    inputProps={{ 'aria-label': `Select “${f.title}”` }}
                    checked={selected.has(f.id)}
                    onChange={() => props.onToggle(f.id)}
                  />
                </TableCell>
                <TableCell style={{ minWidth: 180 }}>
                  <Link to={findingLink({ id: f.id })}>{f.title}</Link>
                  <Typography
                    variant="caption"
                    display="block"
                    color="textSecondary"
                  >
                    {JOURNEY_STEP_LABELS[f.journeyStep]} ·{' '}
                    {CATEGORY_LABELS[f.category]}
                    {f.meTooCount > 0 && ` · ${f.meTooCount} me too`}
                    {f.assigneeRef && ' · assigned'}
                  </Typography>
                  {compact && (
                    <Box
                      display="flex"
                      flexWrap="wrap"
                      alignItems="center"
                      mt={0.5}
                      style={{ gap: 4 }}
                    >
                      <SeverityChip severity={f.severity} />
                      <SlaChip name={clock.name} clock={clock.clock} />
                      {actions}
                    </Box>
                  )}
                  {failure && (
                    <Typography variant="caption" className={classes.failure}>
                      Not triaged: {failure}
                    </Typography>
                  )}
                </TableCell>
                {wide && (
                  <TableCell style={{ minWidth: 160 }}>
                    <EntityRefLink entityRef={f.entityRef} />
                    <Typography
                      variant="caption"
                      display="block"
                      color="textSecondary"
                    >
                      <EntityRefLink entityRef={f.ownerRef} />
                    </Typography>
                  </TableCell>
                )}
                {!compact && (
                  <TableCell>
                    <SeverityChip severity={f.severity} />
                  </TableCell>
                )}
                {!compact && (
                  <TableCell>
                    <SlaChip name={clock.name} clock={clock.clock} />
                  </TableCell>
                )}
                {wide && (
                  <TableCell align="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatMinutes(f.totalMinutesLost)}
                  </TableCell>
                )}
                {wide && (
                  <TableCell style={{ whiteSpace: 'nowrap' }}>
                    <When at={f.createdAt} />
                  </TableCell>
                )}
                {!compact && (
                  <TableCell padding="none" style={{ paddingRight: 8 }}>
                    {actions}
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
