import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { InsightsView } from './InsightsView';

const server = setupServer();
registerMswTestHooks(server);

const insights = {
  totals: { findings: 12, open: 5, minutesLost: 610 },
  byOwner: [
    {
      ownerRef: 'group:default/platform',
      findings: 8,
      open: 3,
      minutesLost: 400,
      timeToTriage: { count: 6, medianHours: 5.5, p90Hours: 30 },
      timeToResolve: { count: 4, medianHours: 72, p90Hours: 200 },
      sla: {
        triage: { achieved: 3, failed: 1, breached: 0 },
        resolve: { achieved: 1, failed: 0, breached: 1 },
      },
    },
  ],
  byEntity: [
    {
      entityRef: 'component:default/fernhill-cli',
      ownerRef: 'group:default/platform',
      findings: 5,
      minutesLost: 250,
    },
  ],
  byCategory: [
    { category: 'documentation', findings: 7, minutesLost: 300 },
    { category: 'cli-or-tooling', findings: 5, minutesLost: 310 },
  ],
  byJourneyStep: [
    { journeyStep: 'discover', findings: 1, minutesLost: 10 },
    { journeyStep: 'set-up', findings: 6, minutesLost: 420 },
  ],
  weekly: [
    { weekStart: '2026-11-09', filed: 4, closed: 1, minutesLost: 200 },
    { weekStart: '2026-11-16', filed: 8, closed: 6, minutesLost: 410 },
  ],
};

describe('InsightsView', () => {
  let filters: URLSearchParams[];
  beforeEach(() => {
    filters = [];
    server.use(
      http.get(`${BASE}/insights`, ({ request }) => {
        filters.push(new URL(request.url).searchParams);
        return HttpResponse.json(insights);
      }),
    );
  });

  it('shows the totals and, behind each chart, its numbers', async () => {
    await renderWithClient(<InsightsView />);
    expect(await screen.findByText('10 h 10 min')).toBeInTheDocument();
    // Journey steps, categories, weeks, entities: one toggle each.
    await userEvent.click(
      screen.getAllByRole('button', { name: 'Numbers' })[0],
    );
    const journey = screen.getByRole('table', {
      name: 'Findings by journey step',
    });
    expect(within(journey).getAllByRole('row')[2]).toHaveTextContent(
      'Set up67 h',
    );
    await userEvent.click(
      screen.getAllByRole('button', { name: 'Numbers' })[2],
    );
    expect(
      within(
        screen.getByRole('table', { name: 'Findings week by week' }),
      ).getAllByRole('row')[2],
    ).toHaveTextContent('16 Nov866 h 50 min');
  });

  it('shows how each team responds, with SLA compliance', async () => {
    await renderWithClient(<InsightsView />);
    const table = await screen.findByRole('table', {
      name: 'Response by team',
    });
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('5.5 h');
    expect(row).toHaveTextContent('30 h');
    // Two days and more read in days: 72 h and 200 h to resolve.
    expect(row).toHaveTextContent('3 days');
    expect(row).toHaveTextContent('8 days');
    expect(row).toHaveTextContent('75% of 4');
    expect(row).toHaveTextContent('50% of 2');
  });

  it('asks for my teams over the chosen period', async () => {
    await renderWithClient(<InsightsView />, {
      routeEntries: ['/?scope=mine&period=90d'],
    });
    await screen.findByText('10 h 10 min');
    const sent = filters[filters.length - 1];
    expect(sent.getAll('owner')).toEqual(['mine']);
    const from = Date.parse(sent.get('from')!);
    const days = (Date.now() - from) / 86_400_000;
    expect(days).toBeGreaterThan(88);
    expect(days).toBeLessThan(93);
  });

  it('says when there is nothing yet', async () => {
    server.use(
      http.get(`${BASE}/insights`, () =>
        HttpResponse.json({
          ...insights,
          totals: { findings: 0, open: 0, minutesLost: 0 },
        }),
      ),
    );
    await renderWithClient(<InsightsView />);
    expect(
      await screen.findByText(/No findings in this period yet/),
    ).toBeInTheDocument();
  });
});
