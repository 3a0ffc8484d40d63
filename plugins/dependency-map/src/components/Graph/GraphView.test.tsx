import { DependencySubgraph } from '@internal/plugin-dependency-map-common';
import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  cardAuthoriser,
  hotSpots,
  identityDb,
  identityProvider,
} from '../../__fixtures__/fernhill';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { GraphView } from './GraphView';

const server = setupServer();
registerMswTestHooks(server);
// Material tables of a few dozen rows render slowly on a busy machine.
jest.setTimeout(60_000);

// The card authoriser needs the identity provider (and 200 services of
// eight teams need the card authoriser): too many to draw one by one.
const services = Array.from({ length: 200 }, (_, i) => ({
  id: `component:default/s${i}`,
  type: 'entity' as const,
  label: `s${i}`,
  kind: 'component',
  owner: `group:default/team-${i % 8}`,
}));
const subgraph: DependencySubgraph = {
  focus: cardAuthoriser.id,
  nodes: [cardAuthoriser, identityProvider, identityDb, ...services],
  edges: [
    [0, 1],
    [1, 2],
    ...services.map((_, i) => [i + 3, 0] as [number, number]),
  ],
  truncated: true,
};

describe('GraphView', () => {
  it('gathers a big neighbourhood by team, lists it as a table and drills into a group', async () => {
    const asked: string[] = [];
    server.use(
      http.get(`${BASE}/hot-spots`, () => HttpResponse.json(hotSpots)),
      http.get(`${BASE}/graph`, ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json(subgraph);
      }),
    );
    await renderWithClient(<GraphView />, [
      `/dependency-map/graph?node=${encodeURIComponent(
        cardAuthoriser.id,
      )}&depth=3`,
    ]);
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent(/drawn for 203 nodes/);
    expect(status).toHaveTextContent(
      /groups by team \(more than a readable size/,
    );
    expect(status).toHaveTextContent(/cut at the node limit/);
    expect(asked).toEqual([
      '?node=component%3Adefault%2Fcard-authoriser&depth=3&direction=both&maxNodes=500',
    ]);
    // No WebGL in jsdom: the table is what shows.
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const [table] = screen.getAllByRole('table');
    expect(
      within(table).getByRole('link', { name: 'card-authoriser' }),
    ).toBeInTheDocument();
    expect(
      within(table).queryByRole('link', { name: 's0' }),
    ).not.toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Expand group team-0 (25)' }),
    );
    expect(await screen.findByRole('link', { name: 's0' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      /^34 nodes drawn for 203 nodes/,
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Collapse groups' }),
    );
    expect(screen.queryByRole('link', { name: 's0' })).not.toBeInTheDocument();
  });

  it('filters by tier, leaving out what only the filtered nodes connected', async () => {
    server.use(
      http.get(`${BASE}/hot-spots`, () => HttpResponse.json(hotSpots)),
      http.get(`${BASE}/graph`, () => HttpResponse.json(subgraph)),
    );
    await renderWithClient(<GraphView />, [
      `/dependency-map/graph?node=${encodeURIComponent(cardAuthoriser.id)}`,
    ]);
    await screen.findByRole('status');
    await userEvent.click(screen.getByRole('button', { name: 'Tier all' }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'tier 1' }),
    );
    await userEvent.keyboard('{Escape}');
    expect(await screen.findByRole('status')).toHaveTextContent(
      /3 nodes drawn for 3 nodes; 200 hidden by the filters/,
    );
    expect(
      screen.getByRole('link', { name: 'identity-db' }),
    ).toBeInTheDocument();
  });

  it('asks for a node before it draws anything', async () => {
    server.use(
      http.get(`${BASE}/hot-spots`, () => HttpResponse.json(hotSpots)),
    );
    await renderWithClient(<GraphView />, ['/dependency-map/graph']);
    expect(
      screen.getByText(
        /Pick a hot spot or name an entity to draw the graph around it/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show graph' })).toBeDisabled();
  });
});
