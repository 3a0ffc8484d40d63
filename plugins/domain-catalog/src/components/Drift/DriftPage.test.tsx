import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { fernhillDrift } from '../../__fixtures__/fernhill';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { DriftPage } from './DriftPage';

const server = setupServer();
registerMswTestHooks(server);

describe('DriftPage', () => {
  it('groups findings by kind, with their contexts and evidence as links', async () => {
    server.use(
      http.get(`${BASE}/drift`, () => HttpResponse.json(fernhillDrift)),
    );
    await renderWithClient(<DriftPage />);
    const coupling = await screen.findByRole('region', {
      name: 'Undeclared coupling (1)',
    });
    expect(coupling).toHaveTextContent(/neither context declares/);
    expect(
      within(coupling).getByRole('link', { name: 'ledger' }),
    ).toHaveAttribute('href', '/domain-catalog/contexts/default/ledger');
    expect(
      within(coupling).getByRole('link', { name: /merchant-portal-bff/ }),
    ).toBeInTheDocument();
    expect(within(coupling).getByText('consumesApi')).toBeInTheDocument();
    // The fix: the relationship to declare, in the YAML of the context that uses the other.
    const fix = within(coupling).getByRole('list', { name: 'To fix' });
    expect(
      within(fix).getByRole('link', { name: /merchant-portal/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/boundedcontext/merchant-portal',
    );
    expect(fix).toHaveTextContent(
      'under spec.relationships: Declare the relationship merchant-portal has with ledger.- context: ledger role: downstream',
    );
    const shared = screen.getByRole('region', { name: 'Shared resource (1)' });
    expect(shared).toHaveTextContent(/ledger-db/);
    const sharedFix = within(shared).getByRole('list', { name: 'To fix' });
    expect(
      within(sharedFix).getByRole('link', { name: /settlement-batch/ }),
    ).toHaveAttribute('href', '/catalog/default/component/settlement-batch');
    expect(sharedFix).toHaveTextContent('under spec.dependsOn');

    await userEvent.click(
      screen.getByRole('button', { name: 'Shared resource (1)' }),
    );
    expect(
      screen.queryByRole('region', { name: 'Undeclared coupling (1)' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Shared resource (1)' }),
    ).toBeInTheDocument();
  });

  it('says so when the map and the catalog agree', async () => {
    server.use(
      http.get(`${BASE}/drift`, () =>
        HttpResponse.json({
          ...fernhillDrift,
          findings: [],
          totalItems: 0,
          counts: Object.fromEntries(
            Object.keys(fernhillDrift.counts).map(k => [k, 0]),
          ),
        }),
      ),
    );
    await renderWithClient(<DriftPage />);
    expect(await screen.findByText('No drift')).toBeInTheDocument();
  });

  it('shows an error panel when the backend fails', async () => {
    server.use(
      http.get(`${BASE}/drift`, () =>
        HttpResponse.json(
          { error: { name: 'Error', message: 'catalog unreachable' } },
          { status: 500 },
        ),
      ),
    );
    await renderWithClient(<DriftPage />);
    expect(
      (await screen.findAllByText(/catalog unreachable/)).length,
    ).toBeGreaterThan(0);
  });
});
