import { EntityProvider } from '@backstage/plugin-catalog-react';
import { registerMswTestHooks } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { fernhillMap } from '../../__fixtures__/fernhill';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { EntityDomainContextsCard } from './EntityDomainContextsCard';

const server = setupServer();
registerMswTestHooks(server);

const payments = {
  apiVersion: 'backstage.io/v1beta1',
  kind: 'Domain',
  metadata: { name: 'payments', namespace: 'default' },
  spec: { owner: 'group:default/payments-leads', type: 'core' },
};

describe('EntityDomainContextsCard', () => {
  it("lists the domain's sub-domains and the contexts in it", async () => {
    server.use(
      http.get(`${BASE}/domains/default/payments`, () =>
        HttpResponse.json({
          domain: fernhillMap.domains[0],
          subdomains: [
            {
              ref: 'domain:default/card-payments',
              name: 'card-payments',
              title: 'Card payments',
              parent: 'domain:default/payments',
              classification: 'core',
            },
          ],
          contexts: fernhillMap.contexts.slice(0, 4),
        }),
      ),
    );
    await renderWithClient(
      <EntityProvider entity={payments}>
        <EntityDomainContextsCard />
      </EntityProvider>,
    );
    expect(
      await screen.findByRole('link', { name: 'Clearing' }),
    ).toHaveAttribute('href', '/domain-catalog/contexts/default/clearing');
    expect(screen.getByText('core')).toBeInTheDocument();
    expect(screen.getByText(/^Sub-domains:/)).toHaveTextContent(
      'Sub-domains: card-payments',
    );
    expect(
      screen.getByText(
        'Decide within 300 ms whether a card payment may go ahead.',
      ),
    ).toBeInTheDocument();
  });
});
