import { registerMswTestHooks } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { closed, closedResults } from '../../__testUtils__/fixtures';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { SkillsSurveyPage } from './SkillsSurveyPage';

const server = setupServer();
registerMswTestHooks(server);

describe('SkillsSurveyPage', () => {
  beforeEach(() =>
    server.use(
      http.get(`${BASE}/campaigns`, () =>
        HttpResponse.json({ items: [closed] }),
      ),
      http.get(`${BASE}/campaigns/${closed.id}/results`, () =>
        HttpResponse.json(closedResults),
      ),
    ),
  );

  it('offers results and campaigns to the platform team', async () => {
    await renderWithClient(<SkillsSurveyPage />);
    expect(await screen.findByRole('tab', { name: 'Results' })).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Campaigns' })).toBeVisible();
  });

  it('hides results and campaigns from someone the policy does not allow', async () => {
    await renderWithClient(<SkillsSurveyPage />, {
      allowed: ['skills-survey.answer'],
    });
    expect(await screen.findByText('No survey is open')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Survey' })).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Helpers' })).toBeVisible();
    expect(screen.queryByRole('tab', { name: 'Results' })).toBeNull();
    expect(screen.queryByRole('tab', { name: 'Campaigns' })).toBeNull();
  });

  it('explains, when followed by a link, why results are not shown', async () => {
    await renderWithClient(<SkillsSurveyPage />, {
      allowed: ['skills-survey.answer'],
      routeEntries: ['/results'],
    });
    expect(
      await screen.findByText('Survey results are for the platform team'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
