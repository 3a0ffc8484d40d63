import { usePermission } from '@backstage/plugin-permission-react';
import { devzeroFindingCreatePermission } from '@internal/plugin-devzero-common';
import Button, { ButtonProps } from '@material-ui/core/Button';
import FeedbackIcon from '@material-ui/icons/Feedback';
import { useState } from 'react';
import { ReportFrictionDialog } from './ReportFrictionDialog';
import { ReportFrictionInitial } from './useFrictionForm';

/** "Report friction": opens the filing dialog, if the user may file. */
export function ReportFrictionButton(
  props: {
    initial?: ReportFrictionInitial;
    label?: string;
    onFiled?: () => void;
  } & Pick<ButtonProps, 'variant' | 'color' | 'size'>,
) {
  const [open, setOpen] = useState(false);
  const { allowed, loading } = usePermission({
    permission: devzeroFindingCreatePermission,
  });
  if (loading || !allowed) return null;
  return (
    <>
      <Button
        variant={props.variant ?? 'contained'}
        color={props.color ?? 'primary'}
        size={props.size}
        startIcon={<FeedbackIcon />}
        onClick={() => setOpen(true)}
      >
        {props.label ?? 'Report friction'}
      </Button>
      <ReportFrictionDialog
        open={open}
        initial={props.initial}
        onClose={() => setOpen(false)}
        onFiled={props.onFiled}
      />
    </>
  );
}
