import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  eventDrivenAdopters,
  eventDrivenDetail,
  eventDrivenDiff,
} from '../../__fixtures__/fernhill';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { ReferenceArchitecturesPage } from '../ReferenceArchitecturesPage';

// Mermaid draws with browser layout that jsdom lacks: only its module
// boundary is replaced, the page around it is the product's.
const mermaid = { initialize: jest.fn(), render: jest.fn() };
jest.mock('mermaid', () => ({ __esModule: true, default: mermaid }));

// Many interactions per test; a shared, busy machine can be slow.
jest.setTimeout(30_000);

const server = setupServer();
registerMswTestHooks(server);

const PAYLOAD =
  'Loses **events**.\n\n<script>window.__pwned = 1</script>\n\n<img src="x" onerror="window.__pwned = 2" alt="evil">\n\n<a href="javascript:window.__pwned=3">click</a>';

const olderDetail = {
  ...eventDrivenDetail,
  version: {
    ...eventDrivenDetail.version,
    ref: 'referencearchitecture:default/event-driven-microservice-1',
    name: 'event-driven-microservice-1',
    spec: {
      ...eventDrivenDetail.version.spec,
      version: '1.9.0',
      lifecycle: 'deprecated' as const,
    },
  },
  newerRecommended: '2.1.0',
};

