import { registerMswTestHooks } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  BASE,
  finding,
  jordan,
  page,
  renderWithClient,
  riley,
} from '../../__testUtils__/render';
import { DevzeroPage } from './DevzeroPage';

const server = setupServer();
registerMswTestHooks(server);

jest.setTimeout(20_000);

describe('DevzeroPage', () => {
  beforeEach(() => {
    server.use(
      http.get(`${BASE}/findings`, () => HttpResponse.json(page([]))),
      http.get(`${BASE}/inbox`, () =>
        HttpResponse.json({
          ...page([finding()]),
          totalItems: 3,
        }),
      ),
    );
  });

  it('offers a team member the inbox, with how many findings wait in it', async () => {
    await renderWithClient(<DevzeroPage />, {
      user: jordan,
      ownership: [jordan, 'group:default/card-authorisation-team'],
    });
    expect(
      await screen.findByRole('tab', { name: 'Team inbox (3)' }),
    ).toBeInTheDocument();
  });

  it('offers no inbox tab to someone in no team', async () => {
    await renderWithClient(<DevzeroPage />, {
      user: riley,
      ownership: [riley],
    });
    await screen.findByRole('tab', { name: 'My findings' });
    // The tab goes once the viewer is known to be in no team.
    await expect(
      screen.findByRole('tab', { name: /Team inbox/ }, { timeout: 300 }),
    ).rejects.toThrow();
    expect(screen.queryByRole('tab', { name: /Team inbox/ })).toBeNull();
  });
});
