import express from 'express';
import request from 'supertest';
import type { CatalogSnapshotStatus } from '../catalog';
import { catalogSnapshotHeaders } from './snapshotHeaders';

describe('catalogSnapshotHeaders', () => {
  it('stamps the snapshot an answer was made from, even one read while the request waited', async () => {
    let status: CatalogSnapshotStatus = { entityCount: 0, generation: 0 };
    const app = express();
    app.use(catalogSnapshotHeaders(() => status));
    app.get('/map', async (_req, res) => {
      // The first read completes while this request waits for it.
      await new Promise(resolve => setTimeout(resolve, 5));
      status = {
        readAt: '2026-12-02T05:00:00.000Z',
        ageSeconds: 0,
        entityCount: 3,
        generation: 1,
      };
      res.json({ contexts: [] });
    });
    const res = await request(app).get('/map');
    expect(res.status).toBe(200);
    expect(res.headers['catalog-snapshot-read-at']).toBe(
      '2026-12-02T05:00:00.000Z',
    );
    expect(res.headers['catalog-snapshot-age']).toBe('0');
  });

  it('says nothing of a snapshot never read', async () => {
    const app = express();
    app.use(catalogSnapshotHeaders(() => ({ entityCount: 0, generation: 0 })));
    app.get('/map', (_req, res) => {
      res.status(503).json({ error: { message: 'not read yet' } });
    });
    const res = await request(app).get('/map');
    expect(res.status).toBe(503);
    expect(res.headers['catalog-snapshot-read-at']).toBeUndefined();
  });
});
