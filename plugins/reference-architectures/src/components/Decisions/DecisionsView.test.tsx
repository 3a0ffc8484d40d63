import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  decisions,
  eventDrivenSummary,
  revisits,
} from '../../__fixtures__/fernhill';
import { BASE, libraryOf, renderWithClient } from '../../__testUtils__/render';
import { DecisionsView } from './DecisionsView';

// Many interactions per test; a shared, busy machine can be slow.
jest.setTimeout(30_000);

const server = setupServer();
registerMswTestHooks(server);

describe('DecisionsView', () => {
  it('lists overdue revisits and filters decisions by overdue and status', async () => {
    const searches: URLSearchParams[] = [];
    server.use(
      libraryOf(eventDrivenSummary),
      http.get(`${BASE}/revisits`, () =>
        HttpResponse.json({ items: revisits }),
      ),
      http.get(`${BASE}/decisions`, ({ request }) => {
        searches.push(new URL(request.url).searchParams);
        return HttpResponse.json(decisions);
      }),
      http.get(`${BASE}/adr-sources`, () => HttpResponse.json({ items: [] })),
    );
    await renderWithClient(<DecisionsView />);
    const overdue = await screen.findByRole('table', {
      name: '3 overdue for a revisit, most overdue first',
    });
    expect(
      within(overdue).getByRole('row', {
        name: /Decision bp-001: No job scheduled at minute 0/,
      }),
    ).toHaveTextContent('394');
    // A version the library knows links to its page.
    expect(
      within(overdue).getByRole('link', {
        name: 'event-driven-microservice 2.1.0',
      }),
    ).toHaveAttribute(
      'href',
      '/reference-architectures/event-driven-microservice?version=2.1.0',
    );
    expect(
      await screen.findByRole('row', { name: /edm-002 Avro schemas/ }),
    ).toHaveTextContent('Revisit overdue');

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Only overdue for revisit' }),
    );
    await waitFor(() => expect(searches.at(-1)?.get('overdue')).toBe('true'));
    await userEvent.click(screen.getByRole('button', { name: /Status/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Accepted' }),
    );
    await waitFor(() =>
      expect(searches.at(-1)?.get('status')).toBe('accepted'),
    );
    expect(searches.at(-1)?.get('overdue')).toBe('true');
  });

  it('lists the ADRs of entities with the version they follow, filters by where a decision is recorded, and says where ADRs are read from', async () => {
    const searches: URLSearchParams[] = [];
    server.use(
      libraryOf(eventDrivenSummary),
      http.get(`${BASE}/revisits`, () => HttpResponse.json({ items: [] })),
      http.get(`${BASE}/decisions`, ({ request }) => {
        searches.push(new URL(request.url).searchParams);
        return HttpResponse.json({
          items: [
            {
              id: '0002-idempotency-keys',
              title: 'Idempotency keys on every authorisation request',
              status: 'accepted',
              date: '2025-09-02',
              revisitBy: '2026-09-02',
              url: 'https://git.example/adrs/0002-idempotency-keys.md',
              source: 'adr',
              entityRef: 'system:default/card-authorisation',
              architectures: [
                'referencearchitecture:default/event-driven-microservice',
              ],
              revisitOverdue: true,
            },
          ],
          totalCount: 1,
        });
      }),
      http.get(`${BASE}/adr-sources`, () =>
        HttpResponse.json({
          items: [
            {
              entityRef: 'system:default/card-authorisation',
              location: '../adrs/card-authorisation',
              readAt: '2026-12-02T09:00:00.000Z',
              records: 3,
              skipped: 0,
            },
            {
              entityRef: 'system:default/clearing',
              location: 'https://git.example/clearing/adrs',
              readAt: '2026-12-02T09:00:00.000Z',
              error: '1 record not read: 0003-x.md: it has no "# " title',
              records: 2,
              skipped: 1,
            },
          ],
        }),
      ),
    );
    // Search results link to the page searched for one record.
    await renderWithClient(<DecisionsView />, [
      '/?q=0002-idempotency-keys%20system%3Adefault%2Fcard-authorisation',
    ]);
    const row = await screen.findByRole('row', { name: /Idempotency keys/ });
    expect(searches[0].get('q')).toBe(
      '0002-idempotency-keys system:default/card-authorisation',
    );
    expect(
      screen.getByRole('searchbox', { name: 'Search decisions' }),
    ).toHaveValue('0002-idempotency-keys system:default/card-authorisation');
    expect(row).toHaveTextContent(
      'ADR of card-authorisationwhich follows event-driven-microservice 2.1.0',
    );
    expect(
      within(row).getByRole('link', {
        name: /^Idempotency keys on every authorisation request/,
      }),
    ).toHaveAttribute(
      'href',
      'https://git.example/adrs/0002-idempotency-keys.md',
    );

    await userEvent.click(screen.getByRole('button', { name: /Recorded in/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: "Entities' ADRs" }),
    );
    await waitFor(() => expect(searches.at(-1)?.get('source')).toBe('adr'));

    const sources = screen.getByRole('table', {
      name: 'The ADRs of 2 entities, read every hour',
    });
    expect(
      within(sources).getByRole('row', { name: /clearing/ }),
    ).toHaveTextContent('Not all read 1 record not read: 0003-x.md');
  });
});
