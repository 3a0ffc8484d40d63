import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { campaign, closed } from '../../__testUtils__/fixtures';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { SurveyView } from './SurveyView';

const server = setupServer();
registerMswTestHooks(server);

const open = campaign();
const RECEIPT_KEY = `fitsys.skillsSurvey.receipt.${open.id}`;
const conflict = (message: string) =>
  HttpResponse.json(
    {
      error: { name: 'ConflictError', message },
      response: { statusCode: 409 },
    },
    { status: 409 },
  );

/** The backend with one open campaign; records what is sent. */
function backend(options: { answeredOn?: string } = {}) {
  const sent: Array<{ method: string; body: any }> = [];
  let answeredOn = options.answeredOn ?? null;
  let stored: any;
  server.use(
    http.get(`${BASE}/campaigns`, () =>
      HttpResponse.json({ items: [open, closed] }),
    ),
    http.get(`${BASE}/campaigns/${open.id}`, () => HttpResponse.json(open)),
    http.get(`${BASE}/campaigns/${open.id}/participation`, () =>
      HttpResponse.json({
        campaignId: open.id,
        answered: Boolean(answeredOn),
        answeredOn,
      }),
    ),
    http.post(`${BASE}/campaigns/${open.id}/answers`, async ({ request }) => {
      const body: any = await request.json();
      sent.push({ method: 'POST', body });
      if (answeredOn) return conflict('You have already answered 2026-Q4.');
      answeredOn = '2026-12-02';
      stored = body;
      return HttpResponse.json(
        { campaignId: open.id, created: true },
        { status: 201 },
      );
    }),
    http.put(`${BASE}/campaigns/${open.id}/answers`, async ({ request }) => {
      const body: any = await request.json();
      sent.push({ method: 'PUT', body });
      if (body.receipt !== stored?.receipt)
        return conflict('receipt: matches no answer of 2026-Q4');
      stored = body;
      return HttpResponse.json({ campaignId: open.id, created: false });
    }),
    http.post(
      `${BASE}/campaigns/${open.id}/answers/lookup`,
      async ({ request }) => {
        const { receipt }: any = await request.json();
        if (!stored || receipt !== stored.receipt)
          return conflict('receipt: matches no answer of yours to 2026-Q4');
        return HttpResponse.json({
          campaignId: open.id,
          ratings: stored.ratings,
          helpText: stored.helpText ?? null,
        });
      },
    ),
  );
  return {
    sent,
    store: (body: any) => {
      stored = body;
      answeredOn = '2026-12-01';
    },
  };
}

const row = (name: string) => screen.getByRole('radiogroup', { name });

