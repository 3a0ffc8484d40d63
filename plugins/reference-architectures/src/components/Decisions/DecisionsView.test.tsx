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
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { DecisionsView } from './DecisionsView';

// Many interactions per test; a shared, busy machine can be slow.
jest.setTimeout(30_000);

const server = setupServer();
registerMswTestHooks(server);

describe('DecisionsView', () => {
  it('lists overdue revisits and filters decisions by overdue and status', async () => {
    const searches: URLSearchParams[] = [];
    server.use(
      http.get(`${BASE}/architectures`, () =>
        HttpResponse.json({
          items: [eventDrivenSummary],
          totalCount: 1,
          facets: { owners: [], tags: [], lifecycles: [] },
        }),
      ),
      http.get(`${BASE}/revisits`, () =>
        HttpResponse.json({ items: revisits }),
      ),
      http.get(`${BASE}/decisions`, ({ request }) => {
        searches.push(new URL(request.url).searchParams);
        return HttpResponse.json(decisions);
      }),
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
});
