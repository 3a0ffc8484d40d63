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
  riley,
} from '../__testUtils__/render';
import { FindingView } from './FindingPage';

const server = setupServer();
registerMswTestHooks(server);

jest.setTimeout(20_000);

const id = '11111111-1111-4111-8111-111111111111';

function details(overrides: object = {}, extra: object = {}) {
  return {
    finding: finding({
      steps: '1. `make run`\n2. It asks for `HSM_URL`',
      links: ['https://docs.example/local'],
      ...overrides,
    }),
    history: [
      {
        id: 1,
        findingId: id,
        actorRef: riley,
        at: '2026-11-20T09:00:00.000Z',
        action: 'file',
        toStatus: 'new',
      },
    ],
    comments: [
      {
        id: 1,
        findingId: id,
        authorRef: jordan,
        body: 'Which **branch** were you on?',
        createdAt: '2026-11-20T10:00:00.000Z',
      },
    ],
    meToos: [],
    attachments: [],
    canTriage: false,
    canComment: true,
    canAdminister: false,
    ...extra,
  };
}

/** An image the reporter added, and the handler that serves its bytes. */
const errorPng = {
  id: 'a1',
  findingId: id,
  fileName: 'error.png',
  contentType: 'image/png',
  size: 10,
  uploaderRef: riley,
  createdAt: '2026-11-20T09:00:00.000Z',
};
const errorPngBytes = http.get(`${BASE}/findings/${id}/attachments/a1`, () =>
  HttpResponse.arrayBuffer(new Uint8Array([137, 80, 78, 71]).buffer, {
    headers: { 'Content-Type': 'image/png' },
  }),
);

/** Shows the finding, in the given state, to an owner who may triage it, and opens one action's dialog. */
async function openTriageDialog(action: string, overrides: object = {}) {
  server.use(
    http.get(`${BASE}/findings/${id}`, () =>
      HttpResponse.json(details(overrides, { canTriage: true })),
    ),
  );
  await renderWithClient(<FindingView id={id} />, { user: jordan });
  await userEvent.click(await screen.findByRole('button', { name: action }));
  return screen.getByRole('dialog');
}

