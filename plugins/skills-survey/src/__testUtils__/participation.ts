import { registerMswTestHooks } from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { BASE } from './render';

/**
 * The server the survey prompts (sidebar item, home card) talk to: the
 * campaigns list and whether the person answered. `asked` records which
 * campaigns' participation was asked about; it and the browser's receipts
 * start empty in every test.
 */
export function participationServer() {
  const server = setupServer();
  registerMswTestHooks(server);
  const state = { asked: [] as string[] };
  beforeEach(() => {
    state.asked = [];
    window.localStorage.clear();
  });
  const serve = (campaigns: unknown[], answered: boolean) =>
    server.use(
      http.get(`${BASE}/campaigns`, () =>
        HttpResponse.json({ items: campaigns }),
      ),
      http.get(`${BASE}/campaigns/:id/participation`, ({ params }) => {
        state.asked.push(String(params.id));
        return HttpResponse.json({
          campaignId: params.id,
          answered,
          answeredOn: answered ? '2026-12-01' : null,
        });
      }),
    );
  return { server, state, serve };
}
