/**
 * What went wrong, in the backend's words when it gave some: a ResponseError's
 * own message is only "Request failed with 400 Bad Request"; the useful text
 * (which field, why) is in its cause.
 */
export function messageOf(error: unknown): string {
  const e = error as {
    name?: string;
    message?: string;
    cause?: { message?: string };
  };
  if (e?.name === 'ResponseError' && e.cause?.message) return e.cause.message;
  return e?.message ?? String(error);
}
