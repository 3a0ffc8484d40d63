import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  cardAuthoriser,
  hotSpots,
  identityDb,
  identityDbRadius,
  zoneA,
} from '../../__fixtures__/fernhill';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { ImpactView } from './ImpactView';

const server = setupServer();
registerMswTestHooks(server);
// Material tables render slowly on a busy machine.
jest.setTimeout(60_000);

const hotSpotsRoute = http.get(`${BASE}/hot-spots`, () =>
  HttpResponse.json(hotSpots),
);

describe('ImpactView', () => {
  it('shows the blast radius of the node the address names', async () => {
    const asked: Array<string | null> = [];
    server.use(
      hotSpotsRoute,
      http.get(`${BASE}/blast-radius`, ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('node'));
        return HttpResponse.json(identityDbRadius);
      }),
    );
    await renderWithClient(<ImpactView />, [
      `/dependency-map/impact?node=${encodeURIComponent(identityDb.id)}`,
    ]);
    expect(
      await screen.findByText(
        /75 entities fail with it \(3 direct dependents\)/,
      ),
    ).toBeInTheDocument();
    const summary = screen.getByRole('region', {
      name: 'What fails with identity-db',
    });
    expect(within(summary).getByText('19')).toBeInTheDocument();
    expect(within(summary).getByText('tier-1 entities')).toBeInTheDocument();
    expect(
      within(summary).getByRole('list', { name: 'Teams impacted' }),
    ).toHaveTextContent(/card-authorisation-team/);
    expect(
      within(summary).getByRole('link', { name: 'card-authoriser' }),
    ).toBeInTheDocument();
    expect(
      within(summary).getByText(/Nearest 3 of 75 entities/),
    ).toBeInTheDocument();
    expect(asked).toEqual([identityDb.id]);
  });

  it('says what the backend could not find', async () => {
    server.use(
      hotSpotsRoute,
      http.get(`${BASE}/blast-radius`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotFoundError',
              message:
                'node: there is no entity or shared fact "ghost" in the dependency map',
            },
            response: { statusCode: 404 },
          },
          { status: 404 },
        ),
      ),
    );
    await renderWithClient(<ImpactView />, [
      '/dependency-map/impact?node=ghost',
    ]);
    expect(
      await screen.findByText('"ghost" was not found'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/there is no entity or shared fact "ghost"/),
    ).toBeInTheDocument();
  });

  it('runs a what-if over an entity and a zone, naming the journeys that break', async () => {
    const bodies: unknown[] = [];
    server.use(
      hotSpotsRoute,
      http.post(`${BASE}/what-if`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({
          ...identityDbRadius,
          impacted: 88,
          failed: [cardAuthoriser, zoneA],
          journeysBroken: [
            { name: 'pay-with-card', entries: [cardAuthoriser.id] },
          ],
        });
      }),
    );
    await renderWithClient(<ImpactView />, ['/dependency-map/impact']);
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Entities that fail' }),
      `${cardAuthoriser.id}{Enter}`,
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Zones that fail' }),
      'eu-west-1a{Enter}',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Run what-if' }));
    expect(
      await screen.findByText(/Journeys broken: pay-with-card/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/88 more entities fail with them/),
    ).toBeInTheDocument();
    expect(bodies).toEqual([
      { entities: [cardAuthoriser.id], zones: ['eu-west-1a'], limit: 500 },
    ]);
  });

  it("shows the backend's reason when a what-if names something unknown", async () => {
    server.use(
      hotSpotsRoute,
      http.post(`${BASE}/what-if`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'InputError',
              message:
                'body: 1 of the things named fail nothing the dependency map knows: "mars-1a"',
            },
            response: { statusCode: 400 },
          },
          { status: 400 },
        ),
      ),
    );
    await renderWithClient(<ImpactView />, ['/dependency-map/impact']);
    const run = screen.getByRole('button', { name: 'Run what-if' });
    expect(run).toBeDisabled();
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Zones that fail' }),
      'mars-1a{Enter}',
    );
    await userEvent.click(run);
    expect(
      await screen.findByText(
        /fail nothing the dependency map knows: "mars-1a"/,
      ),
    ).toBeInTheDocument();
  });
});