describe('ArchitecturePage', () => {
  let requests: URL[];
  beforeEach(() => {
    requests = [];
    (window as any).__pwned = undefined;
    mermaid.render.mockResolvedValue({
      svg: '<svg data-testid="drawn"></svg>',
    });
    server.use(
      http.all(`${BASE}/*`, ({ request }) => {
        requests.push(new URL(request.url));
      }),
      http.get(
        `${BASE}/architectures/event-driven-microservice`,
        ({ request }) =>
          HttpResponse.json(
            new URL(request.url).searchParams.get('version') === '1.9.0'
              ? olderDetail
              : {
                  ...eventDrivenDetail,
                  version: {
                    ...eventDrivenDetail.version,
                    spec: {
                      ...eventDrivenDetail.version.spec,
                      problem: PAYLOAD,
                      solution: PAYLOAD,
                      template: 'template:default/event-driven-microservice',
                    },
                  },
                },
          ),
      ),
      http.get(`${BASE}/architectures/event-driven-microservice/adopters`, () =>
        HttpResponse.json(eventDrivenAdopters),
      ),
      http.get(`${BASE}/architectures/event-driven-microservice/trend`, () =>
        HttpResponse.json({
          items: [
            { day: '2026-12-02', adopters: 3, averageScore: 61, conforming: 2 },
          ],
        }),
      ),
      http.get(`${BASE}/architectures/event-driven-microservice/diff`, () =>
        HttpResponse.json(eventDrivenDiff),
      ),
    );
  });

  it('renders the Markdown of problem and solution with no script, handler or script link', async () => {
    await renderWithClient(<ReferenceArchitecturesPage />, [
      '/event-driven-microservice',
    ]);
    const problem = (await screen.findByText('Problem')).closest(
      '[class*="MuiCard-root"]',
    ) as HTMLElement;
    expect(within(problem).getByText('events').tagName).toBe('STRONG');
    expect(document.querySelector('script')).toBeNull();
    for (const img of document.querySelectorAll('img'))
      expect(img).not.toHaveAttribute('onerror');
    for (const a of document.querySelectorAll('a'))
      expect(a.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
    expect((window as any).__pwned).toBeUndefined();
    // Building blocks say why each is there.
    expect(
      screen.getByRole('row', {
        name: /Outbox relay.*Without it an event is lost/,
      }),
    ).toBeInTheDocument();
    expect(
      screen
        .getByRole('button', { name: 'Create a system from this' })
        .closest('a'),
    ).toHaveAttribute(
      'href',
      '/create/templates/default/event-driven-microservice',
    );
  });

  it('rates each quality attribute with its trade-off, and lists the decisions', async () => {
    await renderWithClient(<ReferenceArchitecturesPage />, [
      '/event-driven-microservice?tab=quality',
    ]);
    const table = await screen.findByRole('table', {
      name: /Each quality attribute rated from 1/,
    });
    const rows = within(table).getAllByRole('row').slice(1);
    const rated = Object.keys(
      eventDrivenDetail.version.spec.qualityAttributes ?? {},
    );
    expect(rows).toHaveLength(rated.length);
    expect(rows[0]).toHaveTextContent(
      'Availability4 of 5Consumers keep working while the producer is down; the relay is one more process to keep running.',
    );
    expect(rows[1]).toHaveTextContent(
      'Resilience5 of 5No event is lost on a crash; consumers must handle duplicates.',
    );

    await userEvent.click(screen.getByRole('tab', { name: 'Decisions' }));
    const decisions = await screen.findByRole('table', {
      name: 'Decisions recorded in this version',
    });
    const first = within(decisions).getAllByRole('row')[1];
    expect(first).toHaveTextContent(
      /edm-001.*Transactional outbox instead of dual writes/,
    );
    expect(first).toHaveTextContent(/Accepted.*2024-02-12.*2027-02-12/);
  });

  it('draws the diagram beside its numbered data flow, and shows a drawing error in place', async () => {
    await renderWithClient(<ReferenceArchitecturesPage />, [
      '/event-driven-microservice?tab=diagram',
    ]);
    expect(await screen.findByTestId('drawn')).toBeInTheDocument();
    expect(mermaid.initialize).toHaveBeenCalledWith(
      expect.objectContaining({ securityLevel: 'strict' }),
    );
    const steps = within(
      screen.getByRole('list', { name: 'Data flow steps' }),
    ).getAllByRole('listitem');
    expect(steps).toHaveLength(5);
    expect(steps[0]).toHaveTextContent(
      "A caller sends a command to the service's API.",
    );

    mermaid.render.mockRejectedValue(new Error('Parse error on line 2'));
    await userEvent.click(screen.getByRole('tab', { name: 'Overview' }));
    await userEvent.click(screen.getByRole('tab', { name: 'Diagram' }));
    expect(
      await screen.findByText(
        /The diagram could not be drawn: Parse error on line 2/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/flowchart LR/)).toBeInTheDocument();
  });

  it('lists adopters worst first with their violations, found and fix, and filters by status', async () => {
    await renderWithClient(<ReferenceArchitecturesPage />, [
      '/event-driven-microservice?tab=adopters',
    ]);
    const ledger = await screen.findByRole('row', { name: /Ledger/ });
    expect(ledger).toHaveTextContent('has no such version');
    const notifications = screen.getByRole('row', { name: /Notifications/ });
    expect(notifications).toHaveTextContent('Outdated');
    expect(notifications).toHaveTextContent('0 of 100');
    await userEvent.click(
      within(notifications).getByRole('button', {
        name: /Keeps its own database/,
      }),
    );
    expect(notifications).toHaveTextContent('Found: no such dependency');
    expect(notifications).toHaveTextContent(
      'Fix: Add a Resource of type database to spec.dependsOn',
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'The trend as a table' }),
    );
    expect(
      await screen.findByRole('row', { name: '2026-12-02 3 2 61' }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /Status/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Violating a rule' }),
    );
    await waitFor(() =>
      expect(
        requests
          .filter(u => u.pathname.endsWith('/adopters'))
          .at(-1)
          ?.searchParams.get('status'),
      ).toBe('violating'),
    );
  });

  it('opens a notification link on the difference between the two versions it names', async () => {
    await renderWithClient(<ReferenceArchitecturesPage />, [
      '/event-driven-microservice?from=1.9.0&to=2.1.0',
    ]);
    expect(await screen.findByText('From 1.9.0 to 2.1.0')).toBeInTheDocument();
    const diff = requests.find(u => u.pathname.endsWith('/diff'))!;
    expect(diff.searchParams.get('from')).toBe('1.9.0');
    expect(diff.searchParams.get('to')).toBe('2.1.0');
    expect(
      screen.getByRole('tab', { name: 'Versions', selected: true }),
    ).toBeInTheDocument();
    const blocks = screen.getByRole('table', { name: 'Building blocks' });
    expect(
      within(blocks).getByRole('row', { name: /Outbox relay Added/ }),
    ).toBeInTheDocument();
    expect(
      within(blocks).getByRole('row', { name: /Service database Changed/ }),
    ).toHaveTextContent('After: Holds the aggregate and the outbox table.');
    expect(
      within(
        screen.getByRole('table', { name: 'Conformance rules' }),
      ).getByRole('row', {
        name: /no-shared-postgres Added/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Fields that changed' }),
    ).toHaveTextContent('lifecycleBefore: deprecatedAfter: recommended');
  });

  it('tells a reader of an older version which one is recommended', async () => {
    await renderWithClient(<ReferenceArchitecturesPage />, [
      '/event-driven-microservice?version=1.9.0',
    ]);
    expect(
      await screen.findByText(
        /You are reading version 1.9.0, which is deprecated/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Read version 2.1.0' }),
    ).toHaveAttribute(
      'href',
      '/reference-architectures/event-driven-microservice?version=2.1.0',
    );
  });

  it('says so when the architecture does not exist', async () => {
    server.use(
      http.get(`${BASE}/architectures/nope`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotFoundError',
              message: 'architecture: no reference architecture named "nope"',
            },
            request: { method: 'GET', url: '/architectures/nope' },
            response: { statusCode: 404 },
          },
          { status: 404 },
        ),
      ),
    );
    await renderWithClient(<ReferenceArchitecturesPage />, ['/nope']);
    expect(
      await screen.findByText('Reference architecture "nope" was not found'),
    ).toBeInTheDocument();
  });
});
