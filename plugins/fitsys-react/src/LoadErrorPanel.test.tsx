import { ResponseError } from '@backstage/errors';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { LoadErrorPanel, statusOf } from './LoadErrorPanel';

async function responseError(status: number, message: string) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: 'NotFoundError', message },
        request: { method: 'GET', url: '/findings/x' },
        response: { statusCode: status },
      }),
      {
        status,
        statusText: status === 404 ? 'Not Found' : 'Internal Server Error',
        headers: { 'Content-Type': 'application/json' },
      },
    ) as any,
  );
}

describe('LoadErrorPanel', () => {
  it('shows a not-found state with a way back for a 404', async () => {
    await renderInTestApp(
      <LoadErrorPanel
        error={await responseError(404, 'No finding abc')}
        what="This finding"
        back={{ label: 'Back to findings', to: '/devzero' }}
      />,
    );
    expect(screen.getByText('This finding was not found')).toBeInTheDocument();
    expect(screen.getByText(/^No finding abc\. The link/)).toBeInTheDocument();
    expect(screen.getByText('Back to findings').closest('a')).toHaveAttribute(
      'href',
      '/devzero',
    );
    expect(screen.queryByText(/Request failed/)).not.toBeInTheDocument();
  });

  it("shows the error panel with the server's words for other failures", async () => {
    await renderInTestApp(
      <LoadErrorPanel
        error={await responseError(500, 'The database is unreachable')}
        what="This finding"
        back={{ label: 'Back to findings', to: '/devzero' }}
      />,
    );
    expect(screen.queryByText('This finding was not found')).toBeNull();
    expect(
      screen.getAllByText(/Request failed with 500/).length,
    ).toBeGreaterThan(0);
  });

  it('reads the status from the shapes a failed request takes', () => {
    expect(statusOf({ statusCode: 404 })).toBe(404);
    expect(statusOf({ response: { status: 403 } })).toBe(403);
    expect(statusOf({ body: { response: { statusCode: 409 } } })).toBe(409);
    expect(statusOf(new Error('x'))).toBeUndefined();
    expect(statusOf(undefined)).toBeUndefined();
  });
});
