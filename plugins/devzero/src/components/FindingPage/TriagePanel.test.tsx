import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { DateTime } from 'luxon';
import { details, id } from '../../__testUtils__/findingDetails';
import {
  BASE,
  finding,
  jordan,
  renderWithClient,
  riley,
} from '../../__testUtils__/render';
import { FindingView } from './FindingPage';

const server = setupServer();
registerMswTestHooks(server);

jest.setTimeout(20_000);

/** Shows the finding, in the given state, to an owner who may triage it, and opens one action's dialog. */
async function openTriageDialog(action: string, overrides: object = {}) {
  server.use(
    http.get(`${BASE}/findings/${id}`, () =>
      HttpResponse.json(details(overrides, { canTriage: true })),
    ),
  );
  await renderWithClient(<FindingView id={id} />, { user: jordan });
  await userEvent.click(await screen.findByRole('button', { name: action }));
  return screen.getByRole('dialog');
}

describe('FindingView: triage', () => {
  let triaged: any[];
  beforeEach(() => {
    triaged = [];
    server.use(
      http.post(`${BASE}/findings/:id/triage`, async ({ request }) => {
        triaged.push(await request.json());
        return HttpResponse.json(finding({ status: 'resolved' }));
      }),
    );
  });
  it('lets an owner resolve with a note and a link to the fix', async () => {
    let status = 'new';
    server.use(
      http.get(`${BASE}/findings/${id}`, () =>
        HttpResponse.json(
          details(
            status === 'resolved'
              ? { status, resolutionNote: 'Guide now starts the simulator.' }
              : {},
            { canTriage: true },
          ),
        ),
      ),
      http.post(`${BASE}/findings/:id/triage`, async ({ request }) => {
        triaged.push(await request.json());
        status = 'resolved';
        return HttpResponse.json(finding({ status: 'resolved' }));
      }),
    );
    await renderWithClient(<FindingView id={id} />, { user: jordan });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Resolve' }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Resolve' }),
    );
    expect(
      within(dialog).getByText(
        /Resolution: what changed for the next newcomer is needed/,
      ),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByLabelText(/Resolution/));
    await userEvent.paste('Guide now starts the simulator.');
    await userEvent.click(within(dialog).getByLabelText(/Link to the fix/));
    await userEvent.paste('https://git.example/pr/1');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Resolve' }),
    );
    await waitFor(() =>
      expect(triaged).toEqual([
        {
          action: 'resolve',
          note: 'Guide now starts the simulator.',
          fixUrl: 'https://git.example/pr/1',
        },
      ]),
    );
    expect(await screen.findByText('Resolved.')).toBeInTheDocument();
  });

  it("marks a duplicate chosen from the team's open findings, never a pasted id", async () => {
    const original = '22222222-2222-4222-8222-222222222222';
    const asked: Array<string | null> = [];
    server.use(
      http.get(`${BASE}/findings/${id}/similar`, ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('q'));
        return HttpResponse.json({
          items: [
            {
              finding: finding({
                id: original,
                title: 'HSM simulator missing',
              }),
              similarity: 0.8,
            },
          ],
        });
      }),
    );
    const dialog = await openTriageDialog('Mark duplicate');
    expect(
      within(dialog).queryByLabelText(/address or id/),
    ).not.toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Mark duplicate' }),
    );
    expect(
      within(dialog).getByText('Choose the finding this one duplicates'),
    ).toBeInTheDocument();
    await userEvent.click(
      await within(dialog).findByRole('radio', {
        name: /HSM simulator missing/,
      }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Mark duplicate' }),
    );
    await waitFor(() =>
      expect(triaged).toEqual([
        { action: 'mark-duplicate', duplicateOf: original },
      ]),
    );
    expect(asked).toEqual([null]);
  });

  it('links a tracker issue to a closed finding', async () => {
    const dialog = await openTriageDialog('Link issue', { status: 'resolved' });
    await userEvent.click(within(dialog).getByLabelText(/Issue address/));
    await userEvent.paste('https://github.com/fernhill/x/issues/7');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Link issue' }),
    );
    await waitFor(() =>
      expect(triaged).toEqual([
        {
          action: 'link-issue',
          externalUrl: 'https://github.com/fernhill/x/issues/7',
        },
      ]),
    );
  });

  it('assigns someone picked from the catalog, and unassigns by clearing', async () => {
    let dialog = await openTriageDialog('Assign', { status: 'triaged' });
    await userEvent.clear(within(dialog).getByLabelText('Assignee'));
    await userEvent.type(within(dialog).getByLabelText('Assignee'), 'noor');
    await userEvent.click(await screen.findByText('Noor Siddiqui'));
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Assign' }),
    );
    await waitFor(() =>
      expect(triaged).toEqual([
        { action: 'assign', assigneeRef: 'user:default/noor.siddiqui' },
      ]),
    );

    await userEvent.click(
      await screen.findByRole('button', { name: 'Assign' }),
    );
    dialog = screen.getByRole('dialog');
    await userEvent.clear(within(dialog).getByLabelText('Assignee'));
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Assign' }),
    );
    await waitFor(() =>
      expect(triaged[1]).toEqual({ action: 'assign', assigneeRef: null }),
    );
  });

  it('assigns the finding to the viewer with one press', async () => {
    server.use(
      http.get(`${BASE}/findings/${id}`, () =>
        HttpResponse.json(details({ status: 'triaged' }, { canTriage: true })),
      ),
    );
    await renderWithClient(<FindingView id={id} />, { user: jordan });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Assign to me' }),
    );
    await waitFor(() =>
      expect(triaged).toEqual([{ action: 'assign', assigneeRef: jordan }]),
    );
  });

  it('snoozes until a preset date, counted from today', async () => {
    const dialog = await openTriageDialog('Snooze', { status: 'new' });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Next week' }),
    );
    const inAWeek = DateTime.local().plus({ weeks: 1 }).toISODate();
    expect(within(dialog).getByLabelText(/Snooze until/)).toHaveValue(inAWeek);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Snooze' }),
    );
    await waitFor(() =>
      expect(triaged).toEqual([
        {
          action: 'snooze',
          snoozedUntil: new Date(`${inAWeek}T08:00:00`).toISOString(),
        },
      ]),
    );
  });

  it('tells an admin who is not in the owning team that they act as admin', async () => {
    server.use(
      http.get(`${BASE}/findings/${id}`, () =>
        HttpResponse.json(
          details({}, { canTriage: true, canAdminister: true }),
        ),
      ),
    );
    await renderWithClient(<FindingView id={id} />, {
      user: jordan,
      ownership: [jordan, 'group:default/platform-team'],
    });
    expect(
      await screen.findByText(/you act on it as a Developer Zero admin/),
    ).toBeInTheDocument();
  });

  it('says nothing of admin rights to an admin in the owning team', async () => {
    server.use(
      http.get(`${BASE}/findings/${id}`, () =>
        HttpResponse.json(
          details({}, { canTriage: true, canAdminister: true }),
        ),
      ),
    );
    await renderWithClient(<FindingView id={id} />, {
      user: jordan,
      ownership: [jordan, 'group:default/card-authorisation-team'],
    });
    await screen.findByRole('button', { name: 'Accept' });
    expect(screen.queryByText(/as a Developer Zero admin/)).toBeNull();
  });

  it('shows no snooze on a closed finding', async () => {
    server.use(
      http.get(`${BASE}/findings/${id}`, () =>
        HttpResponse.json(
          details({
            status: 'resolved',
            snoozedUntil: '2026-12-24T08:00:00.000Z',
          }),
        ),
      ),
    );
    await renderWithClient(<FindingView id={id} />, { user: jordan });
    await screen.findByText('Minutes lost');
    expect(screen.queryByText('Snoozed until')).toBeNull();
  });

  it("shows the backend's refusal of a triage", async () => {
    server.use(
      http.get(`${BASE}/findings/${id}`, () =>
        HttpResponse.json(details({}, { canTriage: true })),
      ),
      http.post(`${BASE}/findings/:id/triage`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'ConflictError',
              message: 'action: a resolved finding cannot be given "accept"',
            },
            response: { statusCode: 409 },
          },
          { status: 409 },
        ),
      ),
    );
    await renderWithClient(<FindingView id={id} />, { user: jordan });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Accept' }),
    );
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Accept',
      }),
    );
    expect(
      await screen.findByText(/cannot be given "accept"/),
    ).toBeInTheDocument();
  });

  it('lets the reporter see the resolution and reopen it', async () => {
    server.use(
      http.get(`${BASE}/findings/${id}`, () =>
        HttpResponse.json(
          details({
            status: 'resolved',
            resolutionNote: 'The guide now starts the simulator.',
            fixUrl: 'https://git.example/pr/1',
          }),
        ),
      ),
    );
    await renderWithClient(<FindingView id={id} />, { user: riley });
    expect(
      await screen.findByText('The guide now starts the simulator.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /See the fix/ })).toHaveAttribute(
      'href',
      'https://git.example/pr/1',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reopen' }));
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Reopen',
      }),
    );
    await waitFor(() => expect(triaged).toEqual([{ action: 'reopen' }]));
  });
});
