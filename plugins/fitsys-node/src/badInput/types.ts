import fc from 'fast-check';

/** A request with one thing wrong with it, and what the answer must say. */
export interface BadRequest {
  operationId: string;
  /** Upper case. */
  method: string;
  /** The operation's path as the document writes it: `/findings/{id}`. */
  route: string;
  /** The path sent, its parameters encoded (a malformed one left as it is). */
  path: string;
  /** The query, as names and values before encoding, in order. */
  query: Array<[string, string]>;
  headers: Record<string, string>;
  body?: Buffer;
  /** What was broken: `body.title`, `body.links.0`, `query.limit`, `path.id`, `header.Idempotency-Key`, `body`, `content-type`. */
  broken: string;
  /** What is wrong with it, for people. */
  mistake: string;
  /** The name the answer's message must hold; unset where a message cannot name one (bad JSON, a wrong Content-Type). */
  field?: string;
  /** The one status the answer must have (413 for a body over the limit); else any 4xx. */
  status?: number;
}

/** Options of {@link badRequests}. */
export interface BadRequestOptions {
  /** Only these operations (by operationId); all when unset. */
  operations?: string[];
  /**
   * Valid values of parameters, by name (or `operationId.name` for one
   * operation's), over the document's examples: the ids of a fixture for
   * path parameters, so that a request is refused for what was broken
   * rather than for a missing resource.
   */
  values?: Record<string, string>;
  /**
   * Valid bodies, by operationId, for bodies the generator cannot build
   * (an image); a JSON body given as a value is used as the base too.
   */
  bodies?: Record<string, { type: string; body: Buffer | string | object }>;
  /** The router's JSON body limit in bytes (default 100 kB, express's): bodies over it must be answered 413. */
  jsonLimitBytes?: number;
  /** The longest path and query sent (default 8,000 characters; Node refuses request lines and headers over 16 kB). */
  maxUrlLength?: number;
  /**
   * Whether query parameters and objects without a word on
   * `additionalProperties` take no other fields (default true, as the
   * Fit Systems APIs say in their documents).
   */
  closed?: boolean;
}

/** The bad requests of one operation. */
export interface OperationBadRequests {
  operationId: string;
  method: string;
  route: string;
  requests: fc.Arbitrary<BadRequest>;
}
