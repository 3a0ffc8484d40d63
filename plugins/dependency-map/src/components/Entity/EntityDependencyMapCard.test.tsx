import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { registerMswTestHooks } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  cardAuthoriser,
  cardAuthoriserAvailability,
  cardAuthoriserDependencies,
  cardAuthoriserRadius,
  hotSpots,
} from '../../__fixtures__/fernhill';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { EntityDependencyMapCard } from './EntityDependencyMapCard';

const server = setupServer();
registerMswTestHooks(server);
// Material tables render slowly on a busy machine.
jest.setTimeout(60_000);

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'card-authoriser', namespace: 'default' },
  spec: { type: 'service', owner: 'card-authorisation-team' },
};

const notFound = () =>
  HttpResponse.json(
    {
      error: {
        name: 'NotFoundError',
        message: 'entity: there is no entity or shared fact',
      },
      response: { statusCode: 404 },
    },
    { status: 404 },
  );

function serve(problems: unknown[] = []) {
  const asked: string[] = [];
  const remember = (request: Request) => {
    const url = new URL(request.url);
    asked.push(`${url.pathname.replace(/^.*dependency-map/, '')}${url.search}`);
  };
  server.use(
    http.get(`${BASE}/blast-radius`, ({ request }) => {
      remember(request);
      return HttpResponse.json(cardAuthoriserRadius);
    }),
    http.get(`${BASE}/availability`, ({ request }) => {
      remember(request);
      return HttpResponse.json(cardAuthoriserAvailability);
    }),
    http.get(`${BASE}/annotation-problems`, ({ request }) => {
      remember(request);
      return HttpResponse.json({
        items: problems.length ? [{ ref: cardAuthoriser.id, problems }] : [],
        totalItems: problems.length ? 1 : 0,
        offset: 0,
        limit: 50,
      });
    }),
    http.get(`${BASE}/graph`, ({ request }) => {
      remember(request);
      return HttpResponse.json(cardAuthoriserDependencies);
    }),
    http.get(`${BASE}/hot-spots`, () => HttpResponse.json(hotSpots)),
    http.get(`${BASE}/snapshot`, () =>
      HttpResponse.json({
        readAt: '2026-12-02T06:00:00.000Z',
        ageSeconds: 240,
        entityCount: 412,
        generation: 3,
      }),
    ),
  );
  return asked;
}

const render = () =>
  renderWithClient(
    <EntityProvider entity={entity}>
      <EntityDependencyMapCard />
    </EntityProvider>,
  );

describe('EntityDependencyMapCard', () => {
  it('sums up the hot spots it needs, its blast radius and its honest availability', async () => {
    const asked = serve();
    await render();
    expect(await screen.findByText(/Needs 2 hot spots/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'identity-db' })).toHaveAttribute(
      'href',
      '/dependency-map/impact?node=resource%3Adefault%2Fidentity-db',
    );
    expect(
      screen.getByText(
        /41 entities across 7 teams and 1 domain fail with it \(6 of tier 1\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('99.99999%')).toBeInTheDocument();
    expect(screen.getByText('99.491%')).toBeInTheDocument();
    expect(
      screen.getByText(/219.8 min of downtime a month/),
    ).toBeInTheDocument();
    expect(screen.getByText(/as read 4 min ago/)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Open its graph/ }),
    ).toHaveAttribute(
      'href',
      '/dependency-map/graph?node=component%3Adefault%2Fcard-authoriser',
    );
    expect(asked).toEqual(
      expect.arrayContaining([
        '/blast-radius?node=component%3Adefault%2Fcard-authoriser&limit=1',
        '/availability?entity=component%3Adefault%2Fcard-authoriser',
        '/annotation-problems?entity=component%3Adefault%2Fcard-authoriser',
        '/graph?node=component%3Adefault%2Fcard-authoriser&direction=dependencies&depth=6&maxNodes=2000',
      ]),
    );
  });

  it("lists the entity's annotation problems with their fix", async () => {
    serve([
      {
        annotation: 'fitsys.dev/tier',
        value: 'gold',
        message: 'fitsys.dev/tier: "gold" is not a tier; write 1, 2 or 3',
        severity: 'error',
      },
    ]);
    await render();
    expect(
      await screen.findByText(
        'fitsys.dev/tier: "gold" is not a tier; write 1, 2 or 3',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 annotation problem/)).toBeInTheDocument();
  });

  it('says how to join the map when the entity is not in it', async () => {
    serve();
    server.use(
      http.get(`${BASE}/blast-radius`, notFound),
      http.get(`${BASE}/availability`, notFound),
      http.get(`${BASE}/annotation-problems`, notFound),
      http.get(`${BASE}/graph`, notFound),
    );
    await render();
    expect(
      await screen.findByText(/This entity is not in the dependency map/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'fitsys.dev/ annotations' }),
    ).toBeInTheDocument();
  });
});
