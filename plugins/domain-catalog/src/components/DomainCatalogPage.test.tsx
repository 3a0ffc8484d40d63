import { registerMswTestHooks } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { fernhillMap, ledgerDetails } from '../__fixtures__/fernhill';
import { BASE, renderWithClient } from '../__testUtils__/render';
import { DomainCatalogPage } from './DomainCatalogPage';

const server = setupServer();
registerMswTestHooks(server);

describe('DomainCatalogPage', () => {
  beforeEach(() =>
    server.use(
      http.get(`${BASE}/map`, () => HttpResponse.json(fernhillMap)),
      http.get(`${BASE}/contexts/default/ledger`, () =>
        HttpResponse.json(ledgerDetails),
      ),
    ),
  );

  it('opens on the context map, with tabs for the other views', async () => {
    await renderWithClient(<DomainCatalogPage />);
    expect(
      screen.getByRole('heading', { name: 'Domain catalog' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('6 contexts, 5 relationships'),
    ).toBeInTheDocument();
    for (const tab of ['Context map', 'Glossary', 'Drift', 'Import CML']) {
      expect(screen.getByRole('tab', { name: tab })).toBeInTheDocument();
    }
  });

  it("shows a context's page below /contexts and follows its canvas tab", async () => {
    await renderWithClient(<DomainCatalogPage />, ['/contexts/default/ledger']);
    expect(
      await screen.findByRole('heading', { name: 'Ledger' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Canvas' }));
    expect(screen.getByText('Verification metrics')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Export JSON' }),
    ).toBeInTheDocument();
  });
});
