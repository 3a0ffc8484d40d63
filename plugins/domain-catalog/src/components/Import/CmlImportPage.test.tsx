import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { CmlImportPage } from './CmlImportPage';

const server = setupServer();
registerMswTestHooks(server);

async function convert(source: string) {
  await renderWithClient(<CmlImportPage />);
  await userEvent.click(screen.getByRole('textbox', { name: 'CML source' }));
  await userEvent.paste(source);
  await userEvent.type(
    screen.getByRole('textbox', { name: 'Owner of the new entities' }),
    'architects',
  );
  await userEvent.click(
    screen.getByRole('button', { name: 'Convert to catalog YAML' }),
  );
}

describe('CmlImportPage', () => {
  it('shows an error panel when the backend fails', async () => {
    server.use(
      http.post(`${BASE}/import/cml`, () =>
        HttpResponse.json(
          {
            error: { name: 'Error', message: 'parser crashed' },
            response: { statusCode: 500 },
          },
          { status: 500 },
        ),
      ),
    );
    await convert('A -> B');
    expect(
      await screen.findByText(/The CML could not be converted/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/parser crashed/).length).toBeGreaterThan(0);
  });

  it('sends the CML and owner, and shows the YAML with counts and warnings', async () => {
    let body: any;
    server.use(
      http.post(`${BASE}/import/cml`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({
          yaml: 'apiVersion: fitsys.dev/v1alpha1\nkind: BoundedContext\n',
          domains: 1,
          contexts: 2,
          relationships: 1,
          warnings: [
            'line 3: relationship A – A: a context cannot have a relationship with itself',
          ],
        });
      }),
    );
    await convert('A -> B');
    expect(
      await screen.findByText('2 contexts, 1 domains, 1 relationships'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/a context cannot have a relationship with itself/),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(document.body).toHaveTextContent('kind: BoundedContext'),
    );
    expect(body).toEqual({ source: 'A -> B', owner: 'architects' });
    expect(
      screen.getByRole('button', { name: 'Download YAML' }),
    ).toBeInTheDocument();
  });

  it('shows where CML that does not parse went wrong', async () => {
    server.use(
      http.post(`${BASE}/import/cml`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'InputError',
              message:
                "source: line 2, column 8: expected a relationship role, found 'XYZ'",
            },
            response: { statusCode: 400 },
          },
          { status: 400 },
        ),
      ),
    );
    await convert('A [XYZ]-> B');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "The CML does not parsesource: line 2, column 8: expected a relationship role, found 'XYZ'",
    );
  });
});
