import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  eventDrivenDetail,
  eventDrivenSummary,
} from '../../__fixtures__/fernhill';
import { BASE, libraryOf, renderWithClient } from '../../__testUtils__/render';
import { ReferenceArchitecturesPage } from '../ReferenceArchitecturesPage';

const server = setupServer();
registerMswTestHooks(server);

const older = {
  ...eventDrivenDetail,
  version: {
    ...eventDrivenDetail.version,
    spec: {
      ...eventDrivenDetail.version.spec,
      version: '1.9.0',
      lifecycle: 'deprecated' as const,
      qualityAttributes: {
        resilience: { rating: 2, tradeoff: 'Loses events.' },
      },
      buildingBlocks: [
        {
          name: 'Service database',
          responsibility: 'Holds the aggregate.',
          why: 'One owner.',
        },
      ],
      rules: [],
    },
  },
};

describe('ComparePage', () => {
  it('shows the two versions named in the URL side by side', async () => {
    const asked: string[] = [];
    server.use(
      libraryOf(eventDrivenSummary),
      http.get(
        `${BASE}/architectures/event-driven-microservice`,
        ({ request }) => {
          const version = new URL(request.url).searchParams.get('version');
          asked.push(version ?? 'shown');
          return HttpResponse.json(
            version === '1.9.0' ? older : eventDrivenDetail,
          );
        },
      ),
    );
    await renderWithClient(<ReferenceArchitecturesPage />, [
      '/compare?left=event-driven-microservice@1.9.0&right=event-driven-microservice',
    ]);
    const left = await screen.findByRole('table', {
      name: 'Quality ratings of Event-driven microservice 1.9.0',
    });
    const right = await screen.findByRole('table', {
      name: 'Quality ratings of Event-driven microservice 2.1.0',
    });
    expect(asked.sort()).toEqual(['1.9.0', 'shown']);
    expect(
      within(left).getByRole('row', { name: 'Resilience 2 of 5' }),
    ).toBeInTheDocument();
    expect(
      within(left).getByRole('row', { name: 'Security Not rated' }),
    ).toBeInTheDocument();
    expect(
      within(right).getByRole('row', { name: 'Resilience 5 of 5' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Left' })).toHaveTextContent(
      'No rules.',
    );
    expect(screen.getByRole('region', { name: 'Right' })).toHaveTextContent(
      'Outbox relay (Debezium)',
    );
  });
});