describe('FindingView', () => {
  let triaged: any[];
  let comments: any[];
  beforeEach(() => {
    triaged = [];
    comments = [];
    server.use(
      http.post(`${BASE}/findings/:id/triage`, async ({ request }) => {
        triaged.push(await request.json());
        return HttpResponse.json(finding({ status: 'resolved' }));
      }),
      http.post(`${BASE}/findings/:id/comments`, async ({ request }) => {
        comments.push(await request.json());
        return HttpResponse.json({}, { status: 201 });
      }),
    );
  });

  it('shows the report rendered from Markdown, its details, comments and history', async () => {
    server.use(
      http.get(`${BASE}/findings/${id}`, () => HttpResponse.json(details())),
    );
    await renderWithClient(<FindingView id={id} />, { user: riley });
    expect(
      await screen.findByRole('heading', {
        name: 'The local set-up guide misses the HSM simulator',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('make run').tagName).toBe('CODE');
    expect(screen.getByText('branch').tagName).toBe('STRONG');
    expect(screen.getByText('Triage: At risk')).toBeInTheDocument();
    expect(
      screen.getByText('(happy to be contacted)', { exact: false }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'History' })).getByText(
        /filed it/,
      ),
    ).toBeInTheDocument();
    // The reporter of an open finding has no triage buttons.
    expect(
      screen.queryByRole('button', { name: 'Accept' }),
    ).not.toBeInTheDocument();
  });

  it("loads no remote image in the report, comments or resolution, only the portal's own", async () => {
    const pixel = 'https://tracker.example/pixel.png?u=1';
    const own = '/api/devzero/findings/11111111/attachments/a1';
    server.use(
      http.get(`${BASE}/findings/${id}`, () =>
        HttpResponse.json(
          details(
            {
              status: 'resolved',
              actual: `It failed: ![the error](${pixel})`,
              steps: `1. Run it\n2. See ![our screenshot](${own})`,
              expected: '![diagram](https://images.fernhill.example/d.png)',
              resolutionNote: 'Fixed ![](https://tracker.example/r.gif)',
            },
            {
              comments: [
                {
                  id: 1,
                  findingId: id,
                  authorRef: jordan,
                  body: `Me too <img src="https://tracker.example/c.png" alt="c">`,
                  createdAt: '2026-11-20T10:00:00.000Z',
                },
              ],
            },
          ),
        ),
      ),
    );
    const { container } = await renderWithClient(<FindingView id={id} />, {
      user: riley,
      config: {
        fitsys: {
          markdown: { allowedImageHosts: ['images.fernhill.example'] },
        },
      },
    });
    expect(
      await screen.findByRole('link', {
        name: /the error \(image from tracker\.example\)/,
      }),
    ).toHaveAttribute('href', pixel);
    expect(
      screen.getByRole('link', { name: /^c \(image from tracker\.example\)/ }),
    ).toHaveAttribute('href', 'https://tracker.example/c.png');
    expect(
      screen.getByRole('link', { name: /^image from tracker\.example/ }),
    ).toHaveAttribute('href', 'https://tracker.example/r.gif');
    const sources = Array.from(container.querySelectorAll('img')).map(img =>
      img.getAttribute('src'),
    );
    expect(sources).toEqual([own, 'https://images.fernhill.example/d.png']);
    expect(screen.getByRole('img', { name: 'our screenshot' })).toBeVisible();
  });

  it('lets an owner resolve with a note and a link to the fix', async () => {
    let status = 'new';
    server.use(
      http.get(`${BASE}/findings/${id}`, () =>
        HttpResponse.json(
          details(
            status === 'resolved'
              ? { status, resolutionNote: 'Guide now starts the simulator.' }
              : {},
            { canTriage: true },
          ),
        ),
      ),
      http.post(`${BASE}/findings/:id/triage`, async ({ request }) => {
        triaged.push(await request.json());
        status = 'resolved';
        return HttpResponse.json(finding({ status: 'resolved' }));
      }),
    );
    await renderWithClient(<FindingView id={id} />, { user: jordan });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Resolve' }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Resolve' }),
    );
    expect(
      within(dialog).getByText(
        /Resolution: what changed for the next newcomer is needed/,
      ),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByLabelText(/Resolution/));
    await userEvent.paste('Guide now starts the simulator.');
    await userEvent.click(within(dialog).getByLabelText(/Link to the fix/));
    await userEvent.paste('https://git.example/pr/1');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Resolve' }),
    );
    await waitFor(() =>
      expect(triaged).toEqual([
        {
          action: 'resolve',
          note: 'Guide now starts the simulator.',
          fixUrl: 'https://git.example/pr/1',
        },
      ]),
    );
    expect(await screen.findByText('Resolved.')).toBeInTheDocument();
  });

  it('marks a duplicate from a pasted finding address', async () => {
    const dialog = await openTriageDialog('Mark duplicate');
    await userEvent.click(within(dialog).getByLabelText(/Duplicate of/));
    await userEvent.paste(
      'http://localhost:3000/devzero/findings/22222222-2222-4222-8222-222222222222',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Mark duplicate' }),
    );
    await waitFor(() =>
      expect(triaged).toEqual([
        {
          action: 'mark-duplicate',
          duplicateOf: '22222222-2222-4222-8222-222222222222',
        },
      ]),
    );
  });

  it('links a tracker issue to a closed finding', async () => {
    const dialog = await openTriageDialog('Link issue', { status: 'resolved' });
    await userEvent.click(within(dialog).getByLabelText(/Issue address/));
    await userEvent.paste('https://github.com/fernhill/x/issues/7');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Link issue' }),
    );
    await waitFor(() =>
      expect(triaged).toEqual([
        {
          action: 'link-issue',
          externalUrl: 'https://github.com/fernhill/x/issues/7',
        },
      ]),
    );
  });

  it('assigns someone picked from the catalog, and unassigns by clearing', async () => {
    let dialog = await openTriageDialog('Assign', { status: 'triaged' });
    await userEvent.clear(within(dialog).getByLabelText('Assignee'));
    await userEvent.type(within(dialog).getByLabelText('Assignee'), 'noor');
    await userEvent.click(await screen.findByText('Noor Siddiqui'));
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Assign' }),
    );
    await waitFor(() =>
      expect(triaged).toEqual([
        { action: 'assign', assigneeRef: 'user:default/noor.siddiqui' },
      ]),
    );

    await userEvent.click(
      await screen.findByRole('button', { name: 'Assign' }),
    );
    dialog = screen.getByRole('dialog');
    await userEvent.clear(within(dialog).getByLabelText('Assignee'));
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Assign' }),
    );
    await waitFor(() =>
      expect(triaged[1]).toEqual({ action: 'assign', assigneeRef: null }),
    );
  });

  it("shows the backend's refusal of a triage", async () => {
    server.use(
      http.get(`${BASE}/findings/${id}`, () =>
        HttpResponse.json(details({}, { canTriage: true })),
      ),
      http.post(`${BASE}/findings/:id/triage`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'ConflictError',
              message: 'action: a resolved finding cannot be given "accept"',
            },
            response: { statusCode: 409 },
          },
          { status: 409 },
        ),
      ),
    );
    await renderWithClient(<FindingView id={id} />, { user: jordan });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Accept' }),
    );
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Accept',
      }),
    );
    expect(
      await screen.findByText(/cannot be given "accept"/),
    ).toBeInTheDocument();
  });

  it('lets the reporter see the resolution and reopen it', async () => {
    server.use(
      http.get(`${BASE}/findings/${id}`, () =>
        HttpResponse.json(
          details({
            status: 'resolved',
            resolutionNote: 'The guide now starts the simulator.',
            fixUrl: 'https://git.example/pr/1',
          }),
        ),
      ),
    );
    await renderWithClient(<FindingView id={id} />, { user: riley });
    expect(
      await screen.findByText('The guide now starts the simulator.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /See the fix/ })).toHaveAttribute(
      'href',
      'https://git.example/pr/1',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reopen' }));
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Reopen',
      }),
    );
    await waitFor(() => expect(triaged).toEqual([{ action: 'reopen' }]));
  });

  it('posts a comment once, however often the button is pressed while it is sent', async () => {
    let answer: () => void = () => {};
    server.use(
      http.get(`${BASE}/findings/${id}`, () => HttpResponse.json(details())),
      http.post(`${BASE}/findings/:id/comments`, async ({ request }) => {
        comments.push(await request.json());
        await new Promise<void>(resolve => {
          answer = resolve;
        });
        return HttpResponse.json({}, { status: 201 });
      }),
    );
    await renderWithClient(<FindingView id={id} />, { user: riley });
    await userEvent.click(await screen.findByLabelText('Add a comment'));
    await userEvent.paste('The main branch.');
    const button = screen.getByRole('button', { name: 'Comment' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toBeDisabled());
    // The form sent again another way (a script, a second submit) sends nothing.
    fireEvent.submit(button.closest('form')!);
    answer();
    await waitFor(() =>
      expect(screen.getByLabelText('Add a comment')).toHaveValue(''),
    );
    expect(comments).toEqual([{ body: 'The main branch.' }]);
  });

  it('opens the file chooser for screenshots from the keyboard', async () => {
    server.use(
      http.get(`${BASE}/findings/${id}`, () => HttpResponse.json(details())),
    );
    await renderWithClient(<FindingView id={id} />, { user: riley });
    const input = await screen.findByLabelText('Add screenshots');
    const chooser = jest.spyOn(input as HTMLInputElement, 'click');
    screen.getByRole('button', { name: 'Add screenshots' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(chooser).toHaveBeenCalled();
  });

  it('shows screenshots, adds one, says why one was refused, and lets the uploader remove theirs', async () => {
    const removed: string[] = [];
    const uploaded: string[] = [];
    server.use(
      http.get(`${BASE}/findings/${id}`, () =>
        HttpResponse.json(
          details(
            {},
            {
              attachments: [errorPng],
            },
          ),
        ),
      ),
      errorPngBytes,
      http.post(`${BASE}/findings/${id}/attachments`, async ({ request }) => {
        const name = new URL(request.url).searchParams.get('name')!;
        uploaded.push(name);
        if (name === 'huge.png') {
          return HttpResponse.json(
            {
              error: {
                name: 'PayloadTooLargeError',
                message:
                  'attachment: 3.1 MB is over the 2 MB limit; crop or compress the image',
              },
              response: { statusCode: 413 },
            },
            { status: 413 },
          );
        }
        return HttpResponse.json({ id: 'a2' }, { status: 201 });
      }),
      http.delete(
        `${BASE}/findings/${id}/attachments/:attachmentId`,
        ({ params }) => {
          removed.push(params.attachmentId as string);
          return new HttpResponse(null, { status: 204 });
        },
      ),
    );
    (URL as any).createObjectURL = () => 'blob:error.png';
    (URL as any).revokeObjectURL = () => {};
    await renderWithClient(<FindingView id={id} />, { user: riley });
    expect(
      await screen.findByRole('img', { name: 'Evidence: error.png' }),
    ).toHaveAttribute('src', 'blob:error.png');
    await userEvent.upload(screen.getByLabelText('Add screenshots'), [
      new File([new Uint8Array(4)], 'ok.png', { type: 'image/png' }),
      new File([new Uint8Array(4)], 'huge.png', { type: 'image/png' }),
    ]);
    expect(
      await screen.findByText(
        /huge.png: attachment: 3.1 MB is over the 2 MB limit/,
      ),
    ).toBeInTheDocument();
    expect(uploaded).toEqual(['ok.png', 'huge.png']);
    await userEvent.click(
      screen.getByRole('button', { name: 'Remove error.png' }),
    );
    await waitFor(() => expect(removed).toEqual(['a1']));
  });

  it('gives an admin, and no other owner, a Remove button on images others added', async () => {
    let admin = false;
    server.use(
      http.get(`${BASE}/findings/${id}`, () =>
        HttpResponse.json(
          details(
            {},
            {
              canTriage: true,
              canAdminister: admin,
              attachments: [errorPng],
            },
          ),
        ),
      ),
      errorPngBytes,
    );
    (URL as any).createObjectURL = () => 'blob:error.png';
    (URL as any).revokeObjectURL = () => {};
    const owner = await renderWithClient(<FindingView id={id} />, {
      user: jordan,
    });
    await screen.findByRole('img', { name: 'Evidence: error.png' });
    expect(
      screen.queryByRole('button', { name: 'Remove error.png' }),
    ).not.toBeInTheDocument();
    owner.unmount();
    admin = true;
    await renderWithClient(<FindingView id={id} />, { user: jordan });
    expect(
      await screen.findByRole('button', { name: 'Remove error.png' }),
    ).toBeInTheDocument();
  });

  it('links a merged reporter\'s "me too" to the duplicate it was filed as, and only theirs', async () => {
    const dup = '22222222-2222-4222-8222-222222222222';
    const other = '33333333-3333-4333-8333-333333333333';
    server.use(
      http.get(`${BASE}/findings/${id}`, () =>
        HttpResponse.json(
          details(
            {},
            {
              meToos: [
                {
                  findingId: id,
                  userRef: jordan,
                  minutesLost: 25,
                  note: `Filed as ${dup}: HSM simulator missing from the guide`,
                  createdAt: '2026-11-20T09:00:00.000Z',
                  mergedFrom: dup,
                },
                {
                  findingId: id,
                  userRef: 'user:default/noor.siddiqui',
                  minutesLost: 5,
                  note: 'Same on Windows',
                  createdAt: '2026-11-21T09:00:00.000Z',
                },
                {
                  findingId: id,
                  userRef: 'user:default/ethan.castellano',
                  minutesLost: 5,
                  // Typed by hand: not a merge's, so not a link.
                  note: `Filed as ${other}: see the other one`,
                  createdAt: '2026-11-21T10:00:00.000Z',
                },
              ],
            },
          ),
        ),
      ),
    );
    await renderWithClient(<FindingView id={id} />, { user: riley });
    expect(
      await screen.findByRole('link', {
        name: 'HSM simulator missing from the guide',
      }),
    ).toHaveAttribute('href', expect.stringMatching(new RegExp(`/${dup}$`)));
    expect(screen.getByText(/Same on Windows/)).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`Filed as ${other}: see the other one`)),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'see the other one' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByText(/Filed as 2/)).not.toBeInTheDocument();
  });

  it('says when the finding cannot be found', async () => {
    server.use(
      http.get(`${BASE}/findings/${id}`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotFoundError',
              message: `There is no finding ${id}`,
            },
            response: { statusCode: 404 },
          },
          { status: 404 },
        ),
      ),
    );
    await renderWithClient(<FindingView id={id} />);
    expect(
      (await screen.findAllByText(/There is no finding/))[0],
    ).toBeInTheDocument();
  });
});
