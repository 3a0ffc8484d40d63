import { stringifyEntityRef } from '@backstage/catalog-model';
import { dialogApiRef, useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { devzeroFindingCreatePermission } from '@internal/plugin-devzero-common';
import { ReportFrictionDialog } from './ReportFrictionDialog';

/**
 * The entity page's menu item "Report friction": opens the filing dialog
 * for the entity shown, from the page's header, wherever the reader is on
 * the page. Disabled for people who may not file.
 */
export function useReportFrictionMenuItem() {
  const { entity } = useEntity();
  const dialogApi = useApi(dialogApiRef);
  const { allowed, loading } = usePermission({
    permission: devzeroFindingCreatePermission,
  });
  return {
    title: 'Report friction',
    disabled: loading || !allowed,
    onClick: () => {
      const entityRef = stringifyEntityRef(entity);
      dialogApi.open(({ dialog }) => (
        <ReportFrictionDialog
          open
          initial={{ entityRef }}
          onClose={() => dialog.close()}
        />
      ));
    },
  };
}
