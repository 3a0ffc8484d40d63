import { newFindingBody } from '../../../__testUtils__/backend';

// The cases of badInput.test.ts: every route of the Developer Zero API with
// the mistakes one can make on it, a file per group of routes.

export const riley = 'user:default/riley.novak'; // files the finding
export const jordan = 'user:default/jordan.lee'; // owns card-authoriser

/** A finding as the form files it; each case spoils one thing of it. */
export const finding = newFindingBody;

export const UNKNOWN = '00000000-0000-4000-8000-000000000000';
export const huge = (length: number) => 'x'.repeat(length);
// An address that would run script where a link is shown.
export const scriptUrl = 'javascript:alert(1)'; // eslint-disable-line no-script-url

/** Something a user (or a client's bug) sends that the API must refuse. */
export interface BadRequest {
  /** What the user did wrong: the test's name. */
  mistake: string;
  /**
   * The path under /api/devzero when not the route's own, or a method and
   * path (`PATCH /findings/:id`) for a route that does not exist; `:id` and
   * `:attachmentId` become the fixture finding's and its image's.
   */
  path?: string;
  /** The query string, as the client wrote it (not encoded further). */
  query?: string;
  headers?: Record<string, string>;
  /** Sent as JSON, whatever it is (an object, an array, null, a string). */
  json?: unknown;
  /** Sent as it is, with the Content-Type of `headers` (or none). */
  raw?: string | Buffer;
  /** The status when it must be a particular 4xx. */
  status?: number;
  /** What the message must say: at least the field to fix. */
  says: string | RegExp;
}

/** For bodies that claim to be JSON but are not quite. */
export const jsonType = { 'content-type': 'application/json' };

/** The mistakes one can make on each route, by route. */
export type RouteCases = Record<string, BadRequest[]>;
