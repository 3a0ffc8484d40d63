import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { GlossaryPage } from './GlossaryPage';

const server = setupServer();
registerMswTestHooks(server);

const transaction = (context: string, definition: string) => ({
  term: 'Transaction',
  definition,
  context: `boundedcontext:default/${context}`,
  contextTitle: context === 'ledger' ? 'Ledger' : 'Card Authorisation',
  domain: 'domain:default/payments',
});

describe('GlossaryPage', () => {
  it('searches as the user types and shows one term with two meanings side by side', async () => {
    const queries: Array<string | null> = [];
    server.use(
      http.get(`${BASE}/glossary`, ({ request }) => {
        const q = new URL(request.url).searchParams.get('q');
        queries.push(q);
        const items = q
          ? [
              transaction('card-authorisation', 'One authorisation request.'),
              transaction('ledger', 'A balanced set of postings.'),
            ]
          : [];
        return HttpResponse.json({
          items,
          totalItems: items.length,
          offset: 0,
          limit: 25,
        });
      }),
      http.get(`${BASE}/glossary/collisions`, () =>
        HttpResponse.json({
          items: [
            {
              term: 'Transaction',
              sameDefinition: false,
              entries: [
                transaction('card-authorisation', 'One authorisation request.'),
                transaction('ledger', 'A balanced set of postings.'),
              ],
            },
          ],
        }),
      ),
    );
    await renderWithClient(<GlossaryPage />);
    expect(await screen.findByText('All terms (0)')).toBeInTheDocument();
    expect(await screen.findByText('2 meanings')).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Transaction in 2 contexts' }),
    ).toHaveTextContent(
      'Card AuthorisationOne authorisation request.LedgerA balanced set of postings.',
    );

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Search the glossary' }),
      'transaction',
    );
    expect(
      await screen.findByText('Terms matching "transaction" (2)'),
    ).toBeInTheDocument();
    await waitFor(() => expect(queries).toContain('transaction'));
  });

  it('shows the error when the search fails', async () => {
    server.use(
      http.get(`${BASE}/glossary`, () =>
        HttpResponse.json(
          { error: { name: 'InputError', message: 'limit: too big' } },
          { status: 400 },
        ),
      ),
      http.get(`${BASE}/glossary/collisions`, () =>
        HttpResponse.json({ items: [] }),
      ),
    );
    await renderWithClient(<GlossaryPage />);
    expect(
      (await screen.findAllByText(/limit: too big/)).length,
    ).toBeGreaterThan(0);
    expect(
      screen.getByText('No term is defined by more than one context.'),
    ).toBeInTheDocument();
  });
});
