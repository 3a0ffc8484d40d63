import { ResponseError } from '@backstage/errors';
import { messageOf } from './messageOf';

/** A failed response whose body is not the backend's JSON (a proxy's page). */
function plainFailure(status: number, statusText: string, body: string) {
  return new Response(body, {
    status,
    statusText,
    headers: { 'Content-Type': 'text/plain' },
  });
}

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

  it("reads the server's message from the body of a response error", () => {
    // As another copy of @backstage/errors, or a hand-made one, would hold it.
    const error = Object.assign(new Error('Request failed with 409 Conflict'), {
      name: 'ResponseError',
      body: {
        error: { name: 'ConflictError', message: 'action: already resolved' },
        response: { statusCode: 409 },
      },
    });
    expect(messageOf(error)).toBe('action: already resolved');
  });

  it('says what the server sent when it was not an error body', async () => {
    const error = await ResponseError.fromResponse(
      plainFailure(502, 'Bad Gateway', 'upstream unavailable') as any,
    );
    expect(messageOf(error)).toBe(
      'Request failed with status 502 Bad Gateway, upstream unavailable',
    );
  });

  it("keeps a response error's own message when the server gave none", () => {
    const error = Object.assign(new Error('Request failed with 500'), {
      name: 'ResponseError',
      body: { error: { message: '' } },
    });
    expect(messageOf(error)).toBe('Request failed with 500');
  });

  it('takes a thrown string as the message', () => {
    expect(messageOf('The catalog is not reachable')).toBe(
      'The catalog is not reachable',
    );
  });

  it.each([undefined, null, 42, {}, { message: 42 }, '', new Error('')])(
    'falls back for %p',
    thrown => {
      expect(messageOf(thrown)).toBe('Something went wrong');
      expect(messageOf(thrown, 'Could not load findings')).toBe(
        'Could not load findings',
      );
    },
  );
});
