import { EntityProvider } from '@backstage/plugin-catalog-react';
import { registerMswTestHooks } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { BASE, page, renderWithClient } from '../../__testUtils__/render';
import { EntityDevzeroCard } from './EntityDevzeroCard';

const server = setupServer();
registerMswTestHooks(server);

// In a file of its own: usePermission caches answers for the whole test file.
const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'card-authoriser', namespace: 'default' },
  spec: { owner: 'group:default/card-authorisation-team' },
};

describe('EntityDevzeroCard without the create permission', () => {
  it('hides the button from who may not file', async () => {
    server.use(
      http.get(`${BASE}/findings`, () => HttpResponse.json(page([], 0))),
    );
    await renderWithClient(
      <EntityProvider entity={entity}>
        <EntityDevzeroCard />
      </EntityProvider>,
      { mayFile: false },
    );
    expect(await screen.findByText('No open findings')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Report friction' }),
    ).not.toBeInTheDocument();
  });
});
