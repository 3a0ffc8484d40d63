import { registerMswTestHooks } from '@backstage/test-utils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { details, id } from '../../__testUtils__/findingDetails';
import { BASE, renderWithClient, riley } from '../../__testUtils__/render';
import { FindingView } from './FindingPage';

const server = setupServer();
registerMswTestHooks(server);

jest.setTimeout(20_000);

describe('FindingView: comments', () => {
  let comments: any[];
  beforeEach(() => {
    comments = [];
    server.use(
      http.post(`${BASE}/findings/:id/comments`, async ({ request }) => {
        comments.push(await request.json());
        return HttpResponse.json({}, { status: 201 });
      }),
    );
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
});
