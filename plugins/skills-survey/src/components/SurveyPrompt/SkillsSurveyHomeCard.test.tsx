import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { keepReceipt } from '../../api/receipts';
import { campaign, closed } from '../../__testUtils__/fixtures';
import { participationServer } from '../../__testUtils__/participation';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { SkillsSurveyHomeCardContent } from './SkillsSurveyHomeCard';

const { server, state, serve } = participationServer();

const open = campaign();

describe('SkillsSurveyHomeCardContent', () => {
  it('asks someone who has not answered the open campaign, with what it takes, linking to the survey', async () => {
    serve([closed, open], false);
    await renderWithClient(<SkillsSurveyHomeCardContent />);
    expect(
      await screen.findByRole('link', { name: 'Answer the survey 2026-Q4' }),
    ).toHaveAttribute('href', '/skills-survey');
    expect(
      screen.getByText(/^2026-Q4 is open until the end of .* 2099$/),
    ).toBeInTheDocument();
    const count = open.technologies!.length;
    expect(
      screen.getByText(
        new RegExp(
          `Rate how well you know ${count} technologies: about 1 min\\. Your answer is kept apart from your name, and results are published only for groups of at least ${open.minGroupSize} people`,
        ),
      ),
    ).toBeInTheDocument();
    expect(state.asked).toEqual([open.id]);
  });

  it('thanks someone who answered, here or in this browser, without asking again', async () => {
    serve([open], true);
    const { unmount } = await renderWithClient(<SkillsSurveyHomeCardContent />);
    expect(
      await screen.findByText(
        /^Thank you: you have answered 2026-Q4\. Results are published when it closes, at the end of .* 2099\./,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Answer/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Skills survey' })).toHaveAttribute(
      'href',
      '/skills-survey',
    );
    unmount();
    // A receipt kept in this browser says so without asking the server.
    serve([open], false);
    state.asked = [];
    keepReceipt(open.id, 'r'.repeat(43));
    await renderWithClient(<SkillsSurveyHomeCardContent />);
    expect(await screen.findByText(/^Thank you/)).toBeInTheDocument();
    expect(state.asked).toEqual([]);
  });

  it('says when no survey is open', async () => {
    serve([closed], false);
    await renderWithClient(<SkillsSurveyHomeCardContent />);
    expect(
      await screen.findByText(/^No skills survey is open at the moment\./),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Skills survey: results and helpers' }),
    ).toHaveAttribute('href', '/skills-survey');
    expect(state.asked).toEqual([]);
  });

  it('says plainly when the survey cannot be read, with a link to it', async () => {
    server.use(
      http.get(`${BASE}/campaigns`, () =>
        HttpResponse.json(
          { error: { name: 'Error', message: 'the database is down' } },
          { status: 503 },
        ),
      ),
    );
    await renderWithClient(<SkillsSurveyHomeCardContent />);
    await waitFor(() =>
      expect(
        screen.getByText(/^The skills survey could not be read \(.*\)\./),
      ).toBeInTheDocument(),
    );
    expect(
      screen.getByRole('link', { name: 'Open the skills survey' }),
    ).toHaveAttribute('href', '/skills-survey');
    expect(screen.queryByRole('link', { name: /^Answer/ })).toBeNull();
  });
});
