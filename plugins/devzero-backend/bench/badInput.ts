/* eslint-disable no-console */
import {
  backstageErrorHandler,
  benchLogger,
  fetchSender,
  formatBadInputTable,
  runBadInput,
} from '@internal/plugin-fitsys-node';
import express from 'express';
import fs from 'fs';
import { Knex } from 'knex';
import { AddressInfo } from 'net';
import path from 'path';
import YAML from 'yaml';
import { images } from '../src/__testUtils__/images';
import {
  insertFindingRows,
  syntheticFindingRows,
} from '../src/__testUtils__/syntheticFindings';
import { DatabaseAttachmentStore } from '../src/database/DatabaseAttachmentStore';
import { DatabaseFindingStore } from '../src/database/DatabaseFindingStore';
import { AttachmentService } from '../src/service/AttachmentService';
import { createAttachmentRouter } from '../src/service/attachmentRouter';
import { FindingService } from '../src/service/FindingService';
import { createRouter } from '../src/service/router';
import { DEFAULT_SLA_TARGETS } from '../src/service/sla';
import { BAD_INPUT, ENTITIES, FINDINGS, OWNERS, ROUTE, SEED } from './options';
import { fakeServices, member } from './services';

/**
 * --bad-input: the plugin's routes (findings and attachments) on the
 * database, sent bad requests generated from the OpenAPI document, each
 * judged as the property test judges it.
 */
export async function badInputOn(name: string, knex: Knex) {
  const store = await DatabaseFindingStore.create({
    database: { getClient: async () => knex },
  });
  await insertFindingRows(
    knex,
    syntheticFindingRows({
      findings: FINDINGS,
      entities: ENTITIES,
      owners: OWNERS,
      now: new Date(),
    }),
  );
  const { httpAuth, userInfo, permissions } = fakeServices();
  const attachmentStore = new DatabaseAttachmentStore(knex);
  const service = new FindingService({
    store,
    attachments: attachmentStore,
    catalog: {} as any,
    permissions,
    userInfo,
    slaTargets: DEFAULT_SLA_TARGETS,
    reporterVisibleToOwners: true,
  });
  const attachments = new AttachmentService({
    findings: service,
    store: attachmentStore,
    maxBytes: 2 * 1024 * 1024,
  });
  // A finding that takes everything: new, with an image.
  const { id } = await knex('findings')
    .where({ status: 'new' })
    .orderBy('id')
    .first('id');
  const viewer = await service.viewer({
    $$type: '@backstage/BackstageCredentials',
    principal: { type: 'user', userEntityRef: member(0) },
  });
  const image = await attachments.add(
    id,
    { name: 'error.png', contentType: 'image/png', data: images.png },
    viewer,
  );
  const logger = benchLogger({ errors: false });
  const attachmentRouter = createAttachmentRouter({
    attachments,
    findings: service,
    httpAuth,
    logger,
  });
  const app = express();
  app.use('/api/devzero', attachmentRouter);
  app.use(
    '/api/devzero',
    createRouter({ service, httpAuth, logger, before: [attachmentRouter] }),
  );
  app.use(backstageErrorHandler());
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const base = `http://127.0.0.1:${
    (server.address() as AddressInfo).port
  }/api/devzero`;
  const send = fetchSender({
    baseUrl: base,
    headers: { 'x-bench-user': member(0) },
  });
  const fixture = async () =>
    (
      await fetch(`${base}/findings/${id}`, {
        headers: { 'x-bench-user': member(0) },
      })
    ).text();
  try {
    const before = await fixture();
    const document = YAML.parse(
      fs.readFileSync(
        path.join(__dirname, '../src/schema/openapi.yaml'),
        'utf8',
      ),
    );
    // --route: the operations whose id or `METHOD /path` holds it.
    const operations = Object.entries<any>(document.paths).flatMap(
      ([route, item]) =>
        Object.entries<any>(item)
          .filter(
            ([method, op]) =>
              op?.operationId &&
              `${op.operationId} ${method.toUpperCase()} ${route}`.includes(
                ROUTE,
              ),
          )
          .map(([, op]) => op.operationId as string),
    );
    const started = performance.now();
    const stats = await runBadInput({
      document,
      send,
      numRuns: BAD_INPUT,
      seed: SEED,
      jsonLimitBytes: 256 * 1024,
      values: { id, attachmentId: image.id },
      bodies: { addAttachment: { type: 'image/png', body: images.png } },
      operations,
    });
    const seconds = (performance.now() - started) / 1000;
    const unchanged = (await fixture()) === before;
    console.log(
      `\n${name}: ${stats.reduce(
        (n, s) => n + s.cases,
        0,
      )} bad requests in ${seconds.toFixed(
        1,
      )} s, one at a time; the fixture finding ${
        unchanged ? 'is unchanged' : 'CHANGED'
      }`,
    );
    console.log(formatBadInputTable(stats));
  } finally {
    server.close();
  }
}
