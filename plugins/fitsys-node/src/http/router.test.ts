import { mockServices } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import request from 'supertest';
import { createErrorHandler, statusOf } from './errors';
import { handleUnknownRoutes } from './unknownRoutes';

function app(maskServerErrors: boolean) {
  const logger = mockServices.logger.mock();
  const router = Router();
  router.get('/things', (_req, res) => {
    res.json([]);
  });
  router.post('/things', (_req, res) => {
    res.status(201).json({});
  });
  router.get('/things/:id', req => {
    if (req.params.id === 'bad') throw new InputError('id: not a thing id');
    throw new Error('select * from secrets failed: password=hunter2');
  });
  router.use(handleUnknownRoutes(router, 'things'));
  router.use(createErrorHandler({ logger, maskServerErrors }));
  const root = express();
  root.use('/api/store', router);
  // Backstage's own handler, in short.
  root.use(
    (
      error: any,
      _req: express.Request,
      res: express.Response,
      _next: express.NextFunction,
    ) => {
      res
        .status(statusOf(error))
        .json({ error: { name: error.name, message: error.message } });
    },
  );
  return { root, logger };
}

describe('router conventions', () => {
  it('answers an unknown route with a 404 that says so', async () => {
    const res = await request(app(true).root).get('/api/store/a/b/c');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(
      'GET /a/b/c: the things API has no such route',
    );
  });

  it('answers a wrong method with a 405 and the methods the path takes', async () => {
    const res = await request(app(true).root).delete('/api/store/things');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
    expect(res.body.error.message).toBe(
      'DELETE /things: the things API takes GET, POST here, not DELETE',
    );
    const options = await request(app(true).root).options(
      '/api/store/things/1',
    );
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe('GET, HEAD, OPTIONS');
  });

  it('passes 4xx errors on as they are', async () => {
    const res = await request(app(true).root).get('/api/store/things/bad');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('id: not a thing id');
  });

  it('in production, answers a server error with an id and without its message', async () => {
    const { root, logger } = app(true);
    const res = await request(root).get('/api/store/things/1');
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toContain('hunter2');
    const id = /error id ([0-9a-f-]{36})/.exec(res.body.error.message)?.[1];
    expect(id).toBeDefined();
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining(`(error id ${id})`),
      expect.objectContaining({ message: expect.stringContaining('hunter2') }),
    );
  });

  it('elsewhere, keeps the message and adds the id', async () => {
    const res = await request(app(false).root).get('/api/store/things/1');
    expect(res.status).toBe(500);
    expect(res.body.error.message).toMatch(
      /password=hunter2 \(error id [0-9a-f-]{36}\)$/,
    );
  });
});
