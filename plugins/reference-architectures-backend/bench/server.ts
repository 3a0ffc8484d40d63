// The router on loopback over the kept entities, with the catalog
// snapshot and auth stubbed.
import { Entity } from '@backstage/catalog-model';
import {
  backstageErrorHandler,
  benchCaller,
  benchLogger,
  createCatalogSnapshot,
  wholeCatalogSnapshots,
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
  const logger = benchLogger();
  const snapshot = createCatalogSnapshot(kept, {
    generation: 1,
    readAt: now,
    readMs: options.readMs,
    kinds: REFERENCE_ARCHITECTURE_KINDS,
    fields: REFERENCE_ARCHITECTURE_FIELDS,
  });
  const snapshots = wholeCatalogSnapshots(snapshot);
  const { credentials, httpAuth } = benchCaller();
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
