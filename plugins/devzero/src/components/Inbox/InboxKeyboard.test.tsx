import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { Route, Routes } from 'react-router-dom';
import { BASE, renderWithClient, riley } from '../../__testUtils__/render';
import { numbered, serveInbox } from '../../__testUtils__/inbox';
import { InboxView } from './InboxView';

const server = setupServer();
registerMswTestHooks(server);
jest.setTimeout(30_000);

const findings = numbered(3);

/** The inbox, and the finding page it opens, as the portal routes them. */
async function renderInbox(extra?: JSX.Element) {
  await renderWithClient(
    <>
      {extra}
      <Routes>
        <Route path="/" element={<InboxView />} />
        <Route path="/devzero/findings/:id" element={<p>The finding page</p>} />
      </Routes>
    </>,
  );
  await screen.findByRole('table', { name: 'Triage inbox' });
}

/** The row the keyboard is on. */
const focusedRow = () =>
  screen
    .getAllByRole('row', { hidden: true })
    .find(r => r.getAttribute('aria-current') === 'true');

describe('InboxView: keyboard', () => {
  it('moves with j, k and the arrows, marks and announces the row, and opens it with Enter', async () => {
    serveInbox(server, findings);
    await renderInbox();
    expect(focusedRow()).toHaveAccessibleName('Finding 1');
    await userEvent.keyboard('j');
    expect(focusedRow()).toHaveAccessibleName('Finding 2');
    expect(focusedRow()).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Finding 2 of 3: Finding 2',
    );
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(focusedRow()).toHaveAccessibleName('Finding 3');
    await userEvent.keyboard('k{ArrowUp}');
    expect(focusedRow()).toHaveAccessibleName('Finding 1');
    await userEvent.keyboard('j{Enter}');
    expect(await screen.findByText('The finding page')).toBeInTheDocument();
  });

  it('opens the focused finding with o', async () => {
    serveInbox(server, findings);
    await renderInbox();
    await userEvent.keyboard('jjo');
    expect(await screen.findByText('The finding page')).toBeInTheDocument();
  });

  it('accepts with a, and the next finding moves under the focus', async () => {
    const backend = serveInbox(server, findings);
    await renderInbox();
    await userEvent.keyboard('ja');
    await waitFor(() =>
      expect(backend.triaged).toEqual([
        { id: findings[1].id, body: { action: 'accept' } },
      ]),
    );
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Accepted “Finding 2”.',
      ),
    );
    expect(screen.getByRole('note')).toHaveTextContent('Accepted “Finding 2”.');
    await waitFor(() => expect(focusedRow()).toHaveAccessibleName('Finding 3'));
  });

  it('assigns the focused finding to the viewer with i', async () => {
    const backend = serveInbox(server, findings);
    await renderInbox();
    await userEvent.keyboard('i');
    await waitFor(() =>
      expect(backend.triaged).toEqual([
        { id: findings[0].id, body: { action: 'assign', assigneeRef: riley } },
      ]),
    );
  });

  it('declines with d after asking the reason, and types the reason without firing shortcuts', async () => {
    const backend = serveInbox(server, findings);
    await renderInbox();
    await userEvent.keyboard('d');
    const dialog = screen.getByRole('dialog', { name: 'Decline: Finding 1' });
    // The reason has the focus: a, j, x and ? are letters here.
    await waitFor(() =>
      expect(
        within(dialog).getByLabelText(/Why, for the reporter/),
      ).toHaveFocus(),
    );
    await userEvent.keyboard('Not ours: ask the javax team?');
    expect(backend.triaged).toEqual([]);
    expect(focusedRow()).toHaveAccessibleName('Finding 1');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Decline' }),
    );
    await waitFor(() =>
      expect(backend.triaged).toEqual([
        {
          id: findings[0].id,
          body: { action: 'decline', note: 'Not ours: ask the javax team?' },
        },
      ]),
    );
  });

  it('snoozes with s and a preset', async () => {
    const backend = serveInbox(server, findings);
    await renderInbox();
    await userEvent.keyboard('s');
    const dialog = screen.getByRole('dialog', { name: 'Snooze: Finding 1' });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Next week' }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Snooze' }),
    );
    await waitFor(() => expect(backend.triaged).toHaveLength(1));
    const until = new Date(backend.triaged[0].body.snoozedUntil).getTime();
    const days = (until - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6);
    expect(days).toBeLessThan(8);
  });

  it.each(['u', 'D'])(
    'marks a duplicate with %s, from the picker',
    async key => {
      const backend = serveInbox(server, findings);
      server.use(
        http.get(`${BASE}/findings/:id/similar`, () =>
          HttpResponse.json({
            items: [{ finding: findings[2], similarity: 0.5 }],
          }),
        ),
      );
      await renderInbox();
      await userEvent.keyboard(key);
      const dialog = screen.getByRole('dialog', {
        name: 'Mark duplicate: Finding 1',
      });
      await waitFor(() =>
        expect(
          within(dialog).getByLabelText('Search the team’s open findings'),
        ).toHaveFocus(),
      );
      await userEvent.click(
        await within(dialog).findByRole('radio', { name: /Finding 3/ }),
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Mark duplicate' }),
      );
      await waitFor(() =>
        expect(backend.triaged).toEqual([
          {
            id: findings[0].id,
            body: { action: 'mark-duplicate', duplicateOf: findings[2].id },
          },
        ]),
      );
    },
  );

  it('selects with x, and acts on the selection rather than the focused row', async () => {
    const backend = serveInbox(server, findings);
    await renderInbox();
    await userEvent.keyboard('xjjx');
    expect(
      screen.getByRole('checkbox', { name: 'Select “Finding 1”' }),
    ).toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'Select “Finding 3”' }),
    ).toBeChecked();
    expect(
      screen.getByRole('toolbar', { name: 'Selected findings' }),
    ).toHaveTextContent('2 selected');
    await userEvent.keyboard('k'); // on Finding 2, which is not selected
    await userEvent.keyboard('a');
    await waitFor(() =>
      expect(backend.triaged.map(t => t.id)).toEqual([
        findings[0].id,
        findings[2].id,
      ]),
    );
  });

  it('lists the shortcuts on ?, and none fires while the help is open', async () => {
    const backend = serveInbox(server, findings);
    await renderInbox();
    await userEvent.keyboard('?');
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(help).getAllByRole('row');
    expect(rows.map(r => r.textContent)).toEqual([
      'KeyDoes',
      'j or ↓Next finding',
      'k or ↑Previous finding',
      'Enter or oOpen the finding',
      'aAccept',
      'dDecline, with a reason',
      'u or Shift+DMark as a duplicate',
      'sSnooze',
      'iAssign to me',
      'xSelect or unselect the finding',
      '?Show these shortcuts',
    ]);
    await userEvent.keyboard('ja');
    expect(backend.triaged).toEqual([]);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(focusedRow()).toHaveAccessibleName('Finding 1');
  });

  it('fires nothing while someone types in a field elsewhere on the page', async () => {
    const backend = serveInbox(server, findings);
    await renderInbox(<input aria-label="Search the portal" />);
    await userEvent.type(screen.getByLabelText('Search the portal'), 'jaxd');
    expect(backend.triaged).toEqual([]);
    expect(focusedRow()).toHaveAccessibleName('Finding 1');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows each shortcut in its button’s tooltip', async () => {
    serveInbox(server, findings);
    await renderInbox();
    const row = screen.getAllByRole('row')[1];
    await userEvent.hover(
      within(row).getByRole('button', { name: 'Mark duplicate: Finding 1' }),
    );
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Mark duplicate (u or Shift+D)',
    );
  });
});
