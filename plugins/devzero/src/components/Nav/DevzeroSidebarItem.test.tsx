import { SidebarOpenStateProvider } from '@backstage/core-components';
import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import FeedbackIcon from '@material-ui/icons/Feedback';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  BASE,
  jordan,
  page,
  renderWithClient,
} from '../../__testUtils__/render';
import { DevzeroSidebarItem } from './DevzeroSidebarItem';

const server = setupServer();
registerMswTestHooks(server);

const team = 'group:default/card-authorisation-team';

describe('DevzeroSidebarItem', () => {
  let asked: URLSearchParams[];
  beforeEach(() => {
    asked = [];
    server.use(
      http.get(`${BASE}/findings`, ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        return HttpResponse.json(page([], 7));
      }),
    );
  });

  // As in the open sidebar: a closed one shows icons only.
  const item = (
    <SidebarOpenStateProvider value={{ isOpen: true, setOpen: () => {} }}>
      <DevzeroSidebarItem to="/devzero" text="Friction" icon={FeedbackIcon} />
    </SidebarOpenStateProvider>
  );

  it("shows how many of the user's teams' findings are open", async () => {
    await renderWithClient(item, {
      user: jordan,
      ownership: [jordan, team],
    });
    // The count shows beside the title, and the link's name says it too.
    const link = await screen.findByRole('link', {
      name: /^Friction\s*7\s+open in your teams$/,
    });
    expect(link).toHaveTextContent(/Friction\s*7/);
    expect(link).toHaveAttribute('href', '/devzero');
    expect(asked[0].getAll('owner')).toEqual(['mine']);
    expect(asked[0].getAll('status')).toEqual([
      'new',
      'triaged',
      'in-progress',
    ]);
    expect(asked[0].get('limit')).toBe('1');
  });

  it('shows no count to someone in no team, without asking', async () => {
    await renderWithClient(item, { user: jordan, ownership: [jordan] });
    expect(screen.getByRole('link', { name: /Friction/ })).toBeInTheDocument();
    await waitFor(() => expect(asked).toEqual([]));
    expect(screen.getByRole('link', { name: 'Friction' })).toHaveTextContent(
      /^Friction$/,
    );
  });

  it('shows no count when the backend cannot say', async () => {
    let refused = 0;
    server.use(
      http.get(`${BASE}/findings`, () => {
        refused += 1;
        return HttpResponse.json(
          { error: { message: 'down' } },
          { status: 503 },
        );
      }),
    );
    await renderWithClient(item, { user: jordan, ownership: [jordan, team] });
    await waitFor(() => expect(refused).toBe(1));
    expect(screen.getByRole('link', { name: /Friction/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Friction' })).toHaveTextContent(
      /^Friction$/,
    );
  });
});
