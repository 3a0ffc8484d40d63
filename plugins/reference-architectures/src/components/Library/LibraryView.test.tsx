import { registerMswTestHooks } from '@backstage/test-utils';
import { ArchitectureList } from '@internal/plugin-reference-architectures-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { eventDrivenSummary } from '../../__fixtures__/fernhill';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { LibraryView } from './LibraryView';

// Many interactions per test; a shared, busy machine can be slow.
jest.setTimeout(30_000);

const server = setupServer();
registerMswTestHooks(server);

const batch = {
  ...eventDrivenSummary,
  series: 'batch-pipeline',
  ref: 'referencearchitecture:default/batch-pipeline',
  title: 'Scheduled batch pipeline',
  version: '1.2.0',
  lifecycle: 'recommended' as const,
  revisitBy: '2026-10-31',
  revisitOverdue: true,
  versions: [],
};

const library = (items = [eventDrivenSummary, batch]): ArchitectureList => ({
  items,
  totalCount: items.length,
  facets: {
    owners: ['group:default/platform-team', 'group:default/sre-team'],
    tags: ['batch', 'events', 'kafka'],
    lifecycles: ['draft', 'trial', 'recommended', 'deprecated'],
  },
});

describe('LibraryView', () => {
  let searches: URLSearchParams[];
  beforeEach(() => {
    searches = [];
    server.use(
      http.get(`${BASE}/architectures`, ({ request }) => {
        const params = new URL(request.url).searchParams;
        searches.push(params);
        if (params.get('q') === 'nothing like this')
          return HttpResponse.json(library([]));
        return HttpResponse.json(library());
      }),
    );
  });

  it('shows each architecture with its lifecycle, version, owner, ratings and adoption', async () => {
    await renderWithClient(<LibraryView />);
    const card = await screen.findByRole('article', {
      name: 'Event-driven microservice',
    });
    const c = within(card);
    expect(c.getByText('Recommended')).toBeInTheDocument();
    expect(c.getByText('Version 2.1.0')).toBeInTheDocument();
    expect(c.getByRole('link', { name: /platform-team/ })).toBeInTheDocument();
    expect(c.getByText('Resilience')).toBeInTheDocument();
    expect(c.getAllByText('5 of 5').length).toBeGreaterThan(0);
    expect(card).toHaveTextContent('Adopters4Outdated1Conforming2Avg. score61');
    expect(
      within(
        screen.getByRole('article', { name: 'Scheduled batch pipeline' }),
      ).getByText('Revisit overdue (2026-10-31)'),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      '2 reference architectures',
    );
  });

  it('sends the search and each filter to the backend', async () => {
    await renderWithClient(<LibraryView />);
    await screen.findByRole('article', { name: 'Event-driven microservice' });

    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search' }),
      'outbox',
    );
    await waitFor(() => expect(searches.at(-1)?.get('q')).toBe('outbox'));

    await userEvent.click(screen.getByRole('button', { name: /Lifecycle/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Trial' }));
    await waitFor(() =>
      expect(searches.at(-1)?.getAll('lifecycle')).toEqual(['trial']),
    );
    await userEvent.keyboard('{Escape}');

    await userEvent.click(screen.getByRole('button', { name: /Tag/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'kafka' }));
    await waitFor(() => expect(searches.at(-1)?.get('tag')).toBe('kafka'));

    await userEvent.click(screen.getByRole('button', { name: /Owner/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'sre-team' }),
    );
    await waitFor(() =>
      expect(searches.at(-1)?.get('owner')).toBe('group:default/sre-team'),
    );

    await userEvent.click(
      screen.getByRole('button', { name: /Quality attribute/ }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: 'Security' }),
    );
    await waitFor(() =>
      expect(searches.at(-1)?.get('quality')).toBe('security'),
    );
    // The other filters stay as they were.
    expect(searches.at(-1)?.get('q')).toBe('outbox');
    expect(searches.at(-1)?.get('tag')).toBe('kafka');
  });

  it('says so when nothing matches', async () => {
    await renderWithClient(<LibraryView />);
    await screen.findByRole('article', { name: 'Event-driven microservice' });
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search' }),
      'nothing like this',
    );
    expect(
      await screen.findByText('No reference architecture matches'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('shows the server error when the library cannot load', async () => {
    server.use(
      http.get(`${BASE}/architectures`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'InputError',
              message: 'owner: must be a group ref',
            },
            request: { method: 'GET', url: '/architectures' },
            response: { statusCode: 400 },
          },
          { status: 400 },
        ),
      ),
    );
    await renderWithClient(<LibraryView />);
    expect(
      (await screen.findAllByText(/owner: must be a group ref/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('links two chosen architectures to the comparison', async () => {
    await renderWithClient(<LibraryView />);
    await screen.findByRole('article', { name: 'Event-driven microservice' });
    // Until two are chosen the button is disabled.
    expect(
      screen.getByRole('button', { name: 'Compare chosen' }),
    ).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(
      screen.getByRole('checkbox', {
        name: 'Compare Event-driven microservice',
      }),
    );
    await userEvent.click(
      screen.getByRole('checkbox', {
        name: 'Compare Scheduled batch pipeline',
      }),
    );
    const compare = screen.getByRole('button', { name: 'Compare chosen' });
    expect(compare).not.toHaveAttribute('aria-disabled', 'true');
    expect(compare.closest('a')).toHaveAttribute(
      'href',
      '/reference-architectures/compare?left=event-driven-microservice&right=batch-pipeline',
    );
  });
});
