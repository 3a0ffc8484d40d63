import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { numbered, serveInbox } from '../../__testUtils__/inbox';
import { InboxView } from './InboxView';

const server = setupServer();
registerMswTestHooks(server);
jest.setTimeout(30_000);

describe('InboxView: several findings at once', () => {
  it('accepts the selected findings one after another, and names the one that failed and why', async () => {
    const findings = numbered(4);
    const backend = serveInbox(server, findings);
    backend.refuse.add(findings[1].id);
    // Counts the triage requests in flight, before the inbox answers them.
    let inFlight = 0;
    let most = 0;
    server.use(
      http.post(`${BASE}/findings/:id/triage`, async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise(r => setTimeout(r, 20));
        inFlight--;
        return undefined; // on to the inbox's handler
      }),
    );
    await renderWithClient(<InboxView />);
    await userEvent.click(
      await screen.findByRole('checkbox', { name: 'Select all on page' }),
    );
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select “Finding 4”' }),
    );
    const toolbar = screen.getByRole('toolbar', { name: 'Selected findings' });
    expect(toolbar).toHaveTextContent('3 selected');
    await userEvent.click(
      within(toolbar).getByRole('button', { name: 'Accept' }),
    );

    // Three requests one after another, then the reload: give them time.
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(
      'Accepted 2 of 3 findings; 1 could not be.',
    );
    expect(
      within(within(alert).getByRole('list', { name: 'Not triaged' }))
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual([
      `“Finding 2”: Finding ${findings[1].id} changed meanwhile; reload it and try again`,
    ]);
    expect(backend.triaged.map(t => t.id)).toEqual(
      findings.slice(0, 3).map(f => f.id),
    );
    expect(most).toBe(1);
    // The accepted ones leave; the failed one stays, selected, saying why.
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('row')
          .slice(1)
          .map(r => r.getAttribute('aria-label')),
      ).toEqual(['Finding 2', 'Finding 4']),
    );
    expect(
      screen.getByRole('checkbox', { name: 'Select “Finding 2”' }),
    ).toBeChecked();
    expect(
      within(screen.getByRole('row', { name: 'Finding 2' })).getByText(
        /^Not triaged: Finding .* changed meanwhile/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('toolbar')).toHaveTextContent('1 selected');
  });

  it('declines the selected findings with one reason', async () => {
    const findings = numbered(3);
    const backend = serveInbox(server, findings);
    await renderWithClient(<InboxView />);
    await userEvent.click(
      await screen.findByRole('checkbox', { name: 'Select “Finding 1”' }),
    );
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select “Finding 3”' }),
    );
    await userEvent.click(
      within(screen.getByRole('toolbar')).getByRole('button', {
        name: 'Decline',
      }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Decline: 2 findings',
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Decline' }),
    );
    expect(
      within(dialog).getByText('Why, for the reporter is needed'),
    ).toBeVisible();
    await userEvent.type(
      within(dialog).getByLabelText(/Why, for the reporter/),
      'Expected behaviour',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Decline' }),
    );
    await waitFor(() =>
      expect(backend.triaged).toEqual(
        [findings[0], findings[2]].map(f => ({
          id: f.id,
          body: { action: 'decline', note: 'Expected behaviour' },
        })),
      ),
    );
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Declined 2 findings.',
    );
  });
});
