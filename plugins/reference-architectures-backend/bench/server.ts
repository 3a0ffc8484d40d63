// The router on loopback over the kept entities, with the catalog
// snapshot and auth stubbed.
import {
  BackstageCredentials,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  backstageErrorHandler,
  CatalogSnapshotService,
  CatalogView,
  createCatalogSnapshot,
} from '@internal/plugin-fitsys-node';
import express from 'express';
import { AddressInfo } from 'net';
import {
  REFERENCE_ARCHITECTURE_FIELDS,
  REFERENCE_ARCHITECTURE_KINDS,
  ReferenceArchitecturesService,
} from '../src/service/ReferenceArchitecturesService';
import { createRouter } from '../src/service/router';

/** Serves the router; returns the server and its base address. */
export async function listen(options: {
  kept: Entity[];
  now: Date;
  /** How long the read took (ms), as the snapshot reports it. */
  readMs: number;
}) {
  const { kept, now } = options;
  const logger = {
    debug() {},
    info() {},
    warn: console.warn,
    error: console.error,
    child: () => logger,
  } as any;
  const snapshot = createCatalogSnapshot(kept, {
    generation: 1,
    readAt: now,
    readMs: options.readMs,
    kinds: REFERENCE_ARCHITECTURE_KINDS,
    fields: REFERENCE_ARCHITECTURE_FIELDS,
  });
  const view: CatalogView = {
    snapshot,
    all: true,
    entities: kept,
    isVisible: () => true,
    key: 'all',
  };
  const snapshots: CatalogSnapshotService = {
    declare() {},
    get: async () => snapshot,
    viewFor: async () => view,
    refresh: async () => snapshot,
    onSnapshot: () => () => {},
    status: () => ({
      readAt: now.toISOString(),
      ageSeconds: 0,
      entityCount: kept.length,
      generation: 1,
    }),
  };
  const credentials = {
    $$type: '@backstage/BackstageCredentials',
    principal: { type: 'user', userEntityRef: 'user:default/bench' },
  } as BackstageCredentials;
  const httpAuth = {
    credentials: async () => credentials,
  } as unknown as HttpAuthService;
  const service = new ReferenceArchitecturesService({ snapshots, logger });
  await service.get(credentials);
  const app = express();
  app.use(
    '/api/reference-architectures',
    createRouter({ service, store: undefined as any, httpAuth, logger }),
  );
  app.use(backstageErrorHandler());
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const base = `http://127.0.0.1:${
    (server.address() as AddressInfo).port
  }/api/reference-architectures`;
  return { server, base };
}
