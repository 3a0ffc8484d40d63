import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  BASE,
  finding,
  page,
  renderWithClient,
} from '../../__testUtils__/render';
import { FindingsView } from './FindingsView';

const server = setupServer();
registerMswTestHooks(server);

describe('FindingsView', () => {
  let queries: URLSearchParams[];
  beforeEach(() => {
    queries = [];
    server.use(
      http.get(`${BASE}/findings`, ({ request }) => {
        const params = new URL(request.url).searchParams;
        queries.push(params);
        if (params.get('q') === 'nothing') return HttpResponse.json(page([]));
        if (params.getAll('status').includes('resolved')) {
          return HttpResponse.json(
            page([finding({ title: 'Fixed already', status: 'resolved' })]),
          );
        }
        return HttpResponse.json(
          page(
            [
              finding(),
              finding({
                id: '22222222-2222-4222-8222-222222222222',
                title: 'Deploy template fails on first run',
                severity: 'annoyance',
                meTooCount: 2,
                totalMinutesLost: 125,
              }),
            ],
            60,
          ),
        );
      }),
    );
  });

  const columnsOf = (table: HTMLElement) =>
    within(table)
      .getAllByRole('columnheader')
      .map(h => h.textContent);

  it('lists findings with severity, status, SLA and minutes, linking to each', async () => {
    await renderWithClient(<FindingsView caption="Findings" />);
    const table = await screen.findByRole('table', { name: 'Findings' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Blocked me');
    expect(rows[1]).toHaveTextContent('Triage: At risk');
    expect(rows[2]).toHaveTextContent('2 me too');
    expect(rows[2]).toHaveTextContent('2 h 5 min');
    expect(
      within(rows[1]).getByRole('link', {
        name: 'The local set-up guide misses the HSM simulator',
      }),
    ).toHaveAttribute(
      'href',
      '/devzero/findings/11111111-1111-4111-8111-111111111111',
    );
    expect(screen.getByText(/of 60/)).toBeInTheDocument();
    // The entity and its owner share a column, each a link to the catalog.
    expect(columnsOf(table)).toEqual([
      'Finding',
      'Entity and owner',
      'Severity',
      'Status',
      'SLA',
      'Minutes lost',
      'Filed',
    ]);
    const cell = within(rows[1]).getAllByRole('cell')[1];
    expect(
      within(cell)
        .getAllByRole('link')
        .map(l => l.getAttribute('href')),
    ).toEqual([
      '/catalog/default/component/card-authoriser',
      '/catalog/default/group/card-authorisation-team',
    ]);
  });

  it('says "more than" when the backend stopped counting, and still pages on', async () => {
    server.use(
      http.get(`${BASE}/findings`, ({ request }) => {
        const params = new URL(request.url).searchParams;
        queries.push(params);
        const offset = Number(params.get('offset'));
        return HttpResponse.json({
          // As the backend counts: to 10,000, or to the page's end.
          ...page([finding()], Math.max(10_000, offset + 25)),
          totalCapped: true,
          offset,
        });
      }),
    );
    await renderWithClient(<FindingsView caption="Findings" />);
    expect(
      await screen.findByText('More than 10,000 findings'),
    ).toBeInTheDocument();
    expect(screen.getByText('1–25 of more than 10,000')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() =>
      expect(queries[queries.length - 1].get('offset')).toBe('25'),
    );
    expect(
      await screen.findByText('26–50 of more than 10,000'),
    ).toBeInTheDocument();
  });

  it('leaves out the entity and owner, columns and filters, where the page is about one entity', async () => {
    await renderWithClient(
      <FindingsView caption="On one entity" hideEntity hideOwner />,
    );
    const table = await screen.findByRole('table', { name: 'On one entity' });
    expect(columnsOf(table)).toEqual([
      'Finding',
      'Severity',
      'Status',
      'SLA',
      'Minutes lost',
      'Filed',
    ]);
    expect(screen.queryByLabelText('Owner')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Entity')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Reporter')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Status/ })).toBeInTheDocument();
  });

  it('reads its filters from the URL and sends them to the backend', async () => {
    await renderWithClient(<FindingsView caption="Findings" />, {
      routeEntries: [
        '/?status=resolved&severity=blocked-me&owner=mine&from=2026-11-01&sort=minutes-lost:desc&offset=25',
      ],
    });
    expect(await screen.findByText('Fixed already')).toBeInTheDocument();
    const sent = queries[queries.length - 1];
    expect(sent.getAll('status')).toEqual(['resolved']);
    expect(sent.getAll('severity')).toEqual(['blocked-me']);
    expect(sent.getAll('owner')).toEqual(['mine']);
    expect(sent.get('from')).toBe('2026-11-01T00:00:00.000Z');
    expect(sent.get('sort')).toBe('minutes-lost');
    expect(sent.get('order')).toBe('desc');
    expect(sent.get('offset')).toBe('25');
  });

  it('changes the query when a filter is chosen, back to the first page', async () => {
    await renderWithClient(<FindingsView caption="Findings" />, {
      routeEntries: ['/?offset=25'],
    });
    await screen.findByRole('table', { name: 'Findings' });
    await userEvent.click(screen.getByRole('button', { name: /^Status/ }));
    await userEvent.click(
      within(screen.getByRole('listbox')).getByText('Resolved'),
    );
    await waitFor(() =>
      expect(queries[queries.length - 1].getAll('status')).toEqual([
        'resolved',
      ]),
    );
    expect(queries[queries.length - 1].get('offset')).toBe('0');
    expect(await screen.findByText('Fixed already')).toBeInTheDocument();
  });

  it('filters by owner, "My teams" included, picked from the catalog', async () => {
    await renderWithClient(<FindingsView caption="Findings" />);
    await screen.findByRole('table', { name: 'Findings' });
    await userEvent.click(screen.getByLabelText('Owner'));
    await userEvent.click(await screen.findByText('My teams'));
    await waitFor(() =>
      expect(queries[queries.length - 1].getAll('owner')).toEqual(['mine']),
    );
    expect(screen.getByLabelText('Owner')).toHaveValue('My teams');
  });

  it('filters by reporter, "Me" included, picked from the catalog\'s users', async () => {
    await renderWithClient(<FindingsView caption="Findings" />);
    await screen.findByRole('table', { name: 'Findings' });
    await userEvent.type(screen.getByLabelText('Reporter'), 'noor');
    await userEvent.click(await screen.findByText('Noor Siddiqui'));
    await waitFor(() =>
      expect(queries[queries.length - 1].get('reporter')).toBe(
        'user:default/noor.siddiqui',
      ),
    );
    expect(screen.queryByText('Card Authoriser (component)')).toBeNull();
    await userEvent.clear(screen.getByLabelText('Reporter'));
    await userEvent.click(screen.getByLabelText('Reporter'));
    await userEvent.click(await screen.findByText('Me'));
    await waitFor(() =>
      expect(queries[queries.length - 1].get('reporter')).toBe('me'),
    );
  });

  it('shows a reporter from the URL by name', async () => {
    await renderWithClient(<FindingsView caption="Findings" />, {
      routeEntries: ['/?reporter=user:default/noor.siddiqui'],
    });
    await waitFor(() =>
      expect(screen.getByLabelText('Reporter')).toHaveValue('Noor Siddiqui'),
    );
    expect(queries[queries.length - 1].get('reporter')).toBe(
      'user:default/noor.siddiqui',
    );
  });

  it('searches once typing pauses, and says when nothing matches', async () => {
    await renderWithClient(<FindingsView caption="Findings" />);
    await screen.findByRole('table', { name: 'Findings' });
    await userEvent.type(screen.getByLabelText('Search'), 'nothing');
    expect(
      await screen.findByText('No findings match these filters.'),
    ).toBeInTheDocument();
    expect(queries[queries.length - 1].get('q')).toBe('nothing');
  });

  it('keeps fixed filters out of the controls and in every query', async () => {
    await renderWithClient(
      <FindingsView caption="Mine" fixed={{ reporter: 'me' }} />,
    );
    await screen.findByRole('table', { name: 'Mine' });
    expect(screen.queryByLabelText('Reporter')).not.toBeInTheDocument();
    expect(queries[0].get('reporter')).toBe('me');
  });

  it('shows the backend error', async () => {
    server.use(
      http.get(`${BASE}/findings`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotAllowedError',
              message: 'You may not read findings',
            },
          },
          { status: 403 },
        ),
      ),
    );
    await renderWithClient(<FindingsView caption="Findings" />);
    expect(
      (await screen.findAllByText(/You may not read findings/))[0],
    ).toBeInTheDocument();
  });
});
