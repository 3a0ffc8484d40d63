import {
  Category,
  JourneyStep,
  Severity,
  SlaClock,
  Status,
} from '@internal/plugin-devzero-common';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles, Theme } from '@material-ui/core/styles';
import { DateTime } from 'luxon';

/** How each journey step reads. */
export const JOURNEY_STEP_LABELS: Record<JourneyStep, string> = {
  discover: 'Discover',
  'set-up': 'Set up',
  'first-use': 'First use',
  build: 'Build',
  deploy: 'Deploy',
  operate: 'Operate',
  troubleshoot: 'Troubleshoot',
};

/** How each category reads. */
export const CATEGORY_LABELS: Record<Category, string> = {
  documentation: 'Documentation',
  onboarding: 'Onboarding',
  'api-design': 'API design',
  'error-message': 'Error message',
  'cli-or-tooling': 'CLI or tooling',
  performance: 'Performance',
  access: 'Access',
  other: 'Other',
};

/** How each friction severity reads. */
export const SEVERITY_LABELS: Record<Severity, string> = {
  annoyance: 'Annoyance',
  'slowed-me-down': 'Slowed me down',
  'blocked-me': 'Blocked me',
  'would-have-given-up': 'Would have given up',
};

/** How each status reads. */
export const STATUS_LABELS: Record<Status, string> = {
  new: 'New',
  triaged: 'Triaged',
  'in-progress': 'In progress',
  resolved: 'Resolved',
  declined: 'Declined',
  duplicate: 'Duplicate',
};

const SLA_LABELS: Record<SlaClock['state'], string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  breached: 'Breached',
  achieved: 'Achieved',
  failed: 'Failed',
};

const useStyles = makeStyles((theme: Theme) => ({
  annoyance: {},
  'slowed-me-down': {
    borderColor: theme.palette.warning.main,
    color: theme.palette.text.primary,
  },
  'blocked-me': {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.getContrastText(theme.palette.warning.main),
  },
  // The darker red keeps white text above WCAG AA's 4.5 contrast.
  'would-have-given-up': {
    backgroundColor: theme.palette.error.dark,
    color: theme.palette.getContrastText(theme.palette.error.dark),
  },
  good: {
    borderColor: theme.palette.success.main,
    color: theme.palette.text.primary,
  },
  warn: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.getContrastText(theme.palette.warning.main),
  },
  bad: {
    backgroundColor: theme.palette.error.dark,
    color: theme.palette.getContrastText(theme.palette.error.dark),
  },
}));

/** A finding's severity, coloured by how bad it was. */
export function SeverityChip(props: { severity: Severity }) {
  const classes = useStyles();
  const filled =
    props.severity === 'blocked-me' || props.severity === 'would-have-given-up';
  return (
    <Chip
      size="small"
      variant={filled ? 'default' : 'outlined'}
      className={classes[props.severity]}
      label={SEVERITY_LABELS[props.severity]}
    />
  );
}

/** A finding's status. */
export function StatusChip(props: { status: Status }) {
  const open = ['new', 'triaged', 'in-progress'].includes(props.status);
  return (
    <Chip
      size="small"
      variant={open ? 'default' : 'outlined'}
      color={props.status === 'new' ? 'primary' : 'default'}
      label={STATUS_LABELS[props.status]}
    />
  );
}

/** An SLA clock: its state, and when it falls or fell due. */
export function SlaChip(props: { name: string; clock: SlaClock }) {
  const classes = useStyles();
  const { state, dueAt } = props.clock;
  let tone: 'good' | 'warn' | 'bad' | undefined;
  if (state === 'achieved' || state === 'on-track') tone = 'good';
  if (state === 'at-risk') tone = 'warn';
  if (state === 'breached' || state === 'failed') tone = 'bad';
  const due = DateTime.fromISO(dueAt);
  const running =
    state === 'on-track' || state === 'at-risk' || state === 'breached';
  return (
    <Tooltip
      title={`${props.name} target ${
        running ? 'due' : 'was due'
      } ${due.toLocaleString(DateTime.DATETIME_MED)}`}
    >
      <Chip
        size="small"
        variant={tone === 'good' ? 'outlined' : 'default'}
        className={tone && classes[tone]}
        label={`${props.name}: ${SLA_LABELS[state]}`}
      />
    </Tooltip>
  );
}

/** The SLA clock that matters now: triage until triaged, then resolve. */
export function currentClock(finding: {
  status: Status;
  sla: { triage: SlaClock; resolve: SlaClock };
}) {
  return finding.status === 'new'
    ? { name: 'Triage', clock: finding.sla.triage }
    : { name: 'Resolve', clock: finding.sla.resolve };
}

/** "3 h 20 min", "45 min", "2 d 4 h". */
export function formatMinutes(minutes: number) {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 24) return rest ? `${hours} h ${rest} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  const h = hours % 24;
  return h ? `${days} d ${h} h` : `${days} d`;
}

/**
 * A duration given in hours, as people say it: "5.5 h" up to two days, then
 * whole days ("40 days", not "961 h").
 */
export function formatHours(hours: number) {
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}

/** "3 days ago", with the exact time in a tooltip. */
export function When(props: { at: string }) {
  const at = DateTime.fromISO(props.at);
  return (
    <Tooltip title={at.toLocaleString(DateTime.DATETIME_MED)}>
      <time dateTime={props.at}>{at.toRelative()}</time>
    </Tooltip>
  );
}
