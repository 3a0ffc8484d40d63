import { EntityProvider } from '@backstage/plugin-catalog-react';
import { registerMswTestHooks } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { BASE, page, renderWithClient } from '../../__testUtils__/render';
import { EntityDevzeroCard } from './EntityDevzeroCard';

const server = setupServer();
registerMswTestHooks(server);

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'card-authoriser', namespace: 'default' },
  spec: { owner: 'group:default/card-authorisation-team' },
};

describe('EntityDevzeroCard', () => {
  it('counts open findings on the entity by severity and offers to file one', async () => {
    const asked: URLSearchParams[] = [];
    server.use(
      http.get(`${BASE}/findings`, ({ request }) => {
        const params = new URL(request.url).searchParams;
        asked.push(params);
        const counts: Record<string, number> = {
          'blocked-me': 2,
          annoyance: 1,
        };
        return HttpResponse.json(
          page([], counts[params.get('severity') ?? ''] ?? 0),
        );
      }),
    );
    await renderWithClient(
      <EntityProvider entity={entity}>
        <EntityDevzeroCard />
      </EntityProvider>,
    );
    expect(await screen.findByText('3 open findings')).toBeInTheDocument();
    expect(screen.getByLabelText('Blocked me: 2')).toBeInTheDocument();
    expect(screen.getByLabelText('Annoyance: 1')).toBeInTheDocument();
    expect(
      screen.queryByLabelText(/Would have given up/),
    ).not.toBeInTheDocument();
    expect(asked[0].getAll('entity')).toEqual([
      'component:default/card-authoriser',
    ]);
    expect(asked[0].getAll('status')).toEqual([
      'new',
      'triaged',
      'in-progress',
    ]);
    expect(
      screen.getByRole('button', { name: 'Report friction' }),
    ).toBeInTheDocument();
  });
});
