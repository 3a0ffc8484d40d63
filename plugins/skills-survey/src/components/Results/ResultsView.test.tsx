import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FrictionSource } from '@internal/plugin-skills-survey-common';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  campaign,
  closed,
  closedResults,
  heatmapPage,
  kafka,
} from '../../__testUtils__/fixtures';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { ResultsView } from './ResultsView';

const server = setupServer();
registerMswTestHooks(server);

const open = campaign();

describe('ResultsView', () => {
  let held: Array<{ textId: string; held: boolean }>;
  let gapsFriction: FrictionSource;
  let heatmapAsked: string[];
  beforeEach(() => {
    held = [];
    heatmapAsked = [];
    gapsFriction = { status: 'available', since: '2025-10-01' };
    server.use(
      http.get(`${BASE}/campaigns`, () =>
        HttpResponse.json({ items: [open, closed] }),
      ),
      http.get(`${BASE}/campaigns/${closed.id}/results`, ({ request }) =>
        // The page asks for the organisation-wide cells only.
        new URL(request.url).searchParams.get('cells') === 'organisation'
          ? HttpResponse.json({
              ...closedResults,
              technologies: closedResults.technologies.map(t => ({
                ...t,
                teams: [],
              })),
            })
          : HttpResponse.json(
              { error: { message: 'too much' } },
              { status: 400 },
            ),
      ),
      http.get(`${BASE}/campaigns/${closed.id}/heatmap`, ({ request }) => {
        const q = new URL(request.url).searchParams;
        heatmapAsked.push(q.toString());
        if (q.get('parent') === 'group:default/payments')
          return HttpResponse.json(
            heatmapPage({
              level: null,
              path: [{ ref: '', title: 'Organisation' }],
              totalRows: 60,
              offset: Number(q.get('offset') ?? 0),
              limit: Number(q.get('limit') ?? 25),
            }),
          );
        return HttpResponse.json(heatmapPage());
      }),
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
          method: '(components + hours lost) × share below level 3',
          friction: gapsFriction,
          gaps: [
            {
              rank: 1,
              technology: kafka,
              footprint: kafka.footprint,
              shareBelowIndependent: 6 / 7,
              respondents: 8,
              wantToLearn: 5,
              friction:
                gapsFriction.status === 'available'
                  ? closedResults.technologies[0].friction
                  : null,
              hoursLost: gapsFriction.status === 'available' ? 9 : 0,
              score: 18.0,
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

  it('shows the latest closed campaign by department, with withheld cells in words, not colour alone', async () => {
    await renderWithClient(<ResultsView />);
    const heatmap = await screen.findByRole('table', {
      name: 'Share at the independent level by team and technology',
    });
    const rows = within(heatmap).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('TeamRespondentsApache KafkaKotlin');
    expect(rows[1]).toHaveTextContent('Organisation814%63%');
    expect(rows[2]).toHaveTextContent('PaymentsOpen (2)617%67%');
    expect(rows[3]).toHaveTextContent(
      'Searchbelow thresholdbelow thresholdno data',
    );
    expect(heatmapAsked).toEqual(['level=department&offset=0&limit=25']);
  });

  it('reads each cell by its place in the row, one without a share as a dash', async () => {
    const page = heatmapPage();
    server.use(
      http.get(`${BASE}/campaigns/${closed.id}/heatmap`, () =>
        HttpResponse.json({
          ...page,
          rows: [
            {
              ...page.rows[0],
              // Kafka: everyone answered not applicable; Kotlin withheld.
              cells: [
                { status: 'published', respondents: 6 },
                { status: 'suppressed' },
              ],
            },
          ],
        }),
      ),
    );
    await renderWithClient(<ResultsView />);
    const heatmap = await screen.findByRole('table', {
      name: 'Share at the independent level by team and technology',
    });
    const payments = within(heatmap).getAllByRole('row')[2];
    expect(payments).toHaveTextContent('PaymentsOpen (2)6–below threshold');
    expect(within(payments).getByTitle('6 respondents')).toHaveTextContent('–');
  });

  it('drills into a department, pages its teams, and goes back up', async () => {
    await renderWithClient(<ResultsView />);
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Open Payments: its 2 groups',
      }),
    );
    await screen.findByRole('navigation', { name: 'Groups above' });
    expect(heatmapAsked).toContain(
      'parent=group%3Adefault%2Fpayments&offset=0&limit=25',
    );
    expect(await screen.findByText(/^1\D25 of 60$/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText(/^26\D50 of 60$/)).toBeInTheDocument();
    expect(heatmapAsked).toContain(
      'parent=group%3Adefault%2Fpayments&offset=25&limit=25',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Organisation' }));
    await waitFor(() =>
      expect(heatmapAsked[heatmapAsked.length - 1]).toBe(
        'level=department&offset=0&limit=25',
      ),
    );
  });

  it('shows every team when asked', async () => {
    await renderWithClient(<ResultsView />);
    await screen.findByRole('table', {
      name: 'Share at the independent level by team and technology',
    });
    await userEvent.click(screen.getByRole('button', { name: /Rows/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Every team' }),
    );
    await waitFor(() =>
      expect(heatmapAsked).toContain('level=team&offset=0&limit=25'),
    );
  });

  it('ranks the gaps with the numbers behind each and who helps', async () => {
    await renderWithClient(<ResultsView />);
    const gaps = await screen.findByRole('table', { name: 'Gaps, ranked' });
    expect(within(gaps).getAllByRole('row')[0]).toHaveTextContent(
      'RankTechnologyComponentsTeamsBelow 3RespondentsWant to learnFindingsHours lostScoreHelpers',
    );
    expect(within(gaps).getAllByRole('row')[1]).toHaveTextContent(
      '1Apache Kafka12286%857918.0',
    );
    expect(
      within(gaps).getByRole('link', { name: /riley\.novak/ }),
    ).toBeInTheDocument();
  });

  it('shows beside each technology its footprint, proficiency and Developer Zero friction', async () => {
    await renderWithClient(<ResultsView />);
    const signals = await screen.findByRole('table', {
      name: 'Footprint, proficiency and friction by technology',
    });
    const rows = within(signals).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Apache Kafka12214%729 h');
    expect(rows[2]).toHaveTextContent('Kotlin5263%000 h');
    expect(
      screen.getByText(/Developer Zero findings filed since 2025-10-01/),
    ).toBeInTheDocument();
  });

  it('says so when Developer Zero could not be read, and shows the rest', async () => {
    gapsFriction = {
      status: 'unavailable',
      reason: 'Developer Zero could not be read just now',
    };
    server.use(
      http.get(`${BASE}/campaigns/${closed.id}/results`, () =>
        HttpResponse.json({
          ...closedResults,
          friction: gapsFriction,
          technologies: closedResults.technologies.map(t => ({
            ...t,
            friction: null,
          })),
        }),
      ),
    );
    await renderWithClient(<ResultsView />);
    const signals = await screen.findByRole('table', {
      name: 'Footprint, proficiency and friction by technology',
    });
    expect(within(signals).getAllByRole('row')[1]).toHaveTextContent(
      'Apache Kafka12214%–––',
    );
    const gaps = await screen.findByRole('table', { name: 'Gaps, ranked' });
    expect(within(gaps).getAllByRole('row')[1]).toHaveTextContent(
      '1Apache Kafka12286%85––18.0',
    );
    expect(
      screen.getAllByText(/Developer Zero friction is left out/),
    ).toHaveLength(2);
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
