import { registerMswTestHooks } from '@backstage/test-utils';
import { FleetFigures } from '@internal/plugin-dependency-map-common';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { FleetTrendView } from './FleetTrendView';

const server = setupServer();
registerMswTestHooks(server);
jest.setTimeout(60_000);

const day = (date: string, hotSpots: number): FleetFigures => ({
  day: date,
  entities: 204,
  hotSpots,
  topHotSpotDependents: 105,
  correlationGroups: 4,
  singlePointsOfFailure: 9,
  articulationPoints: 12,
  cycles: 1,
  cronCollisions: 2,
  saturation: 0,
  tierMismatches: 3,
});

describe('FleetTrendView', () => {
  it('lists the figures day by day, newest first', async () => {
    server.use(
      http.get(`${BASE}/trend`, () =>
        HttpResponse.json({
          items: [
            day('2026-11-30', 31),
            day('2026-12-01', 30),
            day('2026-12-02', 28),
          ],
          wholeCatalog: true,
        }),
      ),
    );
    await renderWithClient(<FleetTrendView />);
    const table = await screen.findByRole('table', {
      name: "The fleet's figures by day",
    });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent(/^2026-12-0220428/);
    expect(rows[3]).toHaveTextContent(/^2026-11-3020431/);
    expect(screen.queryByText(/builds up/)).not.toBeInTheDocument();
  });

  it('says when the trend has not built up, and when the caller sees part of the catalog', async () => {
    server.use(
      http.get(`${BASE}/trend`, () =>
        HttpResponse.json({
          items: [day('2026-12-02', 5)],
          wholeCatalog: false,
        }),
      ),
    );
    await renderWithClient(<FleetTrendView />);
    expect(
      await screen.findByText(/You see part of the catalog/),
    ).toBeInTheDocument();
  });

  it('shows a failure with a way back', async () => {
    server.use(
      http.get(`${BASE}/trend`, () =>
        HttpResponse.json(
          { error: { name: 'Error', message: 'boom' } },
          { status: 500 },
        ),
      ),
    );
    await renderWithClient(<FleetTrendView />);
    expect((await screen.findAllByText(/boom/)).length).toBeGreaterThan(0);
  });
});