describe('SurveyView', () => {
  beforeEach(() => window.localStorage.clear());

  it('takes a first answer, keeps the receipt only in this browser, and lets the person change it', async () => {
    const api = backend();
    await renderWithClient(<SurveyView />);
    expect(await screen.findByText(/closes in \d+ days/)).toBeInTheDocument();
    expect(screen.getByText('you')).toBeInTheDocument(); // the intro's Markdown
    await userEvent.click(
      within(
        await screen.findByRole('radiogroup', { name: 'Apache Kafka' }),
      ).getByRole('radio', { name: '1 Aware' }),
    );
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Want to learn Apache Kafka' }),
    );
    await userEvent.click(
      within(row('Kotlin')).getByRole('radio', { name: 'Not applicable' }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /what would help you most/i }),
      'Pairing',
    );
    expect(screen.getByText('2 of 3 rated')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Send my answer' }),
    );

    expect(
      await screen.findByText(/your answer is recorded/),
    ).toBeInTheDocument();
    const first = api.sent[0];
    expect(first.method).toBe('POST');
    expect(first.body.ratings).toEqual([
      { technologyId: 'kafka', level: 1, wantToLearn: true },
      { technologyId: 'kotlin', level: null, wantToLearn: false },
    ]);
    expect(first.body.helpText).toBe('Pairing');
    expect(first.body.receipt).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(window.localStorage.getItem(RECEIPT_KEY)).toBe(first.body.receipt);

    await userEvent.click(
      within(row('Apache Kafka')).getByRole('radio', { name: '3 Independent' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      await screen.findByText('Your changes are saved.'),
    ).toBeInTheDocument();
    expect(api.sent[1].method).toBe('PUT');
    expect(api.sent[1].body.receipt).toBe(first.body.receipt);
    expect(api.sent[1].body.ratings[0]).toEqual({
      technologyId: 'kafka',
      level: 3,
      wantToLearn: true,
    });
  });

  it('reads the answer back with the kept receipt, in the body, and shows it', async () => {
    const api = backend();
    const receipt = 'r'.repeat(43);
    api.store({
      receipt,
      ratings: [{ technologyId: 'terraform', level: 2, wantToLearn: true }],
      helpText: 'A sandbox',
    });
    window.localStorage.setItem(RECEIPT_KEY, receipt);
    await renderWithClient(<SurveyView />);
    expect(
      await screen.findByText(/This is your answer, read back/),
    ).toBeInTheDocument();
    expect(
      within(row('Terraform')).getByRole('radio', { name: '2 Used with help' }),
    ).toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'Want to learn Terraform' }),
    ).toBeChecked();
    expect(
      screen.getByRole('textbox', { name: /what would help you most/i }),
    ).toHaveValue('A sandbox');
  });

  it('says plainly when the person answered but this browser has no receipt', async () => {
    backend({ answeredOn: '2026-12-01' });
    await renderWithClient(<SurveyView />);
    expect(
      await screen.findByText(/this browser does not have the receipt/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Send my answer' }),
    ).not.toBeInTheDocument();
  });

  it('turns a refused first answer (answered from another browser) into that message', async () => {
    const api = backend();
    await renderWithClient(<SurveyView />);
    await userEvent.click(
      within(
        await screen.findByRole('radiogroup', { name: 'Kotlin' }),
      ).getByRole('radio', { name: '4 Can teach others' }),
    );
    api.store({ receipt: 'x'.repeat(43), ratings: [] }); // meanwhile, elsewhere
    await userEvent.click(
      screen.getByRole('button', { name: 'Send my answer' }),
    );
    expect(
      await screen.findByText(/this browser does not have the receipt/),
    ).toBeInTheDocument();
    expect(window.localStorage.getItem(RECEIPT_KEY)).toBeNull();
  });

  it('moves within a row with the arrow keys', async () => {
    backend();
    await renderWithClient(<SurveyView />);
    const kafka = within(
      await screen.findByRole('radiogroup', { name: 'Apache Kafka' }),
    );
    await userEvent.click(kafka.getByRole('radio', { name: '1 Aware' }));
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() =>
      expect(
        kafka.getByRole('radio', { name: '2 Used with help' }),
      ).toBeChecked(),
    );
  });

  it('says why it cannot show the answer, and tries again', async () => {
    backend();
    let fail = true;
    server.use(
      http.get(`${BASE}/campaigns/${open.id}/participation`, () =>
        fail
          ? HttpResponse.json(
              {
                error: { name: 'Error', message: 'database unavailable' },
                response: { statusCode: 503 },
              },
              { status: 503 },
            )
          : HttpResponse.json({
              campaignId: open.id,
              answered: false,
              answeredOn: null,
            }),
      ),
    );
    await renderWithClient(<SurveyView />);
    expect(
      await screen.findByText(
        /Could not load your answer: database unavailable/,
      ),
    ).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('button', { name: 'Send my answer' }),
    ).toBeInTheDocument();
  });

  it('says when no campaign is open', async () => {
    server.use(
      http.get(`${BASE}/campaigns`, () =>
        HttpResponse.json({ items: [closed] }),
      ),
    );
    await renderWithClient(<SurveyView />);
    expect(await screen.findByText('No survey is open')).toBeInTheDocument();
    expect(
      screen.getByText(/The last one, 2026-Q3, closed/),
    ).toBeInTheDocument();
  });
});
