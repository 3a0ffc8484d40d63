import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  BASE,
  CATALOG_BASE,
  renderWithClient,
} from '../../__testUtils__/render';
import { CmlImportPage } from './CmlImportPage';

// The last step of the import, as each portal offers it: a pull request
// where it has a GitHub integration with credentials, the downloads where
// it has none, and GitHub's refusal said in words.

const DOMAIN = 'apiVersion: backstage.io/v1alpha1\nkind: Domain\n';
const CONTEXT = 'apiVersion: fitsys.dev/v1alpha1\nkind: BoundedContext\n';
const SOURCE = 'BoundedContext Orders';
const PULL = {
  url: 'https://github.com/acme/architecture/pull/7',
  number: 7,
  branch: 'domain-catalog/cml-import-20261202-131700-a1b2',
  baseBranch: 'main',
  files: [
    'catalog/domain-model/domains.yaml',
    'catalog/domain-model/contexts/orders.yaml',
    'catalog/domain-model/catalog-info.yaml',
  ],
  locationUrl:
    'https://github.com/acme/architecture/blob/main/catalog/domain-model/catalog-info.yaml',
};

const server = setupServer();
registerMswTestHooks(server);

function backend(targets: {
  pullRequestHosts: Array<{ host: string; type: 'github' }>;
  allowed: boolean;
}) {
  server.use(
    http.post(`${BASE}/import/cml`, () =>
      HttpResponse.json({
        yaml: `${DOMAIN}---\n${CONTEXT}`,
        domains: 1,
        contexts: 1,
        relationships: 0,
        warnings: [],
        notImported: [],
        notImportedCount: 0,
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
            offset: DOMAIN.length + 4,
            length: CONTEXT.length,
          },
        ],
      }),
    ),
    http.get(`${BASE}/import/cml/targets`, () => HttpResponse.json(targets)),
  );
}

async function convert() {
  await renderWithClient(<CmlImportPage />);
  await userEvent.click(screen.getByRole('textbox', { name: 'CML source' }));
  await userEvent.paste(SOURCE);
  await userEvent.type(
    screen.getByRole('textbox', { name: 'Owner of the new entities' }),
    'architects',
  );
  await userEvent.click(
    screen.getByRole('button', { name: 'Convert to catalog YAML' }),
  );
  return screen.findByRole('region', {
    name: '3. Put the files where they belong',
  });
}

const github = {
  pullRequestHosts: [{ host: 'github.com', type: 'github' as const }],
  allowed: true,
};

describe('the last step of a CML import', () => {
  it('says the portal cannot open a pull request without an integration, and offers the downloads', async () => {
    backend({ pullRequestHosts: [], allowed: true });
    const step = await convert();
    expect(
      await within(step).findByText(/This portal has no GitHub integration/),
    ).toHaveTextContent(
      'This portal has no GitHub integration with credentials (integrations.github in its app-config), so it cannot open a pull request or register the files for you: download them below and commit each where it says.',
    );
    expect(
      within(step).queryByRole('button', { name: 'Open pull request' }),
    ).not.toBeInTheDocument();
    expect(
      within(step).getByRole('button', { name: 'Download domains.yaml' }),
    ).toBeInTheDocument();
    expect(step).toHaveTextContent(/as catalog\/domains\.yaml/);
  });

  it('tells a user who may not register locations why there is no pull request', async () => {
    backend({ ...github, allowed: false });
    const step = await convert();
    expect(
      await within(step).findByText(/Opening a pull request is for people/),
    ).toBeInTheDocument();
    expect(
      within(step).queryByRole('textbox', { name: /Repository URL/ }),
    ).not.toBeInTheDocument();
  });

  it('opens the pull request, links it, and registers its location in the catalog', async () => {
    backend(github);
    let sent: any;
    let registered: any;
    server.use(
      http.post(`${BASE}/import/cml/pull-request`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(PULL, { status: 201 });
      }),
      http.post(`${CATALOG_BASE}/locations`, async ({ request }) => {
        registered = {
          query: new URL(request.url).searchParams.toString(),
          body: await request.json(),
        };
        return HttpResponse.json(
          {
            location: { id: 'loc-1', type: 'url', target: PULL.locationUrl },
            entities: [],
          },
          { status: 201 },
        );
      }),
    );
    const step = await convert();
    const form = await within(step).findByRole('form', {
      name: 'Open a pull request',
    });
    const open = within(form).getByRole('button', {
      name: 'Open pull request',
    });
    expect(open).toBeDisabled();
    expect(open).toHaveAccessibleDescription(
      'To open a pull request, write the repository URL.',
    );
    const url = within(form).getByRole('textbox', { name: /Repository URL/ });
    expect(url).toBeRequired();
    await userEvent.type(url, 'https://gitlab.com/acme/architecture');
    expect(open).toHaveAccessibleDescription(
      'The portal can open pull requests on github.com only: for another host, download the files below.',
    );
    await userEvent.clear(url);
    await userEvent.type(url, 'https://github.com/acme/architecture');
    await userEvent.type(
      within(form).getByRole('textbox', { name: 'Base branch' }),
      'main',
    );
    expect(open).toBeEnabled();
    await userEvent.click(open);

    const done = await within(step).findByRole('status');
    expect(done).toHaveTextContent('Pull request #7 opened');
    expect(
      within(done).getByRole('link', {
        name: `${PULL.url}, Opens in a new window`,
      }),
    ).toHaveAttribute('href', PULL.url);
    expect(done).toHaveTextContent('catalog/domain-model/contexts/orders.yaml');
    expect(sent).toEqual({
      source: SOURCE,
      owner: 'architects',
      repositoryUrl: 'https://github.com/acme/architecture',
      baseBranch: 'main',
      directory: 'catalog/domain-model',
    });

    await userEvent.click(
      within(step).getByRole('button', { name: 'Register in the catalog' }),
    );
    expect(
      await within(step).findByText(/Registered as loc-1/),
    ).toBeInTheDocument();
    expect(registered).toEqual({
      query: 'onConflict=refresh',
      body: { type: 'url', target: PULL.locationUrl },
    });
  });

  it("shows GitHub's refusal and keeps the form and the downloads", async () => {
    backend(github);
    server.use(
      http.post(`${BASE}/import/cml/pull-request`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'UpstreamError',
              message:
                "GitHub refused the portal's credentials for github.com when asked to read the repository",
            },
            response: { statusCode: 502 },
          },
          { status: 502 },
        ),
      ),
    );
    const step = await convert();
    await userEvent.type(
      await within(step).findByRole('textbox', { name: /Repository URL/ }),
      'https://github.com/acme/architecture{enter}',
    );
    const alert = await within(step).findByRole('alert');
    expect(alert).toHaveTextContent(
      "No pull request was openedGitHub refused the portal's credentials for github.com when asked to read the repository",
    );
    expect(
      within(step).getByRole('button', { name: 'Open pull request' }),
    ).toBeEnabled();
    expect(
      within(step).getByRole('button', { name: 'Download orders.yaml' }),
    ).toBeInTheDocument();
  });
});
