import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { details, id } from '../../__testUtils__/findingDetails';
import {
  BASE,
  jordan,
  renderWithClient,
  riley,
} from '../../__testUtils__/render';
import { FindingView } from './FindingPage';

const server = setupServer();
registerMswTestHooks(server);

jest.setTimeout(20_000);

describe('FindingView', () => {
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

  it('names the finding a duplicate points to, by its title, with a link', async () => {
    const original = '22222222-2222-4222-8222-222222222222';
    server.use(
      http.get(`${BASE}/findings/${id}`, () =>
        HttpResponse.json(
          details({ status: 'duplicate', duplicateOf: original }),
        ),
      ),
      http.get(`${BASE}/findings/${original}`, () =>
        HttpResponse.json(
          details({ id: original, title: 'HSM simulator missing from set-up' }),
        ),
      ),
    );
    await renderWithClient(<FindingView id={id} />);
    expect(
      await screen.findByRole('link', {
        name: '“HSM simulator missing from set-up”',
      }),
    ).toHaveAttribute('href', `/devzero/findings/${original}`);
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
    expect(screen.getByText('This finding was not found')).toBeInTheDocument();
    expect(screen.getByText('Back to findings').closest('a')).toHaveAttribute(
      'href',
      '/devzero',
    );
  });
});
