import { EntityProvider } from '@backstage/plugin-catalog-react';
import { registerMswTestHooks } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ledgerServiceContext } from '../../__fixtures__/fernhill';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { EntityBoundedContextCard } from './EntityBoundedContextCard';

const server = setupServer();
registerMswTestHooks(server);

const component = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'ledger-service', namespace: 'default' },
  spec: {},
};

const render = () =>
  renderWithClient(
    <EntityProvider entity={component}>
      <EntityBoundedContextCard />
    </EntityProvider>,
  );

describe('EntityBoundedContextCard', () => {
  it("shows the entity's context, its language and its neighbours", async () => {
    server.use(
      http.get(
        `${BASE}/entities/component/default/ledger-service/context`,
        () => HttpResponse.json(ledgerServiceContext),
      ),
    );
    await render();
    expect(
      await screen.findByRole('link', { name: 'Ledger' }),
    ).toBeInTheDocument();
    expect(screen.getByText('supporting')).toBeInTheDocument();
    expect(screen.getByText('Ledger entry')).toBeInTheDocument();
    expect(screen.getByText(/Through its system/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      /Also claimed by payouts/,
    );
    expect(screen.getByText(/^Upstream/)).toHaveTextContent(
      'Upstream: Card Authorisation, Settlement',
    );
    expect(
      screen.getByRole('link', { name: 'Card Authorisation' }),
    ).toHaveAttribute(
      'href',
      '/domain-catalog/contexts/default/card-authorisation',
    );
  });

  it('explains the annotation when the entity belongs to no context', async () => {
    server.use(
      http.get(
        `${BASE}/entities/component/default/ledger-service/context`,
        () =>
          HttpResponse.json({
            entityRef: 'component:default/ledger-service',
            conflicts: [],
            keyTerms: [],
            upstream: [],
            downstream: [],
            partners: [],
          }),
      ),
    );
    await render();
    expect(
      await screen.findByText(/belongs to no bounded context/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/fitsys.dev\/bounded-context: <context name>/),
    ).toBeInTheDocument();
  });

  it('shows an error panel when the backend fails', async () => {
    server.use(
      http.get(
        `${BASE}/entities/component/default/ledger-service/context`,
        () =>
          HttpResponse.json(
            { error: { name: 'Error', message: 'snapshot failed' } },
            { status: 500 },
          ),
      ),
    );
    await render();
    expect(
      (await screen.findAllByText(/snapshot failed/)).length,
    ).toBeGreaterThan(0);
  });
});
