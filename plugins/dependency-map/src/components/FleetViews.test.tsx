import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  cardAuthoriser,
  hotSpots,
  identityDb,
  identityDbInventory,
  identityProvider,
  merchantPortal,
} from '../__fixtures__/fernhill';
import { BASE, renderWithClient } from '../__testUtils__/render';
import { AnnotationProblemsView } from './Annotations/AnnotationProblemsView';
import { CorrelationGroupsView } from './Correlation/CorrelationGroupsView';
import { JourneysView } from './Journeys/JourneysView';
import { MatrixView } from './Matrix/MatrixView';
import { RisksView } from './Risks/RisksView';

const server = setupServer();
registerMswTestHooks(server);
jest.setTimeout(60_000);

const page = <T,>(items: T[], totalItems = items.length) => ({
  items,
  totalItems,
  offset: 0,
  limit: 20,
});

describe('the fleet views', () => {
  it('names what a correlation group shares and who fails with it, page by page', async () => {
    const offsets: Array<string | null> = [];
    server.use(
      http.get(`${BASE}/correlation-groups`, ({ request }) => {
        offsets.push(new URL(request.url).searchParams.get('offset'));
        return HttpResponse.json(
          page(
            [
              {
                id: 'g1',
                size: 3,
                hiddenMembers: 2,
                members: [cardAuthoriser, merchantPortal, identityProvider],
                owners: [
                  'group:default/card-authorisation-team',
                  'group:default/merchant-team',
                ],
                systems: [],
                domains: ['domain:default/payments'],
                shared: [identityDb],
                summary:
                  '3 services of 2 team(s) fail together if identity-db fails (2 of them do not declare it)',
              },
            ],
            45,
          ),
        );
      }),
    );
    await renderWithClient(<CorrelationGroupsView />);
    const group = await screen.findByRole('article', {
      name: /3 services of 2 team\(s\) fail together if identity-db fails/,
    });
    expect(
      within(group).getByRole('heading', {
        name: '3 services fail with identity-db',
      }),
    ).toBeInTheDocument();
    expect(
      within(group).getByText('(2 reach it only through others)', {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(
      within(group).getByRole('link', { name: 'merchant-portal-bff' }),
    ).toBeInTheDocument();
    expect(screen.getByText('1–20 of 45 groups')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('21–40 of 45 groups');
    expect(offsets).toEqual(['0', '20']);
  });

  it("puts a journey's correlated availability beside the assumed one, with its single points of failure", async () => {
    server.use(
      http.get(`${BASE}/journeys`, () =>
        HttpResponse.json({
          items: [
            {
              name: 'pay-with-card',
              title: 'Pay with a card',
              entries: [cardAuthoriser.id],
              missingEntries: 0,
              dependencies: 29,
              singlePointsOfFailure: [
                { node: identityDb, dominated: 4, cutsWholeJourney: false },
              ],
            },
          ],
        }),
      ),
      http.get(`${BASE}/journeys/pay-with-card/availability`, () =>
        HttpResponse.json({
          subject: { type: 'journey', id: 'pay-with-card' },
          assumed: 0.9999999,
          correlated: 0.99491,
          assumedDowntimeMinutesPerMonth: 0.005,
          correlatedDowntimeMinutesPerMonth: 219.8,
          gapMinutesPerMonth: 219.8,
          terms: [],
          withoutTarget: [],
          warnings: [],
        }),
      ),
    );
    await renderWithClient(<JourneysView />);
    const journey = await screen.findByRole('article', {
      name: 'Pay with a card',
    });
    expect(await within(journey).findByText('99.491%')).toBeInTheDocument();
    expect(within(journey).getByText('99.99999%')).toBeInTheDocument();
    expect(within(journey).getByText(/needs 29 entities/)).toBeInTheDocument();
    expect(
      within(journey).getByText('1 single points of failure'),
    ).toBeInTheDocument();
    expect(
      within(journey).getByRole('link', {
        name: 'Blast radius of identity-db',
      }),
    ).toBeInTheDocument();
  });

  it('says how to declare journeys when there are none', async () => {
    server.use(
      http.get(`${BASE}/journeys`, () => HttpResponse.json({ items: [] })),
    );
    await renderWithClient(<JourneysView />);
    expect(
      await screen.findByText(/No customer journeys declared/),
    ).toBeInTheDocument();
  });

  it('lists cron collisions, saturation and tier mismatches with their totals', async () => {
    server.use(
      http.get(`${BASE}/risks`, () =>
        HttpResponse.json({
          cycles: [],
          articulationPoints: [],
          cronCollisions: [
            {
              minute: '02:00',
              dependency: identityDb,
              jobs: [
                {
                  ref: 'component:default/payout-batch',
                  expression: '0 2 * * *',
                },
                {
                  ref: 'component:default/settlement-batch',
                  expression: '0 2 * * *',
                },
              ],
            },
          ],
          saturation: [
            {
              dependency: identityDb,
              capacity: 600,
              summedPeak: 650,
              dependents: [
                { ref: 'component:default/ledger-service', peakLoad: 150 },
              ],
            },
          ],
          tierMismatches: [
            {
              ref: merchantPortal.id,
              tier: 1,
              dependency: 'component:default/reporting',
              dependencyTier: 3,
            },
          ],
          totals: {
            cycles: 0,
            articulationPoints: 0,
            cronCollisions: 1,
            saturation: 1,
            tierMismatches: 7,
          },
        }),
      ),
    );
    await renderWithClient(<RisksView />);
    expect(await screen.findByText('Cron collisions (1)')).toBeInTheDocument();
    expect(
      screen.getByText(/payout-batch \(0 2 \* \* \*\), settlement-batch/),
    ).toBeInTheDocument();
    expect(screen.getByText('650')).toBeInTheDocument();
    expect(
      screen.getByText('Tier mismatches (first 1 of 7)'),
    ).toBeInTheDocument();
    expect(screen.getByText('No dependency cycles.')).toBeInTheDocument();
  });

  it('lists annotation problems with the entity and the fix', async () => {
    server.use(
      http.get(`${BASE}/annotation-problems`, () =>
        HttpResponse.json(
          page([
            {
              ref: cardAuthoriser.id,
              problems: [
                {
                  annotation: 'fitsys.dev/tier',
                  value: 'gold',
                  message:
                    'fitsys.dev/tier: "gold" is not a tier; write 1, 2 or 3',
                  severity: 'error',
                },
              ],
            },
          ]),
        ),
      ),
    );
    await renderWithClient(<AnnotationProblemsView />);
    expect(
      await screen.findByText(
        'fitsys.dev/tier: "gold" is not a tier; write 1, 2 or 3',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /card-authoriser/ }),
    ).toBeInTheDocument();
  });

  it('draws services against the top shared dependencies, declared or hidden', async () => {
    const inventoried: Array<string | null> = [];
    server.use(
      http.get(`${BASE}/hot-spots`, () =>
        HttpResponse.json({
          ...hotSpots,
          items: [hotSpots.items[1]],
          totalItems: 1,
        }),
      ),
      http.get(`${BASE}/inventory`, ({ request }) => {
        inventoried.push(new URL(request.url).searchParams.get('node'));
        return HttpResponse.json(identityDbInventory);
      }),
    );
    await renderWithClient(<MatrixView />);
    expect(
      await screen.findByRole('cell', {
        name: 'identity-provider needs it directly: identity-db',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('cell', {
        name: 'card-authoriser needs it through others: identity-db',
      }),
    ).toBeInTheDocument();
    expect(inventoried).toEqual([identityDb.id]);
  });
});
