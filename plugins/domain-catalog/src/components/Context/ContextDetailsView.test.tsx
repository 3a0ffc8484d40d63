import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { fernhillMap, ledgerDetails } from '../../__fixtures__/fernhill';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { ContextDetailsView } from './ContextDetailsView';

const server = setupServer();
registerMswTestHooks(server);

describe('ContextDetailsView', () => {
  beforeEach(() => {
    server.use(
      http.get(`${BASE}/contexts/default/ledger`, () =>
        HttpResponse.json(ledgerDetails),
      ),
      http.get(`${BASE}/map`, () =>
        HttpResponse.json({
          ...fernhillMap,
          domains: [
            ...fernhillMap.domains.filter(d => d.name !== 'finance'),
            {
              ref: 'domain:default/finance',
              name: 'finance',
              title: 'Finance',
              parent: 'domain:default/money',
            },
            { ref: 'domain:default/money', name: 'money', title: 'Money' },
          ],
        }),
      ),
    );
  });

  it('leads back to the sub-domain, its domain and the map', async () => {
    await renderWithClient(
      <ContextDetailsView namespace="default" name="ledger" />,
    );
    const trail = await screen.findByRole('navigation', {
      name: 'Breadcrumbs',
    });
    expect(
      await within(trail).findByRole('link', { name: 'Money' }),
    ).toHaveAttribute(
      'href',
      '/domain-catalog?domain=domain%3Adefault%2Fmoney',
    );
    expect(
      within(trail).getByRole('link', { name: 'Finance' }),
    ).toHaveAttribute(
      'href',
      '/domain-catalog?domain=domain%3Adefault%2Ffinance',
    );
    expect(
      within(trail).getByRole('link', { name: 'Context map' }),
    ).toHaveAttribute('href', '/domain-catalog');
    expect(trail).toHaveTextContent('Context map›Money›Finance›Ledger');
  });

  it('shows the context with its relationships and members', async () => {
    await renderWithClient(
      <ContextDetailsView namespace="default" name="ledger" />,
    );
    expect(
      await screen.findByRole('heading', { name: 'Ledger' }),
    ).toBeInTheDocument();
    expect(screen.getByText('supporting')).toBeInTheDocument();
    expect(screen.getByText('U [PL] → D [ACL]')).toBeInTheDocument();
    expect(screen.getByText('Members (1)')).toBeInTheDocument();
  });

  it('renders the canvas from the entity, saying what is not declared', async () => {
    await renderWithClient(
      <ContextDetailsView namespace="default" name="ledger" />,
      ['/?tab=canvas'],
    );
    expect(await screen.findByText('Export Markdown')).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Inbound communication' }),
    ).toHaveTextContent('settlementSchemeSettledevent');
    expect(
      screen.getByText('Should fees get ledger accounts of their own?'),
    ).toBeInTheDocument();
    expect(screen.getByText('compliance')).toBeInTheDocument();
    expect(screen.getAllByText('Not declared yet.').length).toBeGreaterThan(3);
  });

  it('switches to the glossary and the drift', async () => {
    await renderWithClient(
      <ContextDetailsView namespace="default" name="ledger" />,
    );
    await userEvent.click(
      await screen.findByRole('tab', { name: 'Glossary (1)' }),
    );
    expect(
      screen.getByText('One debit or credit to one account.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Drift (1)' }));
    expect(
      screen.getByText(/neither context declares a relationship/),
    ).toBeInTheDocument();
    expect(screen.getByText('consumesApi')).toBeInTheDocument();
  });

  it('says when the context does not exist', async () => {
    server.use(
      http.get(`${BASE}/contexts/default/nope`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotFoundError',
              message: 'There is no BoundedContext boundedcontext:default/nope',
            },
          },
          { status: 404 },
        ),
      ),
    );
    await renderWithClient(
      <ContextDetailsView namespace="default" name="nope" />,
    );
    expect(
      (await screen.findAllByText(/There is no BoundedContext/)).length,
    ).toBeGreaterThan(0);
    expect(
      screen.getByText('This bounded context was not found'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Back to the context map').closest('a'),
    ).toHaveAttribute('href', '/domain-catalog');
  });
});
