import { ArchitectureDecision } from '@internal/plugin-reference-architectures-common';
import { Knex } from 'knex';

/** Rows written per insert statement: under SQLite's 999 bound parameters. */
const BATCH = 100;

/** Where one entity's records were read from, and how that went. */
export interface AdrSource {
  entityRef: string;
  location: string;
  etag?: string;
  readAt: string;
  /** Why the directory, or some of its records, could not be read. */
  error?: string;
  records: number;
  /** Record files that were refused (no title, no date, unknown status…). */
  skipped: number;
}

/** One record, with the entity whose directory holds it. */
export interface AdrRecord extends ArchitectureDecision {
  entityRef: string;
}

/**
 * The ADRs read from entities, in the plugin's database (SQLite or
 * PostgreSQL), so that every replica answers from one reading.
 */
export class AdrStore {
  constructor(private readonly knex: Knex) {}

  async sources(): Promise<AdrSource[]> {
    const rows = await this.knex('adr_sources').orderBy('entity_ref');
    return rows.map(row => ({
      entityRef: row.entity_ref,
      location: row.location,
      ...(row.etag ? { etag: row.etag } : {}),
      readAt: row.read_at,
      ...(row.error ? { error: row.error } : {}),
      records: Number(row.records),
      skipped: Number(row.skipped),
    }));
  }

  async records(): Promise<AdrRecord[]> {
    const rows = await this.knex('adr_records').orderBy(['entity_ref', 'id']);
    return rows.map(row => ({
      entityRef: row.entity_ref,
      id: row.id,
      title: row.title,
      status: row.status,
      date: row.date,
      ...(row.revisit_by ? { revisitBy: row.revisit_by } : {}),
      ...(row.summary ? { summary: row.summary } : {}),
      ...(row.url ? { url: row.url } : {}),
    }));
  }

  /**
   * Records a reading of one entity's directory: with `records`, they
   * replace the entity's earlier ones; without (unchanged since the ETag, or
   * the reading failed), the earlier records stay and only the source row
   * says what happened.
   */
  async recordReading(
    source: AdrSource,
    records?: ArchitectureDecision[],
  ): Promise<void> {
    await this.knex.transaction(async tx => {
      const row = {
        location: source.location.slice(0, 1024),
        etag: source.etag?.slice(0, 255) ?? null,
        read_at: source.readAt,
        error: source.error?.slice(0, 1000) ?? null,
        records: records ? records.length : source.records,
        skipped: source.skipped,
      };
      await tx('adr_sources')
        .insert({ entity_ref: source.entityRef, ...row })
        .onConflict('entity_ref')
        .merge(row);
      if (!records) return;
      await tx('adr_records').where({ entity_ref: source.entityRef }).delete();
      for (let i = 0; i < records.length; i += BATCH) {
        await tx('adr_records').insert(
          records.slice(i, i + BATCH).map(r => ({
            entity_ref: source.entityRef,
            id: r.id,
            title: r.title,
            status: r.status,
            date: r.date,
            revisit_by: r.revisitBy ?? null,
            summary: r.summary ?? null,
            url: r.url ?? null,
          })),
        );
      }
    });
  }

  /** Forgets the entities that no longer carry the annotation. */
  async keepOnly(entityRefs: string[]): Promise<number> {
    const keep = new Set(entityRefs);
    const gone = (await this.knex('adr_sources').select('entity_ref'))
      .map(row => row.entity_ref as string)
      .filter(ref => !keep.has(ref));
    for (let i = 0; i < gone.length; i += BATCH) {
      const batch = gone.slice(i, i + BATCH);
      await this.knex.transaction(async tx => {
        await tx('adr_records').whereIn('entity_ref', batch).delete();
        await tx('adr_sources').whereIn('entity_ref', batch).delete();
      });
    }
    return gone.length;
  }
}
