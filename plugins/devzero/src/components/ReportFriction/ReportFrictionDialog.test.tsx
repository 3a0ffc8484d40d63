import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { ReportFrictionDialog } from './ReportFrictionDialog';
import {
  enter,
  entityRef,
  fill,
  openFilled,
  reportFrictionBackend,
} from './__testUtils__/reportFrictionBackend';

// Filing a new finding: what is sent, what is refused before sending, and
// the backend's refusals. Similar findings are in
// ReportFrictionDialogSimilar.test.tsx.

// A dialog this size re-renders on every keystroke; jsdom is slow at it.
jest.setTimeout(20_000);

describe('ReportFrictionDialog', () => {
  const { server, filed, uploads } = reportFrictionBackend();

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
