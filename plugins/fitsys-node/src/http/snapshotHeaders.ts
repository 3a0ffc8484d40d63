import type { RequestHandler, Response } from 'express';
import type { CatalogSnapshotStatus } from '../catalog';

/**
 * Middleware that says, on each answer, how old the catalog snapshot behind
 * it is (`Catalog-Snapshot-Read-At`, `Catalog-Snapshot-Age`). The headers are
 * stamped when the answer is sent, not when the request arrives: a request
 * that came before the first read and waited for it is answered from that
 * read, and says so.
 */
export function catalogSnapshotHeaders(
  status: () => CatalogSnapshotStatus,
): RequestHandler {
  const stamp = (res: Response) => {
    if (res.headersSent) return;
    const { readAt, ageSeconds } = status();
    if (!readAt) return;
    res.setHeader('Catalog-Snapshot-Read-At', readAt);
    res.setHeader('Catalog-Snapshot-Age', String(ageSeconds ?? 0));
  };
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: any) => {
      stamp(res);
      return send(body);
    };
    next();
  };
}
