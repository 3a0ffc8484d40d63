import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import express from 'express';

/** What the fake Developer Zero answers to GET /friction/entities. */
export type FakeFriction =
  | { items: Array<Record<string, unknown>> }
  | { status: number }
  | { body: unknown };

/**
 * A stand-in for the devzero backend, mounted at /api/devzero of the test
 * backend: it answers GET /friction/entities as told, and records who asked
 * (the principal of the token it was called with).
 */
export function fakeDevzero(answer: FakeFriction, callers: unknown[] = []) {
  return createBackendPlugin({
    pluginId: 'devzero',
    register(env) {
      env.registerInit({
        deps: {
          httpRouter: coreServices.httpRouter,
          httpAuth: coreServices.httpAuth,
        },
        async init({ httpRouter, httpAuth }) {
          const router = express.Router();
          router.get('/friction/entities', async (req, res) => {
            const credentials = await httpAuth.credentials(req, {
              allow: ['service'],
            });
            callers.push({
              principal: credentials.principal,
              query: req.query,
            });
            if ('status' in answer) res.status(answer.status).end();
            else if ('body' in answer) res.json(answer.body);
            else res.json({ items: answer.items });
          });
          httpRouter.use(router);
        },
      });
    },
  });
}
