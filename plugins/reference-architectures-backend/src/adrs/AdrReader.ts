import { UrlReaderService } from '@backstage/backend-plugin-api';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_SOURCE_LOCATION,
  Entity,
  parseLocationRef,
} from '@backstage/catalog-model';
import { isError, NotModifiedError } from '@backstage/errors';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ADR_FILE_NAME, MAX_ADR_BYTES } from './parseAdr';

/** Backstage's ADR annotation: where an entity's decision records live. */
export const ADR_LOCATION_ANNOTATION = 'backstage.io/adr-location';
/** At most this many records are read of one entity. */
export const MAX_ADR_FILES = 200;

/** Where an entity's ADRs are: a URL the portal's readers know, or a local directory. */
export type AdrLocation = { type: 'url' | 'file'; target: string };

/**
 * Resolves `backstage.io/adr-location` the way Backstage's ADR plugin does:
 * a URL as it is, a relative path against the entity's source location (or,
 * without one, the file the catalog read it from).
 */
export function adrLocationOf(entity: Entity): AdrLocation | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const where = annotations[ADR_LOCATION_ANNOTATION]?.trim();
  if (!where || where.length > 1000) return undefined;
  if (/^https?:\/\//i.test(where)) return { type: 'url', target: where };
  const base =
    annotations[ANNOTATION_SOURCE_LOCATION] ?? annotations[ANNOTATION_LOCATION];
  if (!base) return undefined;
  let ref: { type: string; target: string };
  try {
    ref = parseLocationRef(base);
  } catch {
    return undefined;
  }
  if (ref.type === 'url') {
    try {
      // A source location is a directory (it ends with a slash); the
      // managed-by location is the file the entity was read from.
      return { type: 'url', target: new URL(where, ref.target).toString() };
    } catch {
      return undefined;
    }
  }
  if (ref.type === 'file') {
    const dir = ref.target.endsWith('/')
      ? ref.target
      : path.dirname(ref.target);
    return { type: 'file', target: path.resolve(dir, where) };
  }
  return undefined;
}

/** The record files of one directory, read; or that they have not changed since `etag`. */
export type AdrFiles =
  | { notModified: true }
  | { etag?: string; files: { name: string; text: string; url?: string }[] };

/**
 * Reads ADR directories: URLs through the portal's URL readers (its SCM
 * integrations and `backend.reading.allow`), local directories only inside
 * the configured roots (`fitsys.referenceArchitectures.adrs.fileRoots`), so
 * that an annotation cannot read any file the backend can.
 */
export class AdrReader {
  private readonly roots: string[];

  constructor(
    private readonly deps: {
      urlReader: UrlReaderService;
      fileRoots: string[];
    },
  ) {
    this.roots = deps.fileRoots.map(root => path.resolve(root));
  }

  async read(location: AdrLocation, etag?: string): Promise<AdrFiles> {
    return location.type === 'url'
      ? this.readUrl(location.target, etag)
      : this.readDirectory(location.target);
  }

  private async readUrl(url: string, etag?: string): Promise<AdrFiles> {
    try {
      const tree = await this.deps.urlReader.readTree(url, {
        etag,
        filter: (filePath, info) =>
          !filePath.includes('/') &&
          ADR_FILE_NAME.test(filePath) &&
          (info?.size ?? 0) <= MAX_ADR_BYTES,
      });
      const files = (await tree.files())
        .filter(f => ADR_FILE_NAME.test(path.basename(f.path)))
        .sort((a, b) => a.path.localeCompare(b.path))
        .slice(0, MAX_ADR_FILES);
      const base = url.endsWith('/') ? url : `${url}/`;
      return {
        etag: tree.etag,
        files: await Promise.all(
          files.map(async f => ({
            name: path.basename(f.path),
            text: (await f.content()).toString('utf8'),
            url: new URL(path.basename(f.path), base).toString(),
          })),
        ),
      };
    } catch (error) {
      if (isError(error) && error.name === NotModifiedError.name) {
        return { notModified: true };
      }
      throw error;
    }
  }

  private async readDirectory(dir: string): Promise<AdrFiles> {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch {
      throw new Error('the directory does not exist');
    }
    const inside = this.roots.some(
      root => real === root || real.startsWith(`${root}${path.sep}`),
    );
    if (!inside) {
      throw new Error(
        'the directory is outside the directories ADRs may be read from (fitsys.referenceArchitectures.adrs.fileRoots)',
      );
    }
    const names = (await fs.readdir(real))
      .filter(name => ADR_FILE_NAME.test(name))
      .sort()
      .slice(0, MAX_ADR_FILES);
    const files: { name: string; text: string }[] = [];
    for (const name of names) {
      const file = path.join(real, name);
      const stat = await fs.lstat(file);
      // No symbolic links out of the root, nothing over the size bound.
      if (!stat.isFile() || stat.size > MAX_ADR_BYTES) continue;
      files.push({ name, text: await fs.readFile(file, 'utf8') });
    }
    return { files };
  }
}
