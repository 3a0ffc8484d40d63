import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  details,
  errorPng,
  errorPngBytes,
  id,
} from '../../__testUtils__/findingDetails';
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

describe('FindingView: screenshots', () => {
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
});
