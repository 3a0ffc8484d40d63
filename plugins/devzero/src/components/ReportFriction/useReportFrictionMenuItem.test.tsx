import { dialogApiRef } from '@backstage/frontend-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { fireEvent, screen } from '@testing-library/react';
import { ReactElement } from 'react';
import { SWRConfig } from 'swr';
import { useReportFrictionMenuItem } from './useReportFrictionMenuItem';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'card-authoriser', namespace: 'default' },
  spec: { owner: 'group:default/card-authorisation-team' },
};

function MenuItem() {
  const props = useReportFrictionMenuItem();
  return (
    <button type="button" disabled={props.disabled} onClick={props.onClick}>
      {props.title}
    </button>
  );
}

async function renderItem(result: 'ALLOW' | 'DENY') {
  const opened: ReactElement[] = [];
  const dialogApi = {
    open: jest.fn((component: (p: { dialog: any }) => ReactElement) => {
      opened.push(component({ dialog: { close: jest.fn() } }));
      return {} as any;
    }),
  };
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [dialogApiRef, dialogApi],
        [permissionApiRef, mockApis.permission({ authorize: result as any })],
      ]}
    >
      {/* A cache of its own: permission decisions are kept per permission. */}
      <SWRConfig value={{ provider: () => new Map() }}>
        <EntityProvider entity={entity}>
          <MenuItem />
        </EntityProvider>
      </SWRConfig>
    </TestApiProvider>,
  );
  return { dialogApi, opened };
}

describe('useReportFrictionMenuItem', () => {
  it("opens the filing dialog for the page's entity", async () => {
    const { opened } = await renderItem('ALLOW');
    const item = await screen.findByRole('button', {
      name: 'Report friction',
    });
    expect(item).toBeEnabled();
    fireEvent.click(item);
    expect(opened).toHaveLength(1);
    expect(opened[0].props).toMatchObject({
      open: true,
      initial: { entityRef: 'component:default/card-authoriser' },
    });
  });

  it('is disabled for people who may not file', async () => {
    const { dialogApi } = await renderItem('DENY');
    const item = await screen.findByRole('button', {
      name: 'Report friction',
    });
    expect(item).toBeDisabled();
    fireEvent.click(item);
    expect(dialogApi.open).not.toHaveBeenCalled();
  });
});
