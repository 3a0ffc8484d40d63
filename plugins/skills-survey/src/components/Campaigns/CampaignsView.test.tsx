import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { campaign, closed, technologies } from '../../__testUtils__/fixtures';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { CampaignsView } from './CampaignsView';

const server = setupServer();
registerMswTestHooks(server);

describe('CampaignsView', () => {
  let list: ReturnType<typeof campaign>[];
  let created: any[];
  beforeEach(() => {
    created = [];
    list = [closed];
    server.use(
      http.get(`${BASE}/campaigns`, () => HttpResponse.json({ items: list })),
      http.get(`${BASE}/technologies`, () =>
        HttpResponse.json({ items: technologies }),
      ),
      http.post(`${BASE}/campaigns`, async ({ request }) => {
        const body: any = await request.json();
        created.push(body);
        const draft = campaign({
          ...body,
          id: '33333333-3333-4333-8333-333333333333',
          status: 'draft',
          technologies: undefined,
        });
        list = [draft, ...list];
        return HttpResponse.json(draft, { status: 201 });
      }),
      http.post(`${BASE}/campaigns/:id/open`, ({ params }) => {
        list = list.map(c =>
          c.id === params.id ? { ...c, status: 'open' as const } : c,
        );
        return HttpResponse.json(list.find(c => c.id === params.id));
      }),
      http.post(`${BASE}/campaigns/:id/close`, ({ params }) => {
        list = list.map(c =>
          c.id === params.id
            ? { ...c, status: 'closed' as const, closedOn: '2026-12-02' }
            : c,
        );
        return HttpResponse.json(list.find(c => c.id === params.id));
      }),
    );
  });

  it('creates a draft with its technologies, opens it and closes it', async () => {
    await renderWithClient(<CampaignsView />, {
      user: 'user:default/sam.okafor',
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'New campaign' }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /Name/ }),
      '2027-Q1',
    );
    const opens = screen.getByLabelText(/Opens on/);
    const closes = screen.getByLabelText(/Closes on/);
    await userEvent.clear(opens);
    await userEvent.type(opens, '2027-01-04');
    await userEvent.clear(closes);
    await userEvent.type(closes, '2027-01-15');
    await userEvent.click(
      await screen.findByRole('checkbox', { name: /Apache Kafka/ }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'All of Languages' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create draft' }));

    const table = await screen.findByRole('table', { name: 'Campaigns' });
    expect(created).toEqual([
      {
        name: '2027-Q1',
        opensOn: '2027-01-04',
        closesOn: '2027-01-15',
        technologyIds: ['kafka', 'kotlin'],
      },
    ]);
    await within(table).findByText('2027-Q1');

    await userEvent.click(screen.getByRole('button', { name: 'Open 2027-Q1' }));
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Open campaign',
      }),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Close 2027-Q1' }),
    );
    expect(screen.getByRole('dialog')).toHaveTextContent(/read-only/);
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Close campaign',
      }),
    );
    // Closed: read-only, no action left.
    expect(
      await screen.findByText('closed on 2026-12-02 (read-only)'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /(Open|Close) 2027-Q1/ }),
    ).toBeNull();
  });

  it('will not create a campaign that closes before it opens', async () => {
    await renderWithClient(<CampaignsView />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'New campaign' }),
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Name/ }), 'x');
    const closes = screen.getByLabelText(/Closes on/);
    await userEvent.clear(closes);
    await userEvent.type(closes, '2000-01-01');
    await userEvent.click(
      await screen.findByRole('checkbox', { name: /Kotlin/ }),
    );
    expect(
      screen.getByText('Closes before it opens: choose a later day'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create draft' })).toBeDisabled();
  });

  it('shows the backend’s reason when creating fails', async () => {
    server.use(
      http.post(`${BASE}/campaigns`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'InputError',
              message: 'body.name: 2026-Q3 exists already',
            },
            response: { statusCode: 400 },
          },
          { status: 400 },
        ),
      ),
    );
    await renderWithClient(<CampaignsView />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'New campaign' }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /Name/ }),
      '2026-Q3',
    );
    await userEvent.click(
      await screen.findByRole('checkbox', { name: /Kotlin/ }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create draft' }));
    expect(
      await screen.findByText('body.name: 2026-Q3 exists already'),
    ).toBeInTheDocument();
  });
});
