import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FindingEvent } from '@internal/plugin-devzero-common';
import { DateTime } from 'luxon';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { details, id } from '../../__testUtils__/findingDetails';
import { BASE, jordan, renderWithClient } from '../../__testUtils__/render';
import { History } from './History';
import { readHistoryNote } from './historyNote';

const server = setupServer();
registerMswTestHooks(server);

const original = '22222222-2222-4222-8222-222222222222';
const noor = 'user:default/noor.siddiqui';

const entry = (
  n: number,
  action: FindingEvent['action'],
  note?: string,
  fields: Pick<FindingEvent, 'assigneeRef' | 'duplicateOf'> = {},
): FindingEvent => ({
  id: n,
  findingId: id,
  actorRef: jordan,
  at: '2026-11-20T09:00:00.000Z',
  action,
  note,
  ...fields,
});

describe('History', () => {
  it("names the assignee and links the original of a duplicate by its title, from the entries' fields, and says when a snooze ends", async () => {
    server.use(
      http.get(`${BASE}/findings/${original}`, () =>
        HttpResponse.json(
          details({ id: original, title: 'HSM simulator missing from set-up' }),
        ),
      ),
    );
    const until = DateTime.now().plus({ days: 6, hours: 1 });
    await renderWithClient(
      <History
        history={[
          entry(1, 'assign', 'she knows the HSM', { assigneeRef: noor }),
          entry(2, 'snooze', `snoozed until ${until.toUTC().toISO()}`),
          entry(3, 'mark-duplicate', 'Same HSM gap', { duplicateOf: original }),
          entry(4, 'assign', 'Back to the pool'),
          entry(5, 'assign', undefined, { assigneeRef: jordan }),
        ]}
      />,
    );
    const items = within(
      screen.getByRole('list', { name: 'History' }),
    ).getAllByRole('listitem');
    expect(
      await within(items[0]).findByRole('link', { name: 'Noor Siddiqui' }),
    ).toBeInTheDocument();
    expect(items[0]).toHaveTextContent(/assigned it to Noor Siddiqui/);
    expect(items[0]).toHaveTextContent('she knows the HSM');
    expect(items[0]).not.toHaveTextContent(noor);

    expect(items[1]).toHaveTextContent('snoozed it until in 6 days');
    await userEvent.hover(within(items[1]).getByText('in 6 days'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      until.toLocaleString(DateTime.DATETIME_MED),
    );

    expect(
      await within(items[2]).findByRole('link', {
        name: '“HSM simulator missing from set-up”',
      }),
    ).toHaveAttribute('href', `/devzero/findings/${original}`);
    expect(items[2]).not.toHaveTextContent(original);
    expect(items[2]).toHaveTextContent('Same HSM gap');
    expect(items[3]).toHaveTextContent('unassigned it');
    expect(items[3]).toHaveTextContent('Back to the pool');
    expect(items[4]).toHaveTextContent(/^jordan\.lee took it/);
  });
});

describe('readHistoryNote', () => {
  it.each([
    [
      'an assignee from its field, and a reason holding "; " itself',
      entry(1, 'assign', 'because; twice', { assigneeRef: noor }),
      { kind: 'assigned', assigneeRef: noor, reason: 'because; twice' },
    ],
    [
      'an unassignment: an "assign" without an assignee',
      entry(1, 'assign', 'Back to the pool'),
      { kind: 'assigned', assigneeRef: null, reason: 'Back to the pool' },
    ],
    [
      'the original of a duplicate from its field',
      entry(1, 'mark-duplicate', undefined, { duplicateOf: original }),
      { kind: 'duplicate-of', findingId: original, reason: undefined },
    ],
    [
      'a lifted snooze',
      entry(2, 'snooze', 'snooze lifted'),
      { kind: 'snoozed', until: null, reason: undefined },
    ],
    [
      'a merged duplicate whose title holds brackets',
      entry(
        3,
        'merge',
        `${original} (A (nested) title) merged in, with 1 reporter(s) and its links`,
      ),
      {
        kind: 'duplicate',
        findingId: original,
        title: 'A (nested) title',
        what: 'merged in, with 1 reporter(s) and its links',
      },
    ],
    [
      'a move to a new owner',
      entry(
        4,
        'reroute',
        'from group:default/a to group:default/b, who owns component:default/x now; no longer assigned or snoozed',
      ),
      {
        kind: 'moved',
        fromRef: 'group:default/a',
        toRef: 'group:default/b',
        entityRef: 'component:default/x',
        what: 'no longer assigned or snoozed',
      },
    ],
    [
      'a note of an action that names nobody',
      entry(5, 'accept', 'Looks real'),
      { kind: 'text', text: 'Looks real' },
    ],
    [
      'a note it does not recognise, as written',
      entry(6, 'snooze', 'written by hand'),
      { kind: 'text', text: 'written by hand' },
    ],
  ])('reads %s', (_what, event, read) => {
    expect(readHistoryNote(event)).toEqual(read);
  });
});
