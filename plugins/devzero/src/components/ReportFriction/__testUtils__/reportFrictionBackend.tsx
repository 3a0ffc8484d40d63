import { registerMswTestHooks } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { BASE, finding, renderWithClient } from '../../../__testUtils__/render';
import { ReportFrictionDialog } from '../ReportFrictionDialog';

// What the dialog's tests (ReportFrictionDialog*.test.tsx) share: the
// backend the dialog files to, recording what it is sent, and the typing
// every test starts with.

export const entityRef = 'component:default/card-authoriser';

/**
 * An msw backend for the enclosing file's tests: findings are filed (into
 * `filed`, with their idempotency key), images uploaded (`uploads`), "me
 * too"s added (`meToos`), all emptied before each test; findings titled
 * with "HSM" have a similar one. A test overrides a handler with
 * `server.use`.
 */
export function reportFrictionBackend() {
  const server = setupServer();
  registerMswTestHooks(server);
  const filed: Array<{ body: any; key: string | null }> = [];
  const uploads: Array<{
    type: string | null;
    name: string | null;
    size: number;
  }> = [];
  const meToos: any[] = [];
  beforeEach(() => {
    filed.length = 0;
    uploads.length = 0;
    meToos.length = 0;
    server.use(
      http.post(`${BASE}/findings`, async ({ request }) => {
        const body = await request.json();
        filed.push({ body, key: request.headers.get('idempotency-key') });
        return HttpResponse.json(
          finding({
            id: '33333333-3333-4333-8333-333333333333',
            ...(body as any),
          }),
          { status: 201 },
        );
      }),
      http.post(`${BASE}/findings/:id/attachments`, async ({ request }) => {
        uploads.push({
          type: request.headers.get('content-type'),
          name: new URL(request.url).searchParams.get('name'),
          size: (await request.arrayBuffer()).byteLength,
        });
        return HttpResponse.json({ id: 'a1' }, { status: 201 });
      }),
      http.get(`${BASE}/findings/similar`, ({ request }) => {
        const title = new URL(request.url).searchParams.get('title') ?? '';
        return HttpResponse.json({
          items: /hsm/i.test(title)
            ? [
                finding({
                  title: 'HSM simulator missing from the guide',
                  meTooCount: 1,
                }),
              ]
            : [],
        });
      }),
      http.post(`${BASE}/findings/:id/me-too`, async ({ request, params }) => {
        meToos.push({ id: params.id, body: await request.json() });
        return HttpResponse.json(finding({ meTooCount: 2 }));
      }),
    );
  });
  return { server, filed, uploads, meToos };
}

/** Types `text` into a field as a paste. */
export const enter = async (field: HTMLElement, text: string) => {
  await userEvent.click(field);
  await userEvent.paste(text);
};

/** Types `title` and a scenario into the open dialog. */
export const fill = async (title: string) => {
  await enter(screen.getByLabelText(/^Title/), title);
  await enter(
    screen.getByLabelText(/What were you trying to do/),
    'Run it locally. The guide stops half-way.',
  );
};

/** The dialog open on card-authoriser, with `title` and a scenario typed. */
export const openFilled = async (title: string) => {
  await renderWithClient(
    <ReportFrictionDialog open onClose={() => {}} initial={{ entityRef }} />,
  );
  await fill(title);
};

export const similarFindings = () =>
  screen.findByRole('region', { name: 'Similar findings' });
