/** The shapes `messageOf` reads, from any copy of `@backstage/errors`. */
type ErrorLike = {
  name?: unknown;
  message?: unknown;
  /** A ResponseError's parsed body: `{ error: { name, message }, ... }`. */
  body?: { error?: { message?: unknown } };
  /** A ResponseError's server-side error, deserialised from that body. */
  cause?: { message?: unknown };
};

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value : undefined;

/**
 * What went wrong, in words to show the person who asked. For a failed
 * request (a `ResponseError` from `@backstage/errors`), the server's own
 * message from its error body, which names the field and the fix: the
 * error's message is only "Request failed with 400 Bad Request". For any
 * other error its message, for a thrown string the string, and for anything
 * else `fallback`.
 *
 * @public
 */
export function messageOf(
  error: unknown,
  fallback = 'Something went wrong',
): string {
  if (typeof error === 'string') return text(error) ?? fallback;
  if (!error || typeof error !== 'object') return fallback;
  const e = error as ErrorLike;
  // By name, not instanceof: an app may hold several copies of the class.
  if (e.name === 'ResponseError') {
    const server = text(e.body?.error?.message) ?? text(e.cause?.message);
    if (server) return server;
  }
  return text(e.message) ?? fallback;
}
