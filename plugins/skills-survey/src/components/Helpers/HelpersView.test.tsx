import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { technologies } from '../../__testUtils__/fixtures';
import { BASE, jordan, renderWithClient } from '../../__testUtils__/render';
import { HelpersView } from './HelpersView';

const server = setupServer();
registerMswTestHooks(server);

describe('HelpersView', () => {
  it('lists helpers by technology and saves the viewer’s own offers', async () => {
    let helpers = [
      {
        userRef: 'user:default/riley.novak',
        technologyId: 'kafka',
        note: 'Tuesdays',
        since: '2026-11-01',
      },
    ];
    const sent: any[] = [];
    server.use(
      http.get(`${BASE}/technologies`, () =>
        HttpResponse.json({ items: technologies }),
      ),
      http.get(`${BASE}/helpers`, () => HttpResponse.json({ items: helpers })),
      http.put(`${BASE}/helpers/me`, async ({ request }) => {
        const body: any = await request.json();
        sent.push(body);
        const mine = body.technologies.map((t: any) => ({
          userRef: jordan,
          technologyId: t.technologyId,
          note: t.note ?? null,
          since: '2026-12-02',
        }));
        helpers = [...helpers.filter(h => h.userRef !== jordan), ...mine];
        return HttpResponse.json({ items: mine });
      }),
    );
    await renderWithClient(<HelpersView />);
    const directory = await screen.findByRole('table', {
      name: 'Helpers by technology',
    });
    expect(within(directory).getAllByRole('row')[1]).toHaveTextContent(
      /Apache Kafka.*riley\.novak.*Tuesdays/,
    );

    await userEvent.click(
      screen.getByRole('textbox', { name: /I can help with/ }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: 'Kotlin' }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /Note for Kotlin/ }),
      'Code review',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Save my offers' }),
    );
    expect(
      await screen.findByText('Your offers are saved.', undefined, {
        timeout: 5000,
      }),
    ).toBeInTheDocument();
    expect(sent).toEqual([
      { technologies: [{ technologyId: 'kotlin', note: 'Code review' }] },
    ]);
    const rows = within(
      await screen.findByRole('table', { name: 'Helpers by technology' }),
    ).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toHaveTextContent(/Kotlin.*jordan\.lee.*Code review/);
  });
});
