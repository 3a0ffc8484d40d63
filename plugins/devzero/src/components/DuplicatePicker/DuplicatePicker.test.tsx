import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { useState } from 'react';
import { BASE, finding, renderWithClient } from '../../__testUtils__/render';
import { DuplicatePicker } from './DuplicatePicker';

const server = setupServer();
registerMswTestHooks(server);

const subject = '11111111-1111-4111-8111-111111111111';
const ids = {
  close: '22222222-2222-4222-8222-222222222222',
  some: '33333333-3333-4333-8333-333333333333',
  none: '44444444-4444-4444-8444-444444444444',
};
const candidate = (id: string, title: string, similarity: number) => ({
  finding: finding({ id, title }),
  similarity,
});

/** Serves the candidates as the backend ranks them, narrowed by `q`. */
function serveCandidates(asked: Array<string | null>) {
  server.use(
    http.get(`${BASE}/findings/${subject}/similar`, ({ request }) => {
      const q = new URL(request.url).searchParams.get('q');
      asked.push(q);
      const all = [
        candidate(ids.close, 'HSM simulator missing in the guide', 0.8),
        candidate(ids.some, 'The simulator crashes on start', 0.33),
        candidate(ids.none, 'Deploy template fails', 0),
      ];
      return HttpResponse.json({
        items: q
          ? all.filter(c => c.finding.title.toLowerCase().includes(q))
          : all,
      });
    }),
  );
}

function Harness(props: { exclude?: string[]; chose: string[] }) {
  const [value, setValue] = useState('');
  return (
    <DuplicatePicker
      findingId={subject}
      exclude={props.exclude}
      value={value}
      onChange={id => {
        props.chose.push(id);
        setValue(id);
      }}
    />
  );
}

describe('DuplicatePicker', () => {
  it('lists the team’s open findings best match first, saying how alike', async () => {
    serveCandidates([]);
    await renderWithClient(<Harness chose={[]} exclude={[ids.some]} />);
    const group = await screen.findByRole('radiogroup', {
      name: 'Duplicate of',
    });
    const options = within(group).getAllByRole('radio');
    expect(options.map(o => o.closest('label')?.textContent)).toEqual([
      expect.stringMatching(/^HSM simulator missing in the guide80 % alike/),
      expect.stringMatching(/^Deploy template failsno words in common/),
    ]);
  });

  it('searches by words and keeps the chosen finding listed under another search', async () => {
    const asked: Array<string | null> = [];
    const chose: string[] = [];
    serveCandidates(asked);
    await renderWithClient(<Harness chose={chose} />);
    await userEvent.click(
      await screen.findByRole('radio', { name: /The simulator crashes/ }),
    );
    expect(chose).toEqual([ids.some]);
    await userEvent.type(
      screen.getByLabelText('Search the team’s open findings'),
      'hsm',
    );
    await waitFor(() => expect(asked).toContain('hsm'));
    await waitFor(() =>
      expect(
        screen.getAllByRole('radio').map(r => r.closest('label')?.textContent),
      ).toEqual([
        expect.stringMatching(/^The simulator crashes/),
        expect.stringMatching(/^HSM simulator missing/),
      ]),
    );
    expect(
      screen.getByRole('radio', { name: /The simulator crashes/ }),
    ).toBeChecked();
    await userEvent.clear(
      screen.getByLabelText('Search the team’s open findings'),
    );
    await userEvent.type(
      screen.getByLabelText('Search the team’s open findings'),
      'kafka',
    );
    expect(
      await screen.findByText(
        'No other open finding of the team holds “kafka”.',
      ),
    ).toBeInTheDocument();
  });

  it('says when it cannot look', async () => {
    server.use(
      http.get(`${BASE}/findings/${subject}/similar`, () =>
        HttpResponse.json(
          { error: { name: 'Error', message: 'database is down' } },
          { status: 500 },
        ),
      ),
    );
    await renderWithClient(<Harness chose={[]} />);
    expect(
      await screen.findByText(/Could not look for open findings/),
    ).toHaveTextContent('database is down');
  });
});
