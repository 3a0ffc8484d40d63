import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import express from 'express';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/**
 * Every operation of an OpenAPI document, as `METHOD /path`.
 *
 * @public
 */
export function documentedRoutes(doc: any): string[] {
  return Object.entries<any>(doc.paths).flatMap(([route, item]) =>
    METHODS.filter(m => item[m]).map(m => `${m.toUpperCase()} ${route}`),
  );
}

/**
 * An Express path as OpenAPI writes it: `/findings/:id` is `/findings/{id}`.
 *
 * @public
 */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:(\w+)(?:\([^)]*\))?/g, '{$1}');
}

/**
 * Every route of an Express router's stack and of the routers it mounts, as
 * `METHOD /path` (OpenAPI's spelling).
 *
 * @public
 */
export function servedRoutes(stack: any[]): string[] {
  return stack.flatMap(layer => {
    if (layer.route) {
      const methods = Object.keys(layer.route.methods).filter(
        m => layer.route.methods[m],
      );
      if (methods.includes('_all'))
        throw new Error(
          `${layer.route.path}: router.all() has no method to document`,
        );
      return ([] as string[])
        .concat(layer.route.path)
        .flatMap(p => methods.map(m => `${m.toUpperCase()} ${openApiPath(p)}`));
    }
    if (Array.isArray(layer.handle?.stack)) {
      if (!layer.regexp?.fast_slash)
        throw new Error(
          'a router mounted under a path: teach this test to read it',
        );
      return servedRoutes(layer.handle.stack);
    }
    return [];
  });
}

/**
 * An httpRouter that only records what the plugin mounts, to read its routes
 * (the framework's own httpRouter wraps them in its middleware). Start a
 * test backend with it beside the plugin, then read `mounted`.
 *
 * @public
 */
export function recordingHttpRouter(mounted: express.Handler[]) {
  return createServiceFactory({
    service: coreServices.httpRouter,
    deps: {},
    factory: () => ({
      use(handler: express.Handler) {
        mounted.push(handler);
      },
      addAuthPolicy() {},
    }),
  });
}
