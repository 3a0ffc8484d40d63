import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { registerMswTestHooks } from '@backstage/test-utils';
import {
  AdopterTrendPoint,
  EntityConformance,
} from '@internal/plugin-reference-architectures-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  cardAuthorisationConformance,
  eventDrivenAdopters,
  eventDrivenSummary,
  ledgerConformance,
} from '../../__fixtures__/fernhill';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { EntityReferenceArchitectureCard } from './EntityReferenceArchitectureCard';

const server = setupServer();
registerMswTestHooks(server);

const system = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: {
    name,
    annotations: {
      'fitsys.dev/reference-architecture': 'event-driven-microservice',
    },
  },
  spec: { owner: 'group:default/platform-team' },
});

const adopter = (name: string) =>
  eventDrivenAdopters.items.find(a => a.ref === `system:default/${name}`)!;

/** Answers the adopter's history; records the entity asked about. */
function history(
  body: { items: AdopterTrendPoint[] } | { status: number; message: string },
) {
  const asked: string[] = [];
  server.use(
    http.get(`${BASE}/conformance/trend`, ({ request }) => {
      asked.push(new URL(request.url).searchParams.get('entity') ?? '');
      if ('status' in body)
        return HttpResponse.json(
          {
            error: { name: 'Error', message: body.message },
            request: { method: 'GET', url: '/conformance/trend' },
            response: { statusCode: body.status },
          },
          { status: body.status },
        );
      return HttpResponse.json(body);
    }),
  );
  return asked;
}

function answer(entity: string, body: EntityConformance | 404) {
  const asked: string[] = [];
  history({ items: [] });
  server.use(
    http.get(`${BASE}/conformance`, ({ request }) => {
      asked.push(new URL(request.url).searchParams.get('entity') ?? '');
      if (body === 404)
        return HttpResponse.json(
          {
            error: {
              name: 'NotFoundError',
              message: `entity: ${entity} follows no reference architecture that you can see`,
            },
            request: { method: 'GET', url: '/conformance' },
            response: { statusCode: 404 },
          },
          { status: 404 },
        );
      return HttpResponse.json(body);
    }),
  );
  return asked;
}

const render = (name: string) =>
  renderWithClient(
    <EntityProvider entity={system(name)}>
      <EntityReferenceArchitectureCard />
    </EntityProvider>,
  );

describe('EntityReferenceArchitectureCard', () => {
  it('shows the version followed, its score and level, and the next level', async () => {
    const conforming = {
      ...cardAuthorisationConformance,
      adopter: {
        ...cardAuthorisationConformance.adopter,
        conformance: {
          ...cardAuthorisationConformance.adopter.conformance!,
          score: 100,
          level: 'silver',
          nextLevel: undefined,
          passed: 5,
          failed: 0,
          violations: [],
        },
      },
    };
    const asked = answer('system:default/card-authorisation', conforming);
    await render('card-authorisation');
    expect(
      await screen.findByRole('link', {
        name: 'Event-driven microservice 2.1.0',
      }),
    ).toHaveAttribute(
      'href',
      '/reference-architectures/event-driven-microservice?version=2.1.0',
    );
    expect(asked).toEqual(['system:default/card-authorisation']);
    expect(screen.getByText('Recommended')).toBeInTheDocument();
    expect(screen.getByText('Conforms')).toBeInTheDocument();
    expect(screen.getByText(/Score/).parentElement).toHaveTextContent(
      'Score 100 of 100 · Level silver',
    );
    expect(screen.getByText('Every rule passes.')).toBeInTheDocument();
  });

  it('shows each failed rule with what was found and the fix', async () => {
    answer('system:default/card-authorisation', cardAuthorisationConformance);
    await render('card-authorisation');
    expect(await screen.findByText(/Score/)).toHaveTextContent(
      'Score 92 of 100 · Level bronze (next: silver)',
    );
    await userEvent.click(screen.getByRole('button', { name: /Has TechDocs/ }));
    expect(screen.getByText(/the annotation is missing/).textContent).toBe(
      'Found: the annotation is missing',
    );
    expect(
      screen.getByText(/backstage.io\/techdocs-ref"\]\./).textContent,
    ).toBe('Fix: Add metadata.annotations["backstage.io/techdocs-ref"].');
  });

  it("shows the adopter's score over time and the versions it moved between", async () => {
    answer('system:default/card-authorisation', cardAuthorisationConformance);
    const asked = history({
      items: [
        { day: '2026-11-30', version: '1.9.0', score: 40, conforming: false },
        {
          day: '2026-12-01',
          version: '2.1.0',
          score: 61,
          level: 'bronze',
          conforming: true,
        },
        {
          day: '2026-12-02',
          version: '2.1.0',
          score: 92,
          level: 'bronze',
          conforming: true,
        },
      ],
    });
    await render('card-authorisation');
    const section = await screen.findByRole('region', {
      name: 'Conformance over time',
    });
    expect(
      await within(section).findByText(/The score rose from 40 to 92/),
    ).toHaveTextContent(
      'The score rose from 40 to 92 since 2026-11-30 (3 days recorded); moved from 1.9.0 to 2.1.0 on 2026-12-01.',
    );
    expect(asked).toEqual(['system:default/card-authorisation']);
    // The numbers the chart draws, as a table for everyone.
    await userEvent.click(
      within(section).getByRole('button', { name: 'The score per day' }),
    );
    const rows = within(section)
      .getAllByRole('row')
      .slice(1)
      .map(row => row.textContent);
    expect(rows).toEqual([
      '2026-11-301.9.040noneno',
      '2026-12-012.1.061bronzeyes',
      '2026-12-022.1.092bronzeyes',
    ]);
  });

  it('says when there is no history yet, and when it cannot be loaded, keeping the score', async () => {
    answer('system:default/card-authorisation', cardAuthorisationConformance);
    await render('card-authorisation');
    expect(
      await screen.findByText(
        'No history yet: the score is recorded once a day.',
      ),
    ).toBeInTheDocument();

    history({ status: 503, message: 'The catalog snapshot is not read yet' });
    await render('card-authorisation');
    expect(
      await screen.findByText(
        'The history could not be loaded: The catalog snapshot is not read yet',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/Score/)[0]).toHaveTextContent(
      'Score 92 of 100',
    );
  });

  it('marks an outdated adopter and names the newer recommended version', async () => {
    answer('system:default/notifications', {
      adopter: adopter('notifications'),
      architecture: eventDrivenSummary,
      newerRecommended: '2.1.0',
    });
    await render('notifications');
    expect(await screen.findByText('Outdated')).toBeInTheDocument();
    expect(screen.getByText('Deprecated')).toBeInTheDocument();
    expect(screen.getByText('Does not conform')).toBeInTheDocument();
    expect(
      screen.getByText(/Version 2.1.0 is recommended/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'What changed from 1.9.0' }),
    ).toHaveAttribute(
      'href',
      '/reference-architectures/event-driven-microservice?tab=versions&from=1.9.0&to=2.1.0',
    );
  });

  it('warns, in the backend’s words, when the version named does not exist', async () => {
    answer('system:default/ledger', ledgerConformance);
    await render('ledger');
    expect(
      await screen.findByText(
        'The reference architecture named here cannot be matched',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /event-driven-microservice has no such version; its versions are 2.1.0, 1.9.0/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Score/)).not.toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Conformance over time' }),
    ).not.toBeInTheDocument();
  });

  it('says quietly that the entity follows nothing the viewer can see on a 404', async () => {
    answer('system:default/hidden', 404);
    await render('hidden');
    expect(
      await screen.findByText(
        'This system follows no reference architecture that you can see.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
