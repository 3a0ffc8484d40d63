import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { ArchitectureDecision } from '@internal/plugin-reference-architectures-common';
import { AdrStore } from '../database/AdrStore';
import { AdrReader, adrLocationOf, MAX_ADR_FILES } from './AdrReader';
import { parseAdr } from './parseAdr';

/** At most this many entities' directories are read in one run. */
export const MAX_ADR_ENTITIES = 2000;

/**
 * Reads the decision records of every entity that carries
 * `backstage.io/adr-location` into the store: each directory once per run
 * (skipped when its ETag says it has not changed), one entity's failure
 * recorded on it without stopping the others.
 */
export class AdrTask {
  constructor(
    private readonly deps: {
      entities: () => Promise<readonly Entity[]>;
      reader: AdrReader;
      store: AdrStore;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  async run(): Promise<{ entities: number; records: number; failed: number }> {
    const entities = (await this.deps.entities())
      .filter(e => e.metadata.annotations?.['backstage.io/adr-location'])
      .slice(0, MAX_ADR_ENTITIES);
    const known = new Map(
      (await this.deps.store.sources()).map(s => [s.entityRef, s]),
    );
    let records = 0;
    let failed = 0;
    const refs: string[] = [];
    for (const entity of entities) {
      const entityRef = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
      refs.push(entityRef);
      const readAt = (this.deps.now?.() ?? new Date()).toISOString();
      const location = adrLocationOf(entity);
      const before = known.get(entityRef);
      if (!location) {
        failed += 1;
        await this.deps.store.recordReading(
          {
            entityRef,
            location: entity.metadata.annotations!['backstage.io/adr-location'],
            readAt,
            error:
              'backstage.io/adr-location is neither a URL nor a path relative to the entity’s source location',
            records: 0,
            skipped: 0,
          },
          [],
        );
        continue;
      }
      // What the sources say: a URL, or the annotation's own path (the
      // backend's file system is nobody's business).
      const where =
        location.type === 'url'
          ? location.target
          : entity.metadata.annotations!['backstage.io/adr-location'];
      try {
        const read = await this.deps.reader.read(
          location,
          // A failed reading stores no ETag, so the next one reads in full.
          before?.location === where ? before.etag : undefined,
        );
        if ('notModified' in read) {
          records += before?.records ?? 0;
          await this.deps.store.recordReading({ ...before!, readAt });
          continue;
        }
        const decisions: ArchitectureDecision[] = [];
        const problems: string[] = [];
        for (const file of read.files) {
          const parsed = parseAdr(file.name, file.text);
          if ('error' in parsed) {
            problems.push(`${file.name}: ${parsed.error}`);
          } else {
            decisions.push({
              ...parsed.decision,
              ...(file.url ? { url: file.url } : {}),
            });
          }
        }
        records += decisions.length;
        await this.deps.store.recordReading(
          {
            entityRef,
            location: where,
            etag: read.etag,
            readAt,
            ...(problems.length
              ? {
                  error: `${problems.length} record${
                    problems.length === 1 ? '' : 's'
                  } not read: ${problems.join('; ')}`,
                }
              : {}),
            records: decisions.length,
            skipped: problems.length,
          },
          decisions,
        );
        if (read.files.length >= MAX_ADR_FILES) {
          this.deps.logger.warn(
            `Read only the first ${MAX_ADR_FILES} ADRs of ${entityRef}`,
          );
        }
      } catch (error) {
        failed += 1;
        // The last good reading stays; the source says why this one failed.
        await this.deps.store.recordReading({
          entityRef,
          location: where,
          readAt,
          error: `could not read ${where}: ${error}`,
          records: before?.records ?? 0,
          skipped: before?.skipped ?? 0,
        });
        records += before?.records ?? 0;
      }
    }
    await this.deps.store.keepOnly(refs);
    return { entities: entities.length, records, failed };
  }
}
