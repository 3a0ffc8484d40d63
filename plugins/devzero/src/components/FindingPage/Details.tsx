import { InfoCard, Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Finding, isOpenStatus } from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import {
  CATEGORY_LABELS,
  formatMinutes,
  JOURNEY_STEP_LABELS,
  SlaChip,
  When,
} from '../shared';
import { Who } from './Who';

/** About a finding: its SLA clocks, where it is, who filed it, what it cost. */
export function Details(props: { finding: Finding }) {
  const f = props.finding;
  const rows: Array<[string, ReactNode]> = [
    ['Entity', <EntityRefLink entityRef={f.entityRef} />],
    ['Owner', <EntityRefLink entityRef={f.ownerRef} />],
    [
      'Reporter',
      f.reporterRef ? (
        <>
          <Who entityRef={f.reporterRef} />
          {f.mayContact ? ' (happy to be contacted)' : ' (prefers no contact)'}
          {f.reporterHidden ? '; hidden from the owners' : ''}
        </>
      ) : (
        'Not shown to owners'
      ),
    ],
    ['Assignee', f.assigneeRef ? <Who entityRef={f.assigneeRef} /> : 'Nobody'],
    ['Journey step', JOURNEY_STEP_LABELS[f.journeyStep]],
    ['Category', CATEGORY_LABELS[f.category]],
    [
      'Minutes lost',
      f.meTooCount
        ? `${formatMinutes(f.totalMinutesLost)} (${formatMinutes(
            f.minutesLost,
          )} by the reporter, the rest by ${f.meTooCount} “me too”)`
        : formatMinutes(f.minutesLost),
    ],
    ['Filed', <When at={f.createdAt} />],
  ];
  // A snooze only means something while the finding is open.
  if (f.snoozedUntil && isOpenStatus(f.status))
    rows.push(['Snoozed until', <When at={f.snoozedUntil} />]);
  if (f.externalUrl)
    rows.push([
      'Tracker issue',
      <Link to={f.externalUrl}>{f.externalUrl}</Link>,
    ]);
  return (
    <InfoCard title="About">
      <Box display="flex" style={{ gap: 8 }} mb={2} flexWrap="wrap">
        <SlaChip name="Triage" clock={f.sla.triage} />
        <SlaChip name="Resolve" clock={f.sla.resolve} />
      </Box>
      <Box component="dl" m={0}>
        {rows.map(([label, value]) => (
          <Box key={label} display="flex" mb={1}>
            <Typography
              component="dt"
              variant="body2"
              color="textSecondary"
              style={{ minWidth: 110 }}
            >
              {label}
            </Typography>
            <Typography component="dd" variant="body2" style={{ margin: 0 }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
    </InfoCard>
  );
}
