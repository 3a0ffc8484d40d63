import { NotFoundError } from '@backstage/errors';
import { CustomErrorBase } from '@backstage/errors';
import express from 'express';

/** A request whose path exists, with a method it does not take (a 405). */
export class MethodNotAllowedError extends CustomErrorBase {
  name = 'MethodNotAllowedError' as const;
  statusCode = 405;
}

interface RouteLayer {
  route?: { methods: Record<string, boolean> };
  match(path: string): boolean;
}

/** The methods the routers' routes take on a path, upper case; none when no route matches it. */
export function methodsOf(
  routers: express.Router | express.Router[],
  path: string,
): string[] {
  const methods = new Set<string>();
  for (const router of [routers].flat()) {
    for (const layer of router.stack as unknown as RouteLayer[]) {
      if (!layer.route || !layer.match(path)) continue;
      for (const [method, on] of Object.entries(layer.route.methods)) {
        if (on && method !== '_all') methods.add(method.toUpperCase());
      }
    }
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

/**
 * Ends a router: a request for a path it does not have is a 404 and one with
 * a method the path does not take a 405 with an `Allow` header, both with a
 * message saying so, instead of Express's empty answers. Add it after every
 * route; pass every router the plugin mounts, so that a path another one
 * serves is a 405, not a 404.
 */
export function handleUnknownRoutes(
  routers: express.Router | express.Router[],
  apiName: string,
): express.RequestHandler {
  return (req, res, next) => {
    const allowed = methodsOf(routers, req.path);
    if (!allowed.length) {
      next(
        new NotFoundError(
          `${req.method} ${req.path}: the ${apiName} API has no such route`,
        ),
      );
      return;
    }
    res.setHeader('Allow', [...allowed, 'OPTIONS'].join(', '));
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next(
      new MethodNotAllowedError(
        `${req.method} ${req.path}: the ${apiName} API takes ${allowed
          .filter(m => m !== 'HEAD')
          .join(', ')} here, not ${req.method}`,
      ),
    );
  };
}
