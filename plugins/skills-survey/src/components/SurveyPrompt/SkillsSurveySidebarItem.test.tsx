import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { keepReceipt } from '../../api/receipts';
import { campaign, closed } from '../../__testUtils__/fixtures';
import { participationServer } from '../../__testUtils__/participation';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { SkillsSurveySidebarItem } from './SkillsSurveySidebarItem';

const { server, state, serve } = participationServer();

const open = campaign();

describe('SkillsSurveySidebarItem', () => {
  it('asks someone who has not answered the open campaign, linking to the survey', async () => {
    serve([closed, open], false);
    await renderWithClient(<SkillsSurveySidebarItem />);
    const link = await screen.findByRole('link', {
      name: /^Take survey: the skills survey 2026-Q4, open until the end of .* 2099$/,
    });
    expect(link).toHaveAttribute('href', '/skills-survey');
    // Only the open campaign's participation is asked about.
    expect(state.asked).toEqual([open.id]);
  });

  it('says nothing to someone who answered', async () => {
    serve([open], true);
    await renderWithClient(<SkillsSurveySidebarItem />);
    await waitFor(() => expect(state.asked).toEqual([open.id]));
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('trusts the receipt this browser keeps, without asking the server', async () => {
    serve([open], false);
    keepReceipt(open.id, 'r'.repeat(43));
    await renderWithClient(<SkillsSurveySidebarItem />);
    await new Promise(r => setTimeout(r, 50));
    expect(state.asked).toEqual([]);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says nothing when no campaign is open, or the survey cannot be read', async () => {
    serve([closed], false);
    const { unmount } = await renderWithClient(<SkillsSurveySidebarItem />);
    await new Promise(r => setTimeout(r, 50));
    expect(screen.queryByRole('link')).toBeNull();
    unmount();
    server.use(
      http.get(`${BASE}/campaigns`, () =>
        HttpResponse.json({ error: { message: 'down' } }, { status: 503 }),
      ),
    );
    await renderWithClient(<SkillsSurveySidebarItem />);
    await new Promise(r => setTimeout(r, 50));
    expect(screen.queryByRole('link')).toBeNull();
  });
});
