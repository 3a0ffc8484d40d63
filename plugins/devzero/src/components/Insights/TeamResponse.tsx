import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  DurationStats,
  FrictionInsights,
} from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import { formatHours, formatMinutes } from '../shared';
import { NumbersTable } from '@internal/plugin-fitsys-react';

const hours = (s: DurationStats, key: 'medianHours' | 'p90Hours') =>
  s[key] === undefined ? '—' : formatHours(s[key]!);

const compliance = (c: {
  achieved: number;
  failed: number;
  breached: number;
}) => {
  const total = c.achieved + c.failed + c.breached;
  return total ? `${Math.round((c.achieved / total) * 100)}% of ${total}` : '—';
};

/** How each team responds: how fast it triages and resolves, and its SLAs. */
export function TeamResponse(props: { byOwner: FrictionInsights['byOwner'] }) {
  return (
    <InfoCard title="How teams respond">
      <Box style={{ overflowX: 'auto' }}>
        <NumbersTable
          label="Response by team"
          head={[
            'Team',
            'Findings',
            'Open',
            'Minutes lost',
            'Triage median',
            'Triage p90',
            'Resolve median',
            'Resolve p90',
            'Triage SLA met',
            'Resolve SLA met',
          ]}
          rows={props.byOwner.map(o => [
            <EntityRefLink entityRef={o.ownerRef} />,
            o.findings,
            o.open,
            formatMinutes(o.minutesLost),
            hours(o.timeToTriage, 'medianHours'),
            hours(o.timeToTriage, 'p90Hours'),
            hours(o.timeToResolve, 'medianHours'),
            hours(o.timeToResolve, 'p90Hours'),
            compliance(o.sla.triage),
            compliance(o.sla.resolve),
          ])}
        />
      </Box>
    </InfoCard>
  );
}
