import { Finding } from '@internal/plugin-devzero-common';
import { http, HttpResponse } from 'msw';
import { SetupServer } from 'msw/node';
import { BASE, finding, page } from './render';

/** Findings numbered 1 to n, oldest first, as the inbox lists them. */
export function numbered(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) =>
    finding({
      id: `${String(i + 1).padStart(8, '0')}-0000-4000-8000-000000000000`,
      title: `Finding ${i + 1}`,
    }),
  );
}

/**
 * An inbox backend: lists what is still new and not snoozed, and takes
 * triage one finding at a time, recording each request; `refuse` answers
 * a finding's triage with a 409 instead.
 */
export function serveInbox(server: SetupServer, findings: Finding[]) {
  const inbox = [...findings];
  const triaged: Array<{ id: string; body: any }> = [];
  const refuse = new Set<string>();
  server.use(
    http.get(`${BASE}/inbox`, () => HttpResponse.json(page([...inbox]))),
    http.post(`${BASE}/findings/:id/triage`, async ({ params, request }) => {
      const id = String(params.id);
      const body: any = await request.json();
      triaged.push({ id, body });
      const f = inbox.find(x => x.id === id);
      if (!f || refuse.has(id))
        return HttpResponse.json(
          {
            error: {
              name: 'ConflictError',
              message: `Finding ${id} changed meanwhile; reload it and try again`,
            },
            response: { statusCode: 409 },
          },
          { status: 409 },
        );
      if (body.action !== 'assign') inbox.splice(inbox.indexOf(f), 1);
      else f.assigneeRef = body.assigneeRef;
      return HttpResponse.json(f);
    }),
  );
  return { triaged, refuse, inbox };
}
