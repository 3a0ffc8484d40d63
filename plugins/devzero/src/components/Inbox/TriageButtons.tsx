import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import Tooltip from '@material-ui/core/Tooltip';
import BlockIcon from '@material-ui/icons/Block';
import CallMergeIcon from '@material-ui/icons/CallMerge';
import CheckIcon from '@material-ui/icons/Check';
import PersonAddIcon from '@material-ui/icons/PersonAdd';
import SnoozeIcon from '@material-ui/icons/Snooze';
import { ComponentType } from 'react';
import { ariaKeysOf, InboxCommand, keysOf } from './shortcuts';

/** The triage actions the inbox offers on a finding, or on those selected. */
export type InboxAction = Extract<
  InboxCommand,
  'accept' | 'decline' | 'duplicate' | 'snooze' | 'assign-to-me'
>;

const ACTIONS: Array<{
  action: InboxAction;
  label: string;
  Icon: ComponentType<{ fontSize?: 'small' }>;
}> = [
  { action: 'accept', label: 'Accept', Icon: CheckIcon },
  { action: 'decline', label: 'Decline', Icon: BlockIcon },
  { action: 'duplicate', label: 'Mark duplicate', Icon: CallMergeIcon },
  { action: 'snooze', label: 'Snooze', Icon: SnoozeIcon },
  { action: 'assign-to-me', label: 'Assign to me', Icon: PersonAddIcon },
];

/**
 * The inbox's triage buttons, each with its shortcut in its tooltip: icons
 * on a row, words over the selection.
 */
export function TriageButtons(props: {
  onAction: (action: InboxAction) => void;
  disabled?: boolean;
  /** Whether the viewer is a user who can be assigned. */
  canAssignToMe: boolean;
  variant: 'icons' | 'words';
  /** Added to each button's name on a row: which finding it acts on. */
  subject?: string;
}) {
  const offered = ACTIONS.filter(
    a => a.action !== 'assign-to-me' || props.canAssignToMe,
  );
  return (
    <Box
      display="flex"
      flexWrap={props.variant === 'words' ? 'wrap' : 'nowrap'}
      style={{ gap: props.variant === 'words' ? 8 : 0 }}
    >
      {offered.map(({ action, label, Icon }) => {
        const tip = `${label} (${keysOf(action)})`;
        const common = {
          disabled: props.disabled,
          onClick: () => props.onAction(action),
          'aria-keyshortcuts': ariaKeysOf(action),
        };
        return (
          <Tooltip key={action} title={tip}>
            {/* A span keeps the tooltip on a disabled button. */}
            <span>
              {props.variant === 'icons' ? (
                <IconButton
                  size="small"
                  aria-label={
                    props.subject ? `${label}: ${props.subject}` : label
                  }
                  {...common}
                >
                  <Icon fontSize="small" />
                </IconButton>
              ) : (
                <Button
                  size="small"
                  variant={action === 'accept' ? 'contained' : 'outlined'}
                  color={action === 'accept' ? 'primary' : 'default'}
                  startIcon={<Icon fontSize="small" />}
                  {...common}
                >
                  {label}
                </Button>
              )}
            </span>
          </Tooltip>
        );
      })}
    </Box>
  );
}
