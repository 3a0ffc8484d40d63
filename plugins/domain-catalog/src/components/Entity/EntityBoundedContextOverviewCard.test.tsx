import { EntityProvider } from '@backstage/plugin-catalog-react';
import { registerMswTestHooks } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ledgerDetails } from '../../__fixtures__/fernhill';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { EntityBoundedContextOverviewCard } from './EntityBoundedContextOverviewCard';
import { EntityContextContent } from './EntityContextContent';

const server = setupServer();
registerMswTestHooks(server);

const ledger = {
  apiVersion: 'fitsys.dev/v1alpha1',
  kind: 'BoundedContext',
  metadata: { name: 'ledger', namespace: 'default' },
  spec: {},
};

describe('BoundedContext entity page', () => {
  beforeEach(() =>
    server.use(
      http.get(`${BASE}/contexts/default/ledger`, () =>
        HttpResponse.json(ledgerDetails),
      ),
    ),
  );

  it('summarises the context in a card that links to its page', async () => {
    await renderWithClient(
      <EntityProvider entity={ledger}>
        <EntityBoundedContextOverviewCard />
      </EntityProvider>,
    );
    expect(
      await screen.findByText(ledgerDetails.context.purpose),
    ).toBeInTheDocument();
    expect(screen.getByText('supporting')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Counts' })).toHaveTextContent(
      '1 relationships1 terms1 members1 drift findings',
    );
    expect(
      screen.getByRole('link', { name: /Open in the domain catalog/ }),
    ).toHaveAttribute('href', '/domain-catalog/contexts/default/ledger');
  });

  it("shows the context's page in the entity's Context tab", async () => {
    await renderWithClient(
      <EntityProvider entity={ledger}>
        <EntityContextContent />
      </EntityProvider>,
    );
    expect(
      await screen.findByRole('heading', { name: 'Ledger' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Canvas' })).toBeInTheDocument();
  });
});
