import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  entry,
  fernhillMap,
  transactionCollision,
} from '../../__fixtures__/fernhill';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { GlossaryPage } from './GlossaryPage';

const server = setupServer();
registerMswTestHooks(server);

const page = (items: ReturnType<typeof entry>[]) =>
  HttpResponse.json({ items, totalItems: items.length, offset: 0, limit: 25 });

describe('GlossaryPage', () => {
  let searches: URLSearchParams[];
  beforeEach(() => {
    searches = [];
    server.use(
      http.get(`${BASE}/map`, () => HttpResponse.json(fernhillMap)),
      http.get(`${BASE}/glossary`, ({ request }) => {
        const params = new URL(request.url).searchParams;
        searches.push(params);
        if (params.get('q')) return page(transactionCollision.entries);
        if (params.get('domain')) {
          return page([entry('ledger', 'Account', 'A named balance.')]);
        }
        return page([
          entry('clearing', 'Presentment', 'A scheme clearing record.'),
          ...transactionCollision.entries,
        ]);
      }),
      http.get(`${BASE}/glossary/collisions`, () =>
        HttpResponse.json({ items: [transactionCollision] }),
      ),
    );
  });

  it('shows one term with two meanings side by side on its own tab', async () => {
    await renderWithClient(<GlossaryPage />);
    expect(await screen.findByText('All terms (3)')).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Transaction in 2 contexts' }),
    ).not.toBeInTheDocument();
    await userEvent.click(
      await screen.findByRole('tab', {
        name: 'Same term, different meanings (1)',
      }),
    );
    expect(await screen.findByText('2 meanings')).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Transaction in 2 contexts' }),
    ).toHaveTextContent(
      'Card AuthorisationOne authorisation request.LedgerA balanced set of ledger entries.',
    );
  });

  it('marks a term that several contexts define alike', async () => {
    server.use(
      http.get(`${BASE}/glossary/collisions`, () =>
        HttpResponse.json({
          items: [{ ...transactionCollision, sameDefinition: true }],
        }),
      ),
    );
    await renderWithClient(<GlossaryPage />, ['/?tab=collisions']);
    expect(await screen.findByText('same definition')).toBeInTheDocument();
  });

  it('points from a search to the collision of the term searched for, above the results', async () => {
    await renderWithClient(<GlossaryPage />, ['/?q=transaction']);
    expect(
      await screen.findByText('Terms matching "transaction" (2)'),
    ).toBeInTheDocument();
    const notice = screen.getByText(/Transaction is defined by 2 contexts/);
    // Above the table, so a long list of results does not hide it.
    expect(
      notice.compareDocumentPosition(
        screen.getByText('Terms matching "transaction" (2)'),
      ) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    await userEvent.click(
      screen.getByRole('link', { name: 'compare the definitions' }),
    );
    expect(
      await screen.findByRole('region', { name: 'Transaction in 2 contexts' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('tab', { name: 'Same term, different meanings (1)' }),
    ).toHaveAttribute('aria-selected', 'true');
  });

  it('links each term not to be confused with to that term in the glossary', async () => {
    server.use(
      http.get(`${BASE}/glossary`, () =>
        page([
          {
            ...entry('ledger', 'Posting', 'One entry on an account.'),
            notToBeConfusedWith: ['Transaction', 'Journal'],
          },
        ]),
      ),
    );
    await renderWithClient(<GlossaryPage />);
    const link = await screen.findByRole('link', { name: 'Transaction' });
    expect(link).toHaveAttribute(
      'href',
      '/domain-catalog/glossary?q=Transaction',
    );
    expect(screen.getByRole('link', { name: 'Journal' })).toHaveAttribute(
      'href',
      '/domain-catalog/glossary?q=Journal',
    );
  });

  it('searches as the user types, after a pause', async () => {
    await renderWithClient(<GlossaryPage />);
    await screen.findByText('All terms (3)');
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Search the glossary' }),
      'transaction',
    );
    expect(
      await screen.findByText('Terms matching "transaction" (2)'),
    ).toBeInTheDocument();
    const sent = searches.map(s => s.get('q')).filter(Boolean);
    // Debounced: the backend never saw the word half-typed.
    expect(sent).toEqual(['transaction']);
  });

  it('narrows the glossary to one domain', async () => {
    await renderWithClient(<GlossaryPage />);
    await screen.findByText('All terms (3)');
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: /^Domain/ }),
      ).not.toHaveAttribute('aria-disabled'),
    );
    await userEvent.click(screen.getByRole('button', { name: /^Domain/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Finance' }),
    );
    expect(await screen.findByText('All terms (1)')).toBeInTheDocument();
    expect(searches.map(s => s.get('domain'))).toContain(
      'domain:default/finance',
    );
  });

  it('explains where terms come from when there are none', async () => {
    server.use(http.get(`${BASE}/glossary`, () => page([])));
    await renderWithClient(<GlossaryPage />);
    expect(await screen.findByText('No terms yet')).toBeInTheDocument();
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
    await userEvent.click(
      screen.getByRole('tab', { name: /^Same term, different meanings/ }),
    );
    expect(
      screen.getByText('No term is defined by more than one context.'),
    ).toBeInTheDocument();
  });
});
