import { LoggerService } from '@backstage/backend-plugin-api';
import { isError } from '@backstage/errors';
import { randomUUID } from 'crypto';
import { ErrorRequestHandler } from 'express';

const STATUS_OF_NAME: Record<string, number> = {
  NotModifiedError: 304,
  InputError: 400,
  AuthenticationError: 401,
  NotAllowedError: 403,
  NotFoundError: 404,
  ConflictError: 409,
  NotImplementedError: 501,
  ServiceUnavailableError: 503,
};

/**
 * The status Backstage's error handler answers an error with: its own
 * `statusCode` or `status`, else the one its `@backstage/errors` name stands
 * for, else 500.
 */
export function statusOf(error: unknown): number {
  if (typeof error !== 'object' || error === null) return 500;
  for (const field of ['statusCode', 'status'] as const) {
    const status = (error as Record<string, unknown>)[field];
    if (
      typeof status === 'number' &&
      Number.isInteger(status) &&
      status >= 100 &&
      status <= 599
    ) {
      return status;
    }
  }
  const name = (error as { name?: unknown }).name;
  return (typeof name === 'string' && STATUS_OF_NAME[name]) || 500;
}

/** Errors whose 5xx message was written for the caller, so it is kept. */
const DELIBERATE = new Set(['NotImplementedError', 'ServiceUnavailableError']);

/** Options of {@link createErrorHandler}. */
export interface ErrorHandlerOptions {
  logger: LoggerService;
  /**
   * Whether a server error's message is kept from the caller (default: when
   * NODE_ENV is production). The log has it, under the id the caller gets.
   */
  maskServerErrors?: boolean;
}

/**
 * The last middleware of a Fit Systems router. 4xx errors pass on to
 * Backstage's handler as they are; a server error is logged with an id, and
 * in production the caller gets only that something failed and that id, never
 * the message, which may hold SQL, paths or other callers' data.
 */
export function createErrorHandler(
  options: ErrorHandlerOptions,
): ErrorRequestHandler {
  const mask =
    options.maskServerErrors ?? process.env.NODE_ENV === 'production';
  return (error, req, res, next) => {
    const status = statusOf(error);
    const name = isError(error) ? error.name : 'Error';
    if (status < 500 || DELIBERATE.has(name) || res.headersSent) {
      next(error);
      return;
    }
    const id = randomUUID();
    options.logger.error(
      `${req.method} ${req.originalUrl} failed with ${status} (error id ${id})`,
      isError(error) ? error : new Error(String(error)),
    );
    if (!mask) {
      if (isError(error)) {
        error.message = `${error.message} (error id ${id})`;
      }
      next(error);
      return;
    }
    res.status(status).json({
      error: {
        name: 'Error',
        message: `Something went wrong on the server. Tell your portal's administrators the error id ${id}; the server log has the details under it.`,
      },
      request: { method: req.method, url: req.originalUrl },
      response: { statusCode: status },
    });
  };
}
