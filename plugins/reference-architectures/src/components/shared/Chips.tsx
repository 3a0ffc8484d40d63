import { Lifecycle } from '@internal/plugin-reference-architectures-common';
import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import BlockIcon from '@material-ui/icons/Block';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import EditIcon from '@material-ui/icons/Edit';
import HistoryIcon from '@material-ui/icons/History';
import PauseCircleFilledIcon from '@material-ui/icons/PauseCircleFilled';
import TrialIcon from '@material-ui/icons/EmojiObjects';
import UpdateIcon from '@material-ui/icons/Update';
import WarningIcon from '@material-ui/icons/Warning';
import { LIFECYCLE_LABELS } from './labels';

const useStyles = makeStyles(theme => ({
  good: { borderColor: theme.palette.success.main },
  caution: { borderColor: theme.palette.warning.main },
  bad: { borderColor: theme.palette.error.main },
}));

const LIFECYCLE_ICONS: Record<Lifecycle, JSX.Element> = {
  draft: <EditIcon />,
  trial: <TrialIcon />,
  recommended: <CheckCircleIcon />,
  hold: <PauseCircleFilledIcon />,
  deprecated: <HistoryIcon />,
  retired: <BlockIcon />,
};

const LIFECYCLE_TONE: Record<
  Lifecycle,
  'good' | 'caution' | 'bad' | undefined
> = {
  draft: undefined,
  trial: undefined,
  recommended: 'good',
  hold: 'caution',
  deprecated: 'bad',
  retired: 'bad',
};

/** A version's lifecycle: an icon and a word, the colour only a hint. */
export function LifecycleChip(props: { lifecycle: Lifecycle }) {
  const classes = useStyles();
  const tone = LIFECYCLE_TONE[props.lifecycle];
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={LIFECYCLE_ICONS[props.lifecycle]}
      label={LIFECYCLE_LABELS[props.lifecycle] ?? props.lifecycle}
      className={tone ? classes[tone] : undefined}
    />
  );
}

/** A marker that says in words what needs attention. */
export function WarningChip(props: {
  label: string;
  kind?: 'overdue' | 'outdated';
}) {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={props.kind === 'outdated' ? <UpdateIcon /> : <WarningIcon />}
      label={props.label}
      className={classes.caution}
    />
  );
}
