import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  BASE,
  fernhillMap,
  renderWithClient,
  summary,
} from '../../__testUtils__/render';
import { ContextMapView } from './ContextMapView';

const server = setupServer();
registerMswTestHooks(server);

describe('ContextMapView', () => {
  it('draws every context and labels relationships with their patterns', async () => {
    server.use(http.get(`${BASE}/map`, () => HttpResponse.json(fernhillMap)));
    await renderWithClient(<ContextMapView />);
    expect(
      await screen.findByText('3 contexts, 2 relationships'),
    ).toBeInTheDocument();
    // The diagram stays invisible until it has measured itself, which jsdom never lets it do.
    for (const name of ['Card Authorisation', 'Card Vault', 'Ledger']) {
      expect(screen.getByText(name, { selector: 'text' })).toBeInTheDocument();
    }
    expect(screen.getByText('U [PL] → D [ACL]')).toBeInTheDocument();
    expect(screen.getByText('SK')).toBeInTheDocument();
  });

  it('sends the chosen domain to the backend and shows the filtered map', async () => {
    const requested: string[] = [];
    server.use(
      http.get(`${BASE}/map`, ({ request }) => {
        const url = new URL(request.url);
        requested.push(url.search);
        if (url.searchParams.get('domain') === 'domain:default/finance') {
          return HttpResponse.json({
            ...fernhillMap,
            contexts: [fernhillMap.contexts[2]],
            edges: [],
          });
        }
        return HttpResponse.json(fernhillMap);
      }),
    );
    await renderWithClient(<ContextMapView />);
    await screen.findByText('3 contexts, 2 relationships');
    await userEvent.click(screen.getByRole('button', { name: 'Domain' }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Finance' }),
    );
    expect(
      await screen.findByText('1 contexts, 0 relationships'),
    ).toBeInTheDocument();
    expect(requested).toContain('?domain=domain%3Adefault%2Ffinance');
  });

  it('draws one node per domain when the map is too big to read', async () => {
    const many = Array.from({ length: 80 }, (_, i) =>
      summary(`context-${i}`, i % 2 ? 'finance' : 'payments'),
    );
    server.use(
      http.get(`${BASE}/map`, () =>
        HttpResponse.json({ ...fernhillMap, contexts: many, edges: [] }),
      ),
      http.get(`${BASE}/map/domains`, () =>
        HttpResponse.json({
          nodes: [
            {
              ref: 'domain:default/finance',
              name: 'finance',
              title: 'Finance',
              contextCount: 40,
              termCount: 40,
            },
            {
              ref: 'domain:default/payments',
              name: 'payments',
              title: 'Payments',
              contextCount: 40,
              termCount: 40,
            },
          ],
          edges: [
            {
              source: 'domain:default/payments',
              target: 'domain:default/finance',
              relationshipCount: 7,
              patterns: [],
            },
          ],
          generatedAt: fernhillMap.generatedAt,
        }),
      ),
    );
    await renderWithClient(<ContextMapView />);
    expect(
      await screen.findByText('80 contexts in 2 domains'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Finance', { selector: 'text' }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText('40 contexts', { selector: 'text' }),
    ).toHaveLength(2);
    expect(screen.getByText('7')).toBeInTheDocument();
  });

  it('lists relationships in a table for keyboard and screen-reader users', async () => {
    server.use(http.get(`${BASE}/map`, () => HttpResponse.json(fernhillMap)));
    await renderWithClient(<ContextMapView />, ['/?view=table']);
    expect(await screen.findByText('Relationships')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });

  it('explains what to declare when there are no contexts', async () => {
    server.use(
      http.get(`${BASE}/map`, () =>
        HttpResponse.json({ ...fernhillMap, contexts: [], edges: [] }),
      ),
    );
    await renderWithClient(<ContextMapView />);
    expect(
      await screen.findByText('No bounded contexts yet'),
    ).toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    server.use(
      http.get(`${BASE}/map`, () =>
        HttpResponse.json(
          { error: { name: 'Error', message: 'boom' } },
          { status: 500 },
        ),
      ),
    );
    await renderWithClient(<ContextMapView />);
    await waitFor(() =>
      expect(screen.getAllByText(/boom/).length).toBeGreaterThan(0),
    );
  });
});

describe('ContextMapView hierarchy', () => {
  it('nests contexts inside their sub-domains and domains, under each sub-domain they implement', async () => {
    server.use(
      http.get(`${BASE}/map`, () =>
        HttpResponse.json({
          ...fernhillMap,
          contexts: [
            {
              ...fernhillMap.contexts[0],
              domain: 'domain:default/cards',
              implements: ['domain:default/cards', 'domain:default/risk'],
            },
            fernhillMap.contexts[2],
          ],
          domains: [
            ...fernhillMap.domains,
            {
              ref: 'domain:default/cards',
              name: 'cards',
              title: 'Cards',
              parent: 'domain:default/payments',
            },
            {
              ref: 'domain:default/risk',
              name: 'risk',
              title: 'Risk',
              parent: 'domain:default/payments',
            },
          ],
        }),
      ),
    );
    await renderWithClient(<ContextMapView />, ['/?view=hierarchy']);
    const payments = await screen.findByRole('list', { name: 'Payments' });
    expect(payments).toHaveTextContent(
      /^Cards.*Card Authorisation.*Risk.*Card Authorisation/,
    );
    expect(screen.getByRole('list', { name: 'Finance' })).toHaveTextContent(
      'Ledger',
    );
  });
});
