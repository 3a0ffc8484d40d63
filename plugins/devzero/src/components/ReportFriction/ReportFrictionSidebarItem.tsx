import { SidebarItem } from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import { devzeroFindingCreatePermission } from '@internal/plugin-devzero-common';
import FeedbackIcon from '@material-ui/icons/Feedback';
import { useState } from 'react';
import { ReportFrictionDialog } from './ReportFrictionDialog';

/** The portal-wide "Report friction" action, for the sidebar. */
export function ReportFrictionSidebarItem() {
  const [open, setOpen] = useState(false);
  const { allowed } = usePermission({
    permission: devzeroFindingCreatePermission,
  });
  if (!allowed) return null;
  return (
    <>
      <SidebarItem
        icon={FeedbackIcon}
        text="File friction"
        onClick={() => setOpen(true)}
      />
      <ReportFrictionDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
