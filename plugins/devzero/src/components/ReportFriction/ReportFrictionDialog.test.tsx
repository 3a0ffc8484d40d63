import { registerMswTestHooks } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  BASE,
  finding,
  jordan,
  renderWithClient,
} from '../../__testUtils__/render';
import { ReportFrictionDialog } from './ReportFrictionDialog';

const server = setupServer();
registerMswTestHooks(server);

const entityRef = 'component:default/card-authoriser';

// A dialog this size re-renders on every keystroke; jsdom is slow at it.
jest.setTimeout(20_000);

describe('ReportFrictionDialog', () => {
  let filed: Array<{ body: any; key: string | null }>;
  let uploads: Array<{
    type: string | null;
    name: string | null;
    size: number;
  }>;
  let meToos: any[];
  beforeEach(() => {
    filed = [];
    uploads = [];
    meToos = [];
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

  const enter = async (field: HTMLElement, text: string) => {
    await userEvent.click(field);
    await userEvent.paste(text);
  };
  const fill = async (title: string) => {
    await enter(screen.getByLabelText(/^Title/), title);
    await enter(
      screen.getByLabelText(/What were you trying to do/),
      'Run it locally. The guide stops half-way.',
    );
  };
  /** The dialog open on card-authoriser, with `title` and a scenario typed. */
  const openFilled = async (title: string) => {
    await renderWithClient(
      <ReportFrictionDialog open onClose={() => {}} initial={{ entityRef }} />,
    );
    await fill(title);
  };
  const similarFindings = () =>
    screen.findByRole('region', { name: 'Similar findings' });

  it('files a finding with the entity filled in, an idempotency key and the screenshots', async () => {
    const onFiled = jest.fn();
    await renderWithClient(
      <ReportFrictionDialog
        open
        onClose={() => {}}
        initial={{ entityRef }}
        onFiled={onFiled}
      />,
    );
    await fill('Local set-up guide stops half-way');
    await userEvent.click(screen.getByLabelText('Blocked me'));
    fireEvent.change(screen.getByLabelText('Minutes lost'), {
      target: { value: '40' },
    });
    await enter(
      screen.getByLabelText('Links (one per line)'),
      'https://docs.example/local',
    );
    const png = new File([new Uint8Array(1000)], 'shot.png', {
      type: 'image/png',
    });
    await userEvent.upload(screen.getByLabelText(/Screenshots/), png);
    await userEvent.click(screen.getByRole('button', { name: 'File finding' }));

    expect(
      await screen.findByText(/The owning team has been told/),
    ).toBeInTheDocument();
    expect(filed).toHaveLength(1);
    expect(filed[0].key).toMatch(/.{8,}/);
    expect(filed[0].body).toEqual({
      entityRef,
      title: 'Local set-up guide stops half-way',
      scenario: 'Run it locally. The guide stops half-way.',
      journeyStep: 'first-use',
      category: 'documentation',
      severity: 'blocked-me',
      minutesLost: 40,
      mayContact: true,
      links: ['https://docs.example/local'],
    });
    expect(uploads).toEqual([
      { type: 'image/png', name: 'shot.png', size: 1000 },
    ]);
    expect(onFiled).toHaveBeenCalled();
    expect(
      screen.getByRole('link', { name: /Open “Local set-up guide/ }),
    ).toHaveAttribute(
      'href',
      '/devzero/findings/33333333-3333-4333-8333-333333333333',
    );
  });

  it("keeps the reporter's name from the owners when asked", async () => {
    await openFilled('Guide stops');
    await userEvent.click(
      screen.getByLabelText('Keep my name from the owning team'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'File finding' }));
    await waitFor(() => expect(filed).toHaveLength(1));
    expect(filed[0].body.hideReporter).toBe(true);
  });

  it('says what is missing before sending anything', async () => {
    await renderWithClient(<ReportFrictionDialog open onClose={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'File finding' }));
    expect(
      screen.getByText('Choose the entity the friction was in'),
    ).toBeInTheDocument();
    expect(screen.getByText('Give the finding a title')).toBeInTheDocument();
    expect(
      screen.getByText('Say what you were trying to do'),
    ).toBeInTheDocument();
    expect(filed).toHaveLength(0);
  });

  /** Fills the form, adds a PNG of `bytes` and files it. */
  const fillWithImage = async (name: string, bytes: number) => {
    await fill('Guide stops');
    const image = new File([new Uint8Array(bytes)], name, {
      type: 'image/png',
    });
    await userEvent.upload(screen.getByLabelText(/Screenshots/), image);
    await userEvent.click(screen.getByRole('button', { name: 'File finding' }));
  };

  it('refuses an image over the size limit, naming it', async () => {
    await renderWithClient(
      <ReportFrictionDialog open onClose={() => {}} initial={{ entityRef }} />,
    );
    await fillWithImage('huge.png', 3 * 1024 * 1024);
    expect(
      screen.getByText('huge.png is 3.0 MB; images may be at most 2.0 MB'),
    ).toBeInTheDocument();
    expect(filed).toHaveLength(0);
  });

  it("takes the size limit from the portal's configuration", async () => {
    await renderWithClient(
      <ReportFrictionDialog open onClose={() => {}} initial={{ entityRef }} />,
      { config: { devzero: { attachments: { maxBytes: 512 * 1024 } } } },
    );
    expect(screen.getByText(/up to 512 KB each/)).toBeInTheDocument();
    await fillWithImage('one.png', 1024 * 1024);
    expect(
      screen.getByText('one.png is 1.0 MB; images may be at most 512 KB'),
    ).toBeInTheDocument();
    expect(filed).toHaveLength(0);
  });

  it('suggests similar open findings while the title is typed, and adds a "me too" instead', async () => {
    await openFilled('HSM simulator not in the guide');
    const similar = await similarFindings();
    expect(similar).toHaveTextContent('HSM simulator missing from the guide');
    await userEvent.click(
      within(similar).getByRole('button', {
        name: 'Me too: HSM simulator missing from the guide',
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add me too' }));
    expect(
      await screen.findByText(/Your “me too” and minutes were added/),
    ).toBeInTheDocument();
    expect(meToos).toEqual([
      {
        id: '11111111-1111-4111-8111-111111111111',
        body: {
          minutesLost: 15,
          note: 'Run it locally. The guide stops half-way.',
        },
      },
    ]);
    expect(filed).toHaveLength(0);
  });

  describe('a finding resolved or declined lately', () => {
    const daysAgo = (days: number) =>
      new Date(Date.now() - days * 86_400_000).toISOString();
    const resolvedId = '44444444-4444-4444-8444-444444444444';
    const declinedId = '55555555-5555-4555-8555-555555555555';
    let triaged: any[];
    beforeEach(() => {
      triaged = [];
      server.use(
        http.get(`${BASE}/findings/similar`, () =>
          HttpResponse.json({
            items: [
              finding({
                id: resolvedId,
                title: 'HSM simulator missing from the guide',
                status: 'resolved',
                closedAt: daysAgo(3),
                reporterRef: jordan,
              }),
              finding({
                id: declinedId,
                title: 'HSM simulator will not start',
                status: 'declined',
                closedAt: daysAgo(5),
                declineReason: 'Needs a licence',
              }),
            ],
          }),
        ),
        http.post(
          `${BASE}/findings/:id/me-too`,
          async ({ request, params }) => {
            meToos.push({ id: params.id, body: await request.json() });
            return HttpResponse.json(
              finding({ id: resolvedId, status: 'triaged', meTooCount: 1 }),
            );
          },
        ),
        http.post(
          `${BASE}/findings/:id/triage`,
          async ({ request, params }) => {
            triaged.push({ id: params.id, body: await request.json() });
            return HttpResponse.json(
              finding({ id: declinedId, status: 'triaged' }),
            );
          },
        ),
      );
    });

    it('says when each was fixed or declined and why, and brings a fixed one back with a "me too" instead of filing again', async () => {
      await openFilled('HSM simulator not in the guide');
      const similar = await similarFindings();
      const [fixed, declined] = within(similar).getAllByRole('listitem');
      expect(fixed).toHaveTextContent('Fixed 3 days ago; still seeing it?');
      expect(declined).toHaveTextContent(
        'Declined 5 days ago (Needs a licence); still seeing it?',
      );
      await userEvent.click(
        within(fixed).getByRole('button', {
          name: 'Me too: HSM simulator missing from the guide',
        }),
      );
      expect(
        screen.getByText(/and reopen it for its owners to triage again\?/),
      ).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Add me too' }));
      expect(
        await screen.findByText(/the finding is open again/),
      ).toBeInTheDocument();
      expect(meToos).toEqual([
        {
          id: resolvedId,
          body: {
            minutesLost: 15,
            note: 'Run it locally. The guide stops half-way.',
          },
        },
      ]);
      expect(filed).toHaveLength(0);
      expect(triaged).toHaveLength(0);
    });

    it('offers the reporter to reopen their own instead, with their scenario as the reason', async () => {
      await openFilled('HSM simulator not in the guide');
      const similar = await similarFindings();
      // Riley filed the declined one: no "me too" on their own finding.
      expect(
        within(similar).queryByRole('button', {
          name: 'Me too: HSM simulator will not start',
        }),
      ).not.toBeInTheDocument();
      await userEvent.click(
        within(similar).getByRole('button', {
          name: 'Reopen: HSM simulator will not start',
        }),
      );
      await userEvent.click(screen.getByRole('button', { name: 'Reopen it' }));
      expect(
        await screen.findByText(/Your finding is open again/),
      ).toBeInTheDocument();
      expect(triaged).toEqual([
        {
          id: declinedId,
          body: {
            action: 'reopen',
            note: 'Run it locally. The guide stops half-way.',
          },
        },
      ]);
      expect(meToos).toHaveLength(0);
      expect(filed).toHaveLength(0);
    });

    it("shows the backend's refusal of a reopening in its words, filing nothing", async () => {
      server.use(
        http.post(`${BASE}/findings/:id/triage`, () =>
          HttpResponse.json(
            {
              error: {
                name: 'NotAllowedError',
                message:
                  'Only the owners of component:default/card-authoriser (group:default/card-authorisation-team) may triage this finding',
              },
              response: { statusCode: 403 },
            },
            { status: 403 },
          ),
        ),
      );
      await openFilled('HSM simulator not in the guide');
      await userEvent.click(
        await screen.findByRole('button', {
          name: 'Reopen: HSM simulator will not start',
        }),
      );
      await userEvent.click(screen.getByRole('button', { name: 'Reopen it' }));
      expect(
        await screen.findByText(/Only the owners of component/),
      ).toBeInTheDocument();
      expect(filed).toHaveLength(0);
    });
  });

  it("shows the backend's refusal and keeps what was typed", async () => {
    server.use(
      http.post(`${BASE}/findings`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'InputError',
              message:
                'entityRef: component:default/card-authoriser has no owner in the catalog to route the finding to',
            },
            response: { statusCode: 400 },
          },
          { status: 400 },
        ),
      ),
    );
    await openFilled('Guide stops');
    await userEvent.click(screen.getByRole('button', { name: 'File finding' }));
    expect(
      await screen.findByText(/has no owner in the catalog/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Guide stops');
  });

  it('retries a failed attempt under its key, and files an edited one under a new key', async () => {
    const keys: Array<string | null> = [];
    server.use(
      http.post(`${BASE}/findings`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return HttpResponse.json(
          {
            error: { name: 'ServiceUnavailableError', message: 'Try again' },
            response: { statusCode: 503 },
          },
          { status: 503 },
        );
      }),
    );
    await openFilled('Guide stops');
    const send = screen.getByRole('button', { name: 'File finding' });
    await userEvent.click(send);
    await screen.findByText(/Try again/);
    await userEvent.click(send);
    await waitFor(() => expect(keys).toHaveLength(2));
    await enter(screen.getByLabelText(/^Title/), ' half-way');
    await userEvent.click(send);
    await waitFor(() => expect(keys).toHaveLength(3));
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('picks the entity from the catalog', async () => {
    await renderWithClient(<ReportFrictionDialog open onClose={() => {}} />);
    await enter(screen.getByLabelText(/Where was the friction/), 'Card');
    // The domain catalog's bounded contexts are offered too.
    expect(
      await screen.findByText('Card Authorisation (bounded context)'),
    ).toBeInTheDocument();
    await userEvent.click(
      await screen.findByText('Card Authoriser (component)'),
    );
    await fill('Guide stops');
    await userEvent.click(screen.getByRole('button', { name: 'File finding' }));
    await waitFor(() => expect(filed).toHaveLength(1));
    expect(filed[0].body.entityRef).toBe(entityRef);
  });
});
