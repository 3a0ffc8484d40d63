import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { BASE, finding, jordan } from '../../__testUtils__/render';
import {
  openFilled,
  reportFrictionBackend,
  similarFindings,
} from './__testUtils__/reportFrictionBackend';

// Findings like the one being typed: a "me too" instead of a new finding,
// and a closed one brought back.

// A dialog this size re-renders on every keystroke; jsdom is slow at it.
jest.setTimeout(20_000);

describe('ReportFrictionDialog: similar findings', () => {
  const { server, filed, meToos } = reportFrictionBackend();

  it('suggests similar open findings while the title is typed, and adds a "me too" instead', async () => {
    await openFilled('HSM simulator not in the guide');
    const similar = await similarFindings();
    expect(similar).toHaveTextContent('HSM simulator missing from the guide');
    await userEvent.click(
      within(similar).getByRole('button', {
        name: 'Me too: HSM simulator missing from the guide',
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add me too' }));
    expect(
      await screen.findByText(/Your “me too” and minutes were added/),
    ).toBeInTheDocument();
    expect(meToos).toEqual([
      {
        id: '11111111-1111-4111-8111-111111111111',
        body: {
          minutesLost: 15,
          note: 'Run it locally. The guide stops half-way.',
        },
      },
    ]);
    expect(filed).toHaveLength(0);
  });

  describe('a finding resolved or declined lately', () => {
    const daysAgo = (days: number) =>
      new Date(Date.now() - days * 86_400_000).toISOString();
    const resolvedId = '44444444-4444-4444-8444-444444444444';
    const declinedId = '55555555-5555-4555-8555-555555555555';
    let triaged: any[];
    beforeEach(() => {
      triaged = [];
      server.use(
        http.get(`${BASE}/findings/similar`, () =>
          HttpResponse.json({
            items: [
              finding({
                id: resolvedId,
                title: 'HSM simulator missing from the guide',
                status: 'resolved',
                closedAt: daysAgo(3),
                reporterRef: jordan,
              }),
              finding({
                id: declinedId,
                title: 'HSM simulator will not start',
                status: 'declined',
                closedAt: daysAgo(5),
                declineReason: 'Needs a licence',
              }),
            ],
          }),
        ),
        http.post(
          `${BASE}/findings/:id/me-too`,
          async ({ request, params }) => {
            meToos.push({ id: params.id, body: await request.json() });
            return HttpResponse.json(
              finding({ id: resolvedId, status: 'triaged', meTooCount: 1 }),
            );
          },
        ),
        http.post(
          `${BASE}/findings/:id/triage`,
          async ({ request, params }) => {
            triaged.push({ id: params.id, body: await request.json() });
            return HttpResponse.json(
              finding({ id: declinedId, status: 'triaged' }),
            );
          },
        ),
      );
    });

    it('says when each was fixed or declined and why, and brings a fixed one back with a "me too" instead of filing again', async () => {
      await openFilled('HSM simulator not in the guide');
      const similar = await similarFindings();
      const [fixed, declined] = within(similar).getAllByRole('listitem');
      expect(fixed).toHaveTextContent('Fixed 3 days ago; still seeing it?');
      expect(declined).toHaveTextContent(
        'Declined 5 days ago (Needs a licence); still seeing it?',
      );
      await userEvent.click(
        within(fixed).getByRole('button', {
          name: 'Me too: HSM simulator missing from the guide',
        }),
      );
      expect(
        screen.getByText(/and reopen it for its owners to triage again\?/),
      ).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Add me too' }));
      expect(
        await screen.findByText(/the finding is open again/),
      ).toBeInTheDocument();
      expect(meToos).toEqual([
        {
          id: resolvedId,
          body: {
            minutesLost: 15,
            note: 'Run it locally. The guide stops half-way.',
          },
        },
      ]);
      expect(filed).toHaveLength(0);
      expect(triaged).toHaveLength(0);
    });

    it('offers the reporter to reopen their own instead, with their scenario as the reason', async () => {
      await openFilled('HSM simulator not in the guide');
      const similar = await similarFindings();
      // Riley filed the declined one: no "me too" on their own finding.
      expect(
        within(similar).queryByRole('button', {
          name: 'Me too: HSM simulator will not start',
        }),
      ).not.toBeInTheDocument();
      await userEvent.click(
        within(similar).getByRole('button', {
          name: 'Reopen: HSM simulator will not start',
        }),
      );
      await userEvent.click(screen.getByRole('button', { name: 'Reopen it' }));
      expect(
        await screen.findByText(/Your finding is open again/),
      ).toBeInTheDocument();
      expect(triaged).toEqual([
        {
          id: declinedId,
          body: {
            action: 'reopen',
            note: 'Run it locally. The guide stops half-way.',
          },
        },
      ]);
      expect(meToos).toHaveLength(0);
      expect(filed).toHaveLength(0);
    });

    it("shows the backend's refusal of a reopening in its words, filing nothing", async () => {
      server.use(
        http.post(`${BASE}/findings/:id/triage`, () =>
          HttpResponse.json(
            {
              error: {
                name: 'NotAllowedError',
                message:
                  'Only the owners of component:default/card-authoriser (group:default/card-authorisation-team) may triage this finding',
              },
              response: { statusCode: 403 },
            },
            { status: 403 },
          ),
        ),
      );
      await openFilled('HSM simulator not in the guide');
      await userEvent.click(
        await screen.findByRole('button', {
          name: 'Reopen: HSM simulator will not start',
        }),
      );
      await userEvent.click(screen.getByRole('button', { name: 'Reopen it' }));
      expect(
        await screen.findByText(/Only the owners of component/),
      ).toBeInTheDocument();
      expect(filed).toHaveLength(0);
    });
  });
});
