import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { BASE, finding, page, renderWithClient } from '../__testUtils__/render';
import { InboxView } from './InboxView';

const server = setupServer();
registerMswTestHooks(server);

describe('InboxView', () => {
  it("lists the team's new findings in the order the backend gives, with their SLA", async () => {
    server.use(
      http.get(`${BASE}/inbox`, () =>
        HttpResponse.json(
          page([
            finding({
              title: 'Oldest',
              sla: {
                triage: { state: 'breached', dueAt: '2026-11-21T00:00:00Z' },
                resolve: { state: 'on-track', dueAt: '2026-12-21T00:00:00Z' },
              },
            }),
            finding({
              id: '22222222-2222-4222-8222-222222222222',
              title: 'Newer',
            }),
          ]),
        ),
      ),
    );
    await renderWithClient(<InboxView />);
    const rows = within(
      await screen.findByRole('table', { name: 'Triage inbox' }),
    ).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Oldest');
    expect(rows[1]).toHaveTextContent('Triage: Breached');
    expect(rows[2]).toHaveTextContent('Newer');
  });

  it('says "more than" when the backend stopped counting a large backlog', async () => {
    server.use(
      http.get(`${BASE}/inbox`, () =>
        HttpResponse.json({
          ...page([finding()], 10_000),
          totalCapped: true,
        }),
      ),
    );
    await renderWithClient(<InboxView />);
    expect(
      await screen.findByText('1–25 of more than 10,000'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeEnabled();
  });

  it('celebrates an empty inbox', async () => {
    server.use(http.get(`${BASE}/inbox`, () => HttpResponse.json(page([]))));
    await renderWithClient(<InboxView />);
    expect(await screen.findByText(/Inbox zero/)).toBeInTheDocument();
  });
});
