import { configApiRef, discoveryApiRef } from '@backstage/core-plugin-api';
import {
  mockApis,
  registerMswTestHooks,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  DEMO_USER_HEADER,
  DEMO_USER_STORAGE_KEY,
  DemoSignInPage,
} from './DemoSignInPage';

const server = setupServer();
registerMswTestHooks(server);

// A syntactically valid JWT whose expiry is far in the future.
const token = `e30.${btoa(JSON.stringify({ exp: 4102444800 }))}.sig`;

function identityResponse(user: string) {
  return {
    profile: { displayName: user },
    backstageIdentity: {
      token,
      identity: {
        type: 'user',
        userEntityRef: `user:default/${user}`,
        ownershipEntityRefs: [`user:default/${user}`],
      },
    },
  };
}

function renderPage(
  onSignInSuccess = jest.fn(),
  demoSignIn: object | null = {
    personas: [
      { user: 'sam.okafor', role: 'Platform team' },
      { user: 'riley.novak', role: 'Developer Zero' },
    ],
  },
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [
          configApiRef,
          mockApis.config({
            data: demoSignIn ? { fitsys: { demoSignIn } } : {},
          }),
        ],
        [discoveryApiRef, mockApis.discovery({ baseUrl: 'http://backend' })],
      ]}
    >
      <DemoSignInPage onSignInSuccess={onSignInSuccess} />
    </TestApiProvider>,
  );
}

describe('DemoSignInPage', () => {
  afterEach(() => window.localStorage.clear());

  it('offers the configured personas and signs in as the one picked', async () => {
    const seenHeaders: (string | null)[] = [];
    server.use(
      http.get('http://backend/api/auth/demo/refresh', ({ request }) => {
        seenHeaders.push(request.headers.get(DEMO_USER_HEADER));
        return HttpResponse.json(identityResponse('riley.novak'));
      }),
    );
    const onSignInSuccess = jest.fn();
    await renderPage(onSignInSuccess);

    expect(screen.getByText('Platform team')).toBeInTheDocument();
    fireEvent.click(
      screen.getByRole('button', { name: 'Sign in as riley.novak' }),
    );

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    expect(seenHeaders).toEqual(['riley.novak']);
    const identity = onSignInSuccess.mock.calls[0][0];
    await expect(identity.getBackstageIdentity()).resolves.toEqual(
      expect.objectContaining({ userEntityRef: 'user:default/riley.novak' }),
    );
    await expect(identity.getCredentials()).resolves.toEqual({ token });
    expect(window.localStorage.getItem(DEMO_USER_STORAGE_KEY)).toBe(
      'riley.novak',
    );

    await identity.signOut();
    expect(window.localStorage.getItem(DEMO_USER_STORAGE_KEY)).toBeNull();
  });

  it('signs in again as the remembered user without asking', async () => {
    window.localStorage.setItem(DEMO_USER_STORAGE_KEY, 'sam.okafor');
    server.use(
      http.get('http://backend/api/auth/demo/refresh', () =>
        HttpResponse.json(identityResponse('sam.okafor')),
      ),
    );
    const onSignInSuccess = jest.fn();
    await renderPage(onSignInSuccess);

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('button', { name: /Sign in as/ })).toBeNull();
  });

  it('explains a refused sign-in and lets the user choose someone else', async () => {
    window.localStorage.setItem(DEMO_USER_STORAGE_KEY, 'mallory');
    server.use(
      http.get('http://backend/api/auth/demo/refresh', () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotFoundError',
              message: 'There is no User "mallory" in the catalog',
            },
            response: { statusCode: 404 },
          },
          { status: 404 },
        ),
      ),
    );
    const onSignInSuccess = jest.fn();
    await renderPage(onSignInSuccess);

    expect(
      await screen.findByText('Error: Could not sign in as mallory'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('There is no User "mallory" in the catalog'),
    ).toBeInTheDocument();
    fireEvent.click(
      screen.getByRole('button', { name: 'Choose another user' }),
    );

    expect(
      await screen.findByRole('button', { name: 'Sign in as sam.okafor' }),
    ).toBeInTheDocument();
    expect(window.localStorage.getItem(DEMO_USER_STORAGE_KEY)).toBeNull();
    expect(onSignInSuccess).not.toHaveBeenCalled();
  });

  it('signs in as any catalog user typed by name', async () => {
    server.use(
      http.get('http://backend/api/auth/demo/refresh', ({ request }) =>
        HttpResponse.json(
          identityResponse(request.headers.get(DEMO_USER_HEADER)!),
        ),
      ),
    );
    const onSignInSuccess = jest.fn();
    await renderPage(onSignInSuccess);

    const submit = screen.getByRole('button', { name: 'Sign in' });
    expect(submit).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Catalog user name'), {
      target: { value: ' grace.mbeki ' },
    });
    fireEvent.click(submit);

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    await expect(
      onSignInSuccess.mock.calls[0][0].getBackstageIdentity(),
    ).resolves.toEqual(
      expect.objectContaining({ userEntityRef: 'user:default/grace.mbeki' }),
    );
  });

  it('offers no way in when demo sign-in is not configured', async () => {
    window.localStorage.setItem(DEMO_USER_STORAGE_KEY, 'sam.okafor');
    const onSignInSuccess = jest.fn();
    await renderPage(onSignInSuccess, null);

    expect(
      screen.getByText('Error: This portal has no sign-in configured'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /sign in/i })).toBeNull();
    expect(onSignInSuccess).not.toHaveBeenCalled();
  });
});
