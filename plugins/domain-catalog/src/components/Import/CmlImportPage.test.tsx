import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { BASE, renderWithClient } from '../../__testUtils__/render';
import { CmlImportPage } from './CmlImportPage';

const DOMAIN = 'apiVersion: backstage.io/v1alpha1\nkind: Domain\n';
const CONTEXT = 'apiVersion: fitsys.dev/v1alpha1\nkind: BoundedContext\n';
const YAML = `${DOMAIN}---\n${CONTEXT}`;

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
          yaml: YAML,
          domains: 1,
          contexts: 1,
          relationships: 1,
          warnings: [
            'line 3: relationship A – A: a context cannot have a relationship with itself',
          ],
          notImported: [
            {
              line: 4,
              element: 'Aggregate Orders',
              within: 'BoundedContext Orders',
            },
            { line: 9, element: 'UseCase PlaceOrder' },
          ],
          notImportedCount: 3,
          documents: [
            {
              kind: 'Domain',
              name: 'commerce',
              offset: 0,
              length: DOMAIN.length,
            },
            {
              kind: 'BoundedContext',
              name: 'orders',
              title: 'Orders',
              offset: DOMAIN.length + 4,
              length: CONTEXT.length,
            },
          ],
        });
      }),
    );
    server.use(
      http.get(`${BASE}/import/cml/targets`, () =>
        HttpResponse.json({ pullRequestHosts: [], allowed: true }),
      ),
    );
    await convert('A -> B');
    expect(
      await screen.findByText(
        '2. Review: 1 contexts, 1 domains, 1 relationships',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/a context cannot have a relationship with itself/),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(document.body).toHaveTextContent('kind: BoundedContext'),
    );
    expect(body).toEqual({ source: 'A -> B', owner: 'architects' });
    // What the catalog does not keep is listed, with where it was.
    const notCarried = screen.getByRole('region', { name: 'Not carried over' });
    expect(notCarried).toHaveTextContent(
      '3 elements of the CML not carried over',
    );
    expect(notCarried).toHaveTextContent(
      'line 4: Aggregate Orders in BoundedContext Orders',
    );
    expect(notCarried).toHaveTextContent('line 9: UseCase PlaceOrder');
    expect(notCarried).toHaveTextContent('and 1 more.');

    // Each file, and where it goes.
    const where = screen.getByRole('region', {
      name: '3. Put the files where they belong',
    });
    expect(where).toHaveTextContent(/as catalog\/domains\.yaml/);
    expect(where).toHaveTextContent(
      /add it to the catalog-info\.yaml there.*fitsys\.dev\/bounded-context: orders/,
    );
    expect(
      screen.getByRole('button', { name: 'Download domains.yaml' }),
    ).toBeInTheDocument();
    const saved: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:orders';
    });
    URL.revokeObjectURL = jest.fn();
    await userEvent.click(
      screen.getByRole('button', { name: 'Download orders.yaml' }),
    );
    expect(await saved[0].text()).toBe(CONTEXT);
  });

  it('marks the required fields and says why it cannot convert yet', async () => {
    await renderWithClient(<CmlImportPage />);
    const button = screen.getByRole('button', {
      name: 'Convert to catalog YAML',
    });
    expect(button).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'CML source' })).toBeRequired();
    expect(
      screen.getByRole('textbox', { name: 'Owner of the new entities' }),
    ).toBeRequired();
    expect(button).toHaveAccessibleDescription(
      'To convert, paste the CML and name the owner.',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Owner of the new entities' }),
      'architects',
    );
    expect(button).toHaveAccessibleDescription('To convert, paste the CML.');
    await userEvent.click(screen.getByRole('textbox', { name: 'CML source' }));
    await userEvent.paste('BoundedContext A');
    expect(button).toBeEnabled();
    expect(screen.queryByText(/^To convert/)).not.toBeInTheDocument();
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
