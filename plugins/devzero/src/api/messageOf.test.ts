import { ResponseError } from '@backstage/errors';
import { messageOf } from './messageOf';

describe('messageOf', () => {
  it("gives the backend's message for a failed request", async () => {
    const response = new Response(
      JSON.stringify({
        error: { name: 'InputError', message: 'title: Required' },
        request: { method: 'POST', url: '/findings' },
        response: { statusCode: 400 },
      }),
      {
        status: 400,
        statusText: 'Bad Request',
        headers: { 'Content-Type': 'application/json' },
      },
    );
    expect(messageOf(await ResponseError.fromResponse(response as any))).toBe(
      'title: Required',
    );
  });

  it('gives any other error its own message', () => {
    expect(messageOf(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
  });
});
