import { render, screen } from '@testing-library/react';
import App from './App';

describe('App', () => {
  it('starts on the demo sign-in page with the configured personas', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Fit Systems' },
            backend: { baseUrl: 'http://localhost:7007' },
            techdocs: {
              storageUrl: 'http://localhost:7007/api/techdocs/static/docs',
            },
            fitsys: {
              demoSignIn: {
                personas: [{ user: 'alex.morgan', role: 'Admin' }],
              },
            },
          },
          context: 'test',
        },
      ] as any,
    };

    render(App.createRoot());

    // The whole app (every plugin's extensions) loads first: seconds in
    // jsdom on a busy machine, longer than findBy's default second.
    expect(
      await screen.findByRole(
        'button',
        { name: 'Sign in as alex.morgan' },
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Sign in to Fit Systems')).toBeInTheDocument();
  }, 30_000);
});
