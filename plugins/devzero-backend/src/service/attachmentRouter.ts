import { HttpAuthService, LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { AttachmentService } from './AttachmentService';
import { FindingService } from './FindingService';
import {
  imageTypeOf,
  inlineDisposition,
  PayloadTooLargeError,
  tooLargeMessage,
} from './images';
import {
  createErrorHandler,
  noQuery,
  parse,
} from '@internal/plugin-fitsys-node';

const ID = /^[0-9a-f-]{36}$/;

/**
 * The evidence routes. Mounted before the JSON API, as their bodies are raw
 * image bytes with a limit of their own; the JSON limit elsewhere stays as is.
 */
export function createAttachmentRouter(options: {
  attachments: AttachmentService;
  findings: FindingService;
  httpAuth: HttpAuthService;
  logger: LoggerService;
}): express.Router {
  const { attachments, findings, httpAuth, logger } = options;
  const router = Router();
  const viewer = async (req: express.Request) =>
    findings.viewer(await httpAuth.credentials(req, { allow: ['user'] }));
  for (const [param, what] of [
    ['id', 'a finding id'],
    ['attachmentId', 'an attachment id'],
  ]) {
    router.param(param, (_req, _res, next, value) => {
      next(
        ID.test(value)
          ? undefined
          : new InputError(`${param}: "${value}" is not ${what}`),
      );
    });
  }

  const rawBody = express.raw({
    type: () => true,
    limit: attachments.maxBytes,
  });
  /** The request's bytes; body-parser's own "too large" becomes one that says what to do. */
  const readBody = (req: express.Request, res: express.Response) =>
    new Promise<unknown>((resolve, reject) =>
      rawBody(req, res, (error?: any) => {
        if (error?.type === 'entity.too.large') {
          reject(
            new PayloadTooLargeError(
              tooLargeMessage(
                attachments.maxBytes,
                typeof error.length === 'number' ? error.length : undefined,
              ),
            ),
          );
        } else if (error) {
          reject(error);
        } else {
          resolve(req.body);
        }
      }),
    );

  router.post('/findings/:id/attachments', async (req, res) => {
    const query = parse(
      z.object({ name: z.string().max(1000).optional() }).strict(),
      req.query,
      'query',
    );
    const contentType = imageTypeOf(req.header('content-type'));
    const me = await viewer(req);
    // Refuse before reading up to maxBytes from someone who may not upload.
    await attachments.checkMayAdd(req.params.id, me);
    const body = await readBody(req, res);
    const attachment = await attachments.add(
      req.params.id,
      {
        name: query.name,
        contentType,
        data: Buffer.isBuffer(body) ? body : Buffer.alloc(0),
      },
      me,
    );
    res.status(201).json(attachment);
  });

  router.get('/findings/:id/attachments/:attachmentId', async (req, res) => {
    parse(noQuery, req.query, 'query');
    const { attachment, data } = await attachments.read(
      req.params.id,
      req.params.attachmentId,
      await viewer(req),
    );
    // Served from the portal's own origin: the browser must take the bytes
    // for nothing but the stored image type, and run nothing in them.
    res.set({
      'Content-Type': attachment.contentType,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'",
      'Cache-Control': 'private, max-age=3600',
      'Content-Disposition': inlineDisposition(attachment.fileName),
    });
    res.send(data);
  });

  router.delete('/findings/:id/attachments/:attachmentId', async (req, res) => {
    parse(noQuery, req.query, 'query');
    await attachments.remove(
      req.params.id,
      req.params.attachmentId,
      await viewer(req),
    );
    res.status(204).end();
  });

  // Only errors: the findings router, mounted after this one, answers
  // unknown routes for both.
  router.use(createErrorHandler({ logger }));
  return router;
}
