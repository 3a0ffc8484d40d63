import { alertApiRef } from '@backstage/core-plugin-api';
import { registerMswTestHooks, TestApiProvider } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { Route, Routes } from 'react-router-dom';
import {
  bigMap,
  bigMapByDomain,
  fernhillMap,
} from '../../__fixtures__/fernhill';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { ContextMapView } from './ContextMapView';

const server = setupServer();
registerMswTestHooks(server);

describe('ContextMapView', () => {
  it('draws every context and labels relationships with their patterns', async () => {
    server.use(http.get(`${BASE}/map`, () => HttpResponse.json(fernhillMap)));
    await renderWithClient(<ContextMapView />);
    expect(
      await screen.findByText('6 contexts, 5 relationships'),
    ).toBeInTheDocument();
    for (const name of [
      'Card Authorisation',
      'Card Vault',
      'Clearing',
      'Settlement',
      'Fraud Detection',
      'Ledger',
    ]) {
      expect(screen.getByText(name, { selector: 'tspan' })).toBeInTheDocument();
    }
    // The arrow shows which side is upstream; the label keeps the patterns,
    // and the full notation is the label's tooltip.
    for (const [label, full] of [
      ['PL → ACL', 'U [PL] → D [ACL]'],
      ['PL → CF', 'U [PL] → D [CF]'],
      ['C/S', 'C/S: U → D'],
      ['SK', 'SK'],
      ['P', 'P'],
    ]) {
      const text = screen.getByText(label, { selector: 'text' });
      expect(text.parentElement?.querySelector('title')).toHaveTextContent(
        full,
      );
    }
    expect(
      screen.getByRole('complementary', { name: 'Legend' }),
    ).toHaveTextContent(/ACL\s*anticorruption layer/);
    expect(screen.getAllByText('core').length).toBeGreaterThan(0);
    expect(screen.getAllByText('supporting').length).toBeGreaterThan(0);
  });

  it('sends the chosen domain to the backend and shows the filtered map', async () => {
    const requested: string[] = [];
    server.use(
      http.get(`${BASE}/map`, ({ request }) => {
        const url = new URL(request.url);
        requested.push(url.search);
        if (url.searchParams.get('domain') === 'domain:default/finance') {
          return HttpResponse.json({
            ...fernhillMap,
            contexts: [fernhillMap.contexts[5]],
            edges: [],
          });
        }
        return HttpResponse.json(fernhillMap);
      }),
    );
    await renderWithClient(<ContextMapView />);
    await screen.findByText('6 contexts, 5 relationships');
    await userEvent.click(screen.getByRole('button', { name: /^Domain/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Finance' }),
    );
    expect(
      await screen.findByText('1 contexts, 0 relationships'),
    ).toBeInTheDocument();
    expect(requested).toContain('?domain=domain%3Adefault%2Ffinance');
  });

  it('focuses on one context and as many steps around it as asked', async () => {
    const requested: string[] = [];
    server.use(
      http.get(`${BASE}/map`, ({ request }) => {
        requested.push(new URL(request.url).search);
        return HttpResponse.json(fernhillMap);
      }),
    );
    await renderWithClient(<ContextMapView />);
    await screen.findByText('6 contexts, 5 relationships');
    await userEvent.click(
      screen.getByRole('button', { name: /^Focus on context/ }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: 'Ledger' }),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: /^Steps around it/ }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: '2 steps' }),
    );
    await waitFor(() =>
      expect(requested).toContain(
        '?focus=boundedcontext%3Adefault%2Fledger&depth=2',
      ),
    );
  });

  it('opens a context from the diagram with the keyboard', async () => {
    server.use(http.get(`${BASE}/map`, () => HttpResponse.json(fernhillMap)));
    await renderWithClient(
      <Routes>
        <Route path="/" element={<ContextMapView />} />
        <Route
          path="/domain-catalog/contexts/:namespace/:name"
          element={<p>the ledger's page</p>}
        />
      </Routes>,
    );
    await screen.findByText('6 contexts, 5 relationships');
    const node = screen.getByLabelText('Ledger 1 drift');
    expect(node).toHaveAttribute('role', 'link');
    node.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText("the ledger's page")).toBeInTheDocument();
  });

  it('draws one node per domain when the map is too big, and a domain opens its contexts', async () => {
    const requested: string[] = [];
    server.use(
      http.get(`${BASE}/map`, ({ request }) => {
        const url = new URL(request.url);
        requested.push(url.search);
        return HttpResponse.json(url.search ? fernhillMap : bigMap);
      }),
      http.get(`${BASE}/map/domains`, () => HttpResponse.json(bigMapByDomain)),
    );
    await renderWithClient(<ContextMapView />);
    expect(
      await screen.findByText('80 contexts in 2 domains'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Finance', { selector: 'tspan' }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText('40 contexts', { selector: 'tspan' }),
    ).toHaveLength(2);
    expect(screen.getByText('7', { selector: 'text' })).toBeInTheDocument();

    await userEvent.click(screen.getByLabelText('Finance 40 contexts'));
    expect(
      await screen.findByText('6 contexts, 5 relationships'),
    ).toBeInTheDocument();
    expect(requested).toContain('?domain=domain%3Adefault%2Ffinance');
  });

  it('zooms with the buttons and the keyboard, and fits the map again', async () => {
    server.use(http.get(`${BASE}/map`, () => HttpResponse.json(fernhillMap)));
    await renderWithClient(<ContextMapView />);
    await screen.findByText('6 contexts, 5 relationships');
    const svg = screen.getByTestId('context-map-svg');
    const fitted = svg.getAttribute('viewBox');
    const fit = screen.getByRole('button', {
      name: 'Fit the map to the frame',
    });
    expect(fit).toBeDisabled();
    expect(screen.getByText('100%')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(screen.getByText('125%')).toBeInTheDocument();
    const zoomed = svg.getAttribute('viewBox')!.split(' ').map(Number);
    const original = fitted!.split(' ').map(Number);
    expect(zoomed[2]).toBeCloseTo(original[2] / 1.25);
    expect(fit).toBeEnabled();

    // Keys pressed with focus on a node zoom and pan the map too.
    screen.getByLabelText('Ledger 1 drift').focus();
    await userEvent.keyboard('+');
    expect(screen.getByText('156%')).toBeInTheDocument();
    await userEvent.keyboard('{ArrowRight}');
    expect(Number(svg.getAttribute('viewBox')!.split(' ')[0])).toBeGreaterThan(
      zoomed[0],
    );

    await userEvent.click(fit);
    expect(svg).toHaveAttribute('viewBox', fitted);
    expect(screen.getByText('100%')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(screen.getByText('80%')).toBeInTheDocument();
    screen.getByRole('button', { name: 'Zoom out' }).focus();
    await userEvent.keyboard('0');
    expect(svg).toHaveAttribute('viewBox', fitted);
  });

  it('offers the table first on a phone', async () => {
    const matchMedia = window.matchMedia;
    // Every media query matches: the window is as narrow as MUI's xs.
    window.matchMedia = ((query: string) => ({
      matches: true,
      media: query,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
    })) as unknown as typeof window.matchMedia;
    try {
      server.use(http.get(`${BASE}/map`, () => HttpResponse.json(fernhillMap)));
      await renderWithClient(<ContextMapView />);
      expect(await screen.findByText('Relationships')).toBeInTheDocument();
      expect(screen.queryByTestId('context-map-svg')).not.toBeInTheDocument();
      const views = within(
        screen.getByRole('group', { name: 'How to show the map' }),
      ).getAllByRole('button');
      expect(views.map(b => b.textContent)).toEqual([
        'Table',
        'Diagram',
        'Hierarchy',
      ]);
      expect(views[0]).toHaveAttribute('aria-pressed', 'true');
      await userEvent.click(views[1]);
      expect(await screen.findByTestId('context-map-svg')).toBeInTheDocument();
    } finally {
      window.matchMedia = matchMedia;
    }
  });

  it('lists relationships in a table for keyboard and screen-reader users', async () => {
    server.use(http.get(`${BASE}/map`, () => HttpResponse.json(fernhillMap)));
    await renderWithClient(<ContextMapView />, ['/?view=table']);
    expect(await screen.findByText('Relationships')).toBeInTheDocument();
    // A header row and one per relationship.
    expect(screen.getAllByRole('row')).toHaveLength(6);
    expect(
      screen.getByRole('row', { name: /Clearing.*Settlement.*C\/S: U → D/ }),
    ).toBeInTheDocument();
  });

  it('explains what to declare when there are no contexts', async () => {
    server.use(
      http.get(`${BASE}/map`, () =>
        HttpResponse.json({ ...fernhillMap, contexts: [], edges: [] }),
      ),
    );
    await renderWithClient(<ContextMapView />);
    expect(
      await screen.findByText('No bounded contexts yet'),
    ).toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    server.use(
      http.get(`${BASE}/map`, () =>
        HttpResponse.json(
          { error: { name: 'Error', message: 'boom' } },
          { status: 500 },
        ),
      ),
    );
    await renderWithClient(<ContextMapView />);
    await waitFor(() =>
      expect(screen.getAllByText(/boom/).length).toBeGreaterThan(0),
    );
  });
});

describe('ContextMapView hierarchy', () => {
  it('nests contexts inside their sub-domains and domains, under each sub-domain they implement', async () => {
    server.use(
      http.get(`${BASE}/map`, () =>
        HttpResponse.json({
          ...fernhillMap,
          contexts: [
            {
              ...fernhillMap.contexts[0],
              domain: 'domain:default/cards',
              implements: ['domain:default/cards', 'domain:default/risk'],
            },
            fernhillMap.contexts[5],
          ],
          domains: [
            ...fernhillMap.domains.filter(d => d.name !== 'risk'),
            {
              ref: 'domain:default/cards',
              name: 'cards',
              title: 'Cards',
              parent: 'domain:default/payments',
            },
            {
              ref: 'domain:default/risk',
              name: 'risk',
              title: 'Risk',
              parent: 'domain:default/payments',
            },
          ],
        }),
      ),
    );
    await renderWithClient(<ContextMapView />, ['/?view=hierarchy']);
    const payments = await screen.findByRole('list', { name: 'Payments' });
    expect(payments).toHaveTextContent(
      /^Cards.*Card Authorisation.*Risk.*Card Authorisation/,
    );
    expect(screen.getByRole('list', { name: 'Finance' })).toHaveTextContent(
      'Ledger',
    );
  });

  describe('export', () => {
    const saved: string[] = [];
    beforeEach(() => {
      saved.length = 0;
      URL.createObjectURL = jest.fn(() => 'blob:map');
      URL.revokeObjectURL = jest.fn();
      jest
        .spyOn(HTMLAnchorElement.prototype, 'click')
        .mockImplementation(function click(this: HTMLAnchorElement) {
          saved.push(this.download);
        });
    });
    afterEach(() => jest.restoreAllMocks());

    it('downloads the filtered map in the format chosen from the Export menu', async () => {
      const exported: string[] = [];
      server.use(
        http.get(`${BASE}/map`, () => HttpResponse.json(fernhillMap)),
        http.get(`${BASE}/export`, ({ request }) => {
          exported.push(new URL(request.url).search);
          return new HttpResponse('flowchart LR', {
            headers: { 'content-type': 'text/plain' },
          });
        }),
      );
      await renderWithClient(<ContextMapView />, [
        '/?domain=domain%3Adefault%2Ffinance',
      ]);
      await screen.findByText(/contexts, \d+ relationships/);
      await userEvent.click(screen.getByRole('button', { name: 'Export' }));
      await userEvent.click(
        await screen.findByRole('menuitem', { name: /Mermaid/ }),
      );
      await waitFor(() => expect(saved).toHaveLength(1));
      expect(saved).toEqual(['context-map.mmd']);
      expect(exported).toHaveLength(1);
      const sent = new URLSearchParams(exported[0]);
      expect(sent.get('format')).toBe('mermaid');
      expect(sent.getAll('domain')).toEqual(['domain:default/finance']);
      // The menu closes once a format is chosen.
      expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    });

    it('says why an export failed', async () => {
      const alertApi = { post: jest.fn(), alert$: jest.fn() };
      server.use(
        http.get(`${BASE}/map`, () => HttpResponse.json(fernhillMap)),
        http.get(`${BASE}/export`, () =>
          HttpResponse.json(
            { error: { name: 'InputError', message: 'format is unknown' } },
            { status: 400 },
          ),
        ),
      );
      await renderWithClient(
        <TestApiProvider apis={[[alertApiRef, alertApi]]}>
          <ContextMapView />
        </TestApiProvider>,
      );
      await screen.findByText('6 contexts, 5 relationships');
      await userEvent.click(screen.getByRole('button', { name: 'Export' }));
      await userEvent.click(
        await screen.findByRole('menuitem', { name: /DOT/ }),
      );
      await waitFor(() => expect(alertApi.post).toHaveBeenCalledTimes(1));
      expect(alertApi.post.mock.calls[0][0]).toMatchObject({
        severity: 'error',
        message: expect.stringMatching(/^Could not export the map: /),
      });
      expect(saved).toHaveLength(0);
    });
  });
});
