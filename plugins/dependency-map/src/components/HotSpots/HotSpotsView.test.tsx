import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { hotSpots } from '../../__fixtures__/fernhill';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { HotSpotsView } from './HotSpotsView';

const server = setupServer();
registerMswTestHooks(server);
// Material tables render slowly on a busy machine.
jest.setTimeout(60_000);

describe('HotSpotsView', () => {
  it('ranks the shared dependencies with what fails with them, linking to each blast radius', async () => {
    server.use(
      http.get(`${BASE}/hot-spots`, () => HttpResponse.json(hotSpots)),
    );
    await renderWithClient(<HotSpotsView />);
    const [table] = await screen.findAllByRole('table');
    const rows = within(table).getAllByRole('row');
    // The header, then the hot spots in rank order.
    expect(rows[1]).toHaveTextContent(/eu-west-1a/);
    expect(rows[2]).toHaveTextContent(/identity-db/);
    expect(rows[2]).toHaveTextContent(/75/);
    // An estimate says so, and its teams are not guessed.
    expect(rows[3]).toHaveTextContent('≈ 1,204');
    expect(
      screen.getByRole('link', { name: 'Blast radius of identity-db' }),
    ).toHaveAttribute(
      'href',
      '/dependency-map/impact?node=resource%3Adefault%2Fidentity-db',
    );
    expect(
      screen.getByRole('link', { name: 'Graph around identity-db' }),
    ).toHaveAttribute(
      'href',
      '/dependency-map/graph?node=resource%3Adefault%2Fidentity-db',
    );
    expect(
      screen.getByText(/relative standard error 12.7 %/),
    ).toBeInTheDocument();
  });

  it('asks the backend for one type of shared dependency', async () => {
    const types: Array<string | null> = [];
    server.use(
      http.get(`${BASE}/hot-spots`, ({ request }) => {
        const type = new URL(request.url).searchParams.get('type');
        types.push(type);
        return HttpResponse.json(
          type === 'image'
            ? { ...hotSpots, items: [hotSpots.items[2]], totalItems: 1 }
            : hotSpots,
        );
      }),
    );
    await renderWithClient(<HotSpotsView />);
    await screen.findByText('Hot spots (3)');
    await userEvent.click(
      screen.getByRole('button', { name: /Dependency type/ }),
    );
    await userEvent.click(await screen.findByRole('option', { name: 'image' }));
    expect(await screen.findByText('Hot spots (1)')).toBeInTheDocument();
    expect(types).toEqual([null, 'image']);
  });

  it('exports the hot spots as CSV through the backend', async () => {
    const saved: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:hot-spots';
    });
    URL.revokeObjectURL = jest.fn();
    server.use(
      http.get(`${BASE}/hot-spots`, () => HttpResponse.json(hotSpots)),
      http.get(
        `${BASE}/export/hot-spots`,
        () =>
          new HttpResponse('rank,id\n1,zone:eu-west-1a\n', {
            headers: {
              'Content-Type': 'text/csv',
              'Content-Disposition':
                'attachment; filename="dependency-hot-spots.csv"',
            },
          }),
      ),
    );
    await renderWithClient(<HotSpotsView />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Export CSV' }),
    );
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(await saved[0].text()).toBe('rank,id\n1,zone:eu-west-1a\n');
  });

  it('says how to declare dependencies when there are none yet', async () => {
    server.use(
      http.get(`${BASE}/hot-spots`, () =>
        HttpResponse.json({ ...hotSpots, items: [], totalItems: 0 }),
      ),
    );
    await renderWithClient(<HotSpotsView />);
    expect(
      await screen.findByText('No shared dependencies yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/fitsys.dev\/zone: eu-west-1a/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'the catalog contract' }),
    ).toHaveAttribute(
      'href',
      '/docs/default/component/fit-systems/catalog-contract/',
    );
  });

  it("shows the server's message when the map cannot be read", async () => {
    server.use(
      http.get(`${BASE}/hot-spots`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'ServiceUnavailableError',
              message: 'the catalog could not be read yet',
            },
            response: { statusCode: 503 },
          },
          { status: 503 },
        ),
      ),
    );
    await renderWithClient(<HotSpotsView />);
    expect(
      await screen.findByText(/Request failed with 503 Service Unavailable/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
