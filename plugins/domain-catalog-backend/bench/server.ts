// The domain catalog's service on the bench's catalog, with the catalog
// snapshot and auth stubbed, and its router on loopback.
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ScmIntegrations } from '@backstage/integration';
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
  DOMAIN_CATALOG_FIELDS,
  DOMAIN_CATALOG_KINDS,
  DomainCatalogService,
} from '../src/service/DomainCatalogService';
import { createRouter } from '../src/service/router';

/** The service over `entities`, which the bench's caller sees all of. */
export function benchService(entities: Entity[]) {
  const logger = benchLogger();
  // The shared catalog snapshot, as one read of the catalog would leave it;
  // the caller sees every entity of it.
  const readAt = new Date();
  const catalogSnapshot = createCatalogSnapshot(entities, {
    generation: 1,
    readAt,
    readMs: 0,
    kinds: DOMAIN_CATALOG_KINDS,
    fields: DOMAIN_CATALOG_FIELDS,
  });
  const snapshots = wholeCatalogSnapshots(catalogSnapshot);
  const { credentials, httpAuth } = benchCaller();
  const service = new DomainCatalogService({
    snapshots,
    logger,
    settings: { drift: { sharedResourceTypes: ['database'] } },
  });
  return { service, credentials, httpAuth, logger };
}

/** Serves the real router on loopback; returns the server and its base address. */
export async function listen({
  service,
  httpAuth,
  logger,
}: ReturnType<typeof benchService>) {
  const app = express();
  app.use(
    '/api/domain-catalog',
    createRouter({
      service,
      httpAuth,
      logger,
      // No SCM integration: an import's pull request is refused before any
      // request to GitHub, as in a portal without one.
      permissions: mockServices.permissions(),
      integrations: ScmIntegrations.fromConfig(mockServices.rootConfig()),
    }),
  );
  // Errors answered as Backstage answers them, with their status.
  app.use(backstageErrorHandler());
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const base = `http://127.0.0.1:${
    (server.address() as AddressInfo).port
  }/api/domain-catalog`;
  return { server, base };
}
