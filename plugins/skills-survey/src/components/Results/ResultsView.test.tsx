import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  campaign,
  closed,
  closedResults,
  kafka,
} from '../../__testUtils__/fixtures';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { ResultsView } from './ResultsView';

const server = setupServer();
registerMswTestHooks(server);

const open = campaign();

describe('ResultsView', () => {
  let held: Array<{ textId: string; held: boolean }>;
  beforeEach(() => {
    held = [];
    server.use(
      http.get(`${BASE}/campaigns`, () =>
        HttpResponse.json({ items: [open, closed] }),
      ),
      http.get(`${BASE}/campaigns/${closed.id}/results`, () =>
        HttpResponse.json(closedResults),
      ),
      http.get(`${BASE}/campaigns/${open.id}/results`, () =>
        HttpResponse.json({
          ...closedResults,
          campaign: open,
          published: false,
          technologies: [],
        }),
      ),
      http.get(`${BASE}/gaps`, ({ request }) =>
        HttpResponse.json({
          campaignId: new URL(request.url).searchParams.get('campaign'),
          campaignName: closed.name,
          method: 'components × share below level 3',
          gaps: [
            {
              rank: 1,
              technology: kafka,
              footprint: kafka.footprint,
              shareBelowIndependent: 6 / 7,
              respondents: 8,
              wantToLearn: 5,
              score: 10.3,
              helpers: 1,
            },
          ],
          unpublished: [],
        }),
      ),
      http.get(`${BASE}/helpers`, () =>
        HttpResponse.json({
          items: [
            {
              userRef: 'user:default/riley.novak',
              technologyId: 'kafka',
              note: null,
              since: '2026-11-01',
            },
          ],
        }),
      ),
      http.get(`${BASE}/technologies/:id/results`, () =>
        HttpResponse.json({
          campaign: closed,
          minGroupSize: 3,
          scale: closedResults.scale,
          result: closedResults.technologies[0],
          trend: [
            {
              campaignId: closed.id,
              campaignName: '2026-Q3',
              closedOn: '2026-10-01',
              overall: closedResults.technologies[0].overall,
            },
          ],
        }),
      ),
      http.get(`${BASE}/campaigns/${closed.id}/free-text`, () =>
        HttpResponse.json({
          campaignId: closed.id,
          shown: true,
          texts: [{ id: 'a'.repeat(22), text: 'More pairing', held: false }],
        }),
      ),
      http.post(
        `${BASE}/campaigns/${closed.id}/free-text/:textId/hold`,
        async ({ request, params }) => {
          const body: any = await request.json();
          held.push({ textId: String(params.textId), held: body.held });
          return new HttpResponse(null, { status: 204 });
        },
      ),
    );
  });

  it('shows the latest closed campaign, with withheld cells in words, not colour alone', async () => {
    await renderWithClient(<ResultsView />);
    const heatmap = await screen.findByRole('table', {
      name: 'Share at the independent level by technology and team',
    });
    const rows = within(heatmap).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('TechnologyOrganisationPaymentsSearch');
    expect(rows[1]).toHaveTextContent('Apache Kafka14%17%below threshold');
    expect(rows[2]).toHaveTextContent('Kotlin63%67%no data');
  });

  it('ranks the gaps with the numbers behind each and who helps', async () => {
    await renderWithClient(<ResultsView />);
    const gaps = await screen.findByRole('table', { name: 'Gaps, ranked' });
    expect(within(gaps).getAllByRole('row')[1]).toHaveTextContent(
      '1Apache Kafka12286%8510.3',
    );
    expect(
      within(gaps).getByRole('link', { name: /riley\.novak/ }),
    ).toBeInTheDocument();
  });

  it('shows the levels, their change, and the response rate per team', async () => {
    await renderWithClient(<ResultsView />);
    await screen.findByRole('table', { name: 'Gaps, ranked' });
    await userEvent.click(
      screen.getAllByRole('button', { name: 'Numbers' })[0],
    );
    const levels = screen.getByRole('table', {
      name: 'Respondents per level, by technology',
    });
    expect(within(levels).getAllByRole('row')[1]).toHaveTextContent(
      'Apache Kafka231101814%+5 pts',
    );
    const rates = screen.getByRole('table', { name: 'Response rate per team' });
    expect(within(rates).getAllByRole('row')[2]).toHaveTextContent(
      'Search4below threshold–',
    );
  });

  it('downloads the aggregates as CSV through the signed-in client', async () => {
    const asked: string[] = [];
    server.use(
      http.get(`${BASE}/campaigns/${closed.id}/export`, ({ request }) => {
        asked.push(new URL(request.url).search);
        return new HttpResponse('technology,team,status\n', {
          headers: { 'Content-Type': 'text/csv' },
        });
      }),
    );
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:csv';
    });
    URL.revokeObjectURL = jest.fn();
    await renderWithClient(<ResultsView />);
    await userEvent.click(
      await screen.findByRole('button', { name: /Export aggregates/ }),
    );
    await waitFor(() => expect(created).toHaveLength(1));
    expect(asked).toEqual(['?format=csv']);
    expect(await created[0].text()).toBe('technology,team,status\n');
  });

  it('lets an admin hold a free-text answer back', async () => {
    await renderWithClient(<ResultsView />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Hold back: More pairing' }),
    );
    expect(held).toEqual([{ textId: 'a'.repeat(22), held: true }]);
  });

  it('offers no hold-back action without the permission', async () => {
    await renderWithClient(<ResultsView />, {
      allowed: ['skills-survey.results.read'],
    });
    expect(await screen.findByText('More pairing')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Hold back/ }),
    ).not.toBeInTheDocument();
  });

  it('shows only response counts while a campaign is open', async () => {
    await renderWithClient(<ResultsView />);
    await screen.findByRole('table', { name: 'Gaps, ranked' });
    await userEvent.click(screen.getByRole('button', { name: /Campaign/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: '2026-Q4 (open)' }),
    );
    expect(
      await screen.findByText(
        /Technology results are published when it closes/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: /by technology and team/ }),
    ).not.toBeInTheDocument();
  });
});
