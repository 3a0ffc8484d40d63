import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  BASE,
  finding,
  page,
  renderWithClient,
} from '../../__testUtils__/render';
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

  it("narrows to one of the viewer's teams when they are in several", async () => {
    const asked: string[][] = [];
    let release = () => {};
    server.use(
      http.get(`${BASE}/inbox`, async ({ request }) => {
        const owners = new URL(request.url).searchParams.getAll('owner');
        asked.push(owners);
        if (owners.length)
          await new Promise<void>(resolve => {
            release = resolve;
          });
        return HttpResponse.json(
          page([finding({ title: owners.length ? 'One team' : 'Every team' })]),
        );
      }),
    );
    await renderWithClient(<InboxView />, {
      user: 'user:default/alex.morgan',
      ownership: [
        'user:default/alex.morgan',
        'group:default/platform-team',
        'group:default/portal-admins',
      ],
    });
    expect(await screen.findByText('Every team')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Team'));
    expect(screen.getAllByRole('option').map(o => o.textContent)).toEqual([
      'All my teams',
      'platform-team',
      'portal-admins',
    ]);
    await userEvent.click(
      screen.getByRole('option', { name: 'platform-team' }),
    );
    // While the team's page loads, the old one stays under a progress bar.
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
    expect(screen.getByText('Every team')).toBeInTheDocument();
    release();
    expect(await screen.findByText('One team')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByTestId('progress')).not.toBeInTheDocument(),
    );
    await waitFor(() =>
      expect(asked[asked.length - 1]).toEqual(['group:default/platform-team']),
    );
    expect(asked[0]).toEqual([]);
  });

  it('shows no team choice to someone in one team', async () => {
    server.use(http.get(`${BASE}/inbox`, () => HttpResponse.json(page([]))));
    await renderWithClient(<InboxView />, {
      ownership: ['user:default/riley.novak', 'group:default/developer-zero'],
    });
    expect(await screen.findByText(/Inbox zero/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Team')).not.toBeInTheDocument();
  });

  it("shows another team's inbox asked for in the address, and says it is not the viewer's", async () => {
    const asked: string[][] = [];
    server.use(
      http.get(`${BASE}/inbox`, ({ request }) => {
        asked.push(new URL(request.url).searchParams.getAll('owner'));
        return HttpResponse.json(page([finding({ title: 'Theirs' })]));
      }),
    );
    await renderWithClient(<InboxView />, {
      ownership: ['user:default/riley.novak', 'group:default/developer-zero'],
      routeEntries: ['/?team=group%3Adefault%2Fcard-authorisation-team'],
    });
    expect(await screen.findByText('Theirs')).toBeInTheDocument();
    expect(asked).toEqual([['group:default/card-authorisation-team']]);
    const picker = await screen.findByLabelText('Team');
    expect(picker).toHaveTextContent('card-authorisation-team (not your team)');
    expect(
      screen.getByText(/^New findings on what card-authorisation-team owns/),
    ).toBeInTheDocument();
    await userEvent.click(picker);
    expect(screen.getAllByRole('option').map(o => o.textContent)).toEqual([
      'All my teams',
      'developer-zero',
      'card-authorisation-team (not your team)',
    ]);
  });

  it('celebrates an empty inbox', async () => {
    server.use(http.get(`${BASE}/inbox`, () => HttpResponse.json(page([]))));
    await renderWithClient(<InboxView />);
    expect(await screen.findByText(/Inbox zero/)).toBeInTheDocument();
  });
});
