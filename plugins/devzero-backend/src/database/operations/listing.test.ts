import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { newFinding } from '../../__testUtils__/findings';
import {
  at,
  findingStoreDatabases,
  sam,
} from '../../__testUtils__/findingStoreDatabases';
import { FindingQuery } from '../FindingStore';

// Filtering, searching, sorting, paging and counting, through the store.

jest.setTimeout(60_000);

const { databases, storeFor } = findingStoreDatabases();

const finding = newFinding;

describe.each(databases.eachSupportedId())(
  'DatabaseFindingStore on %s: listing',
  databaseId => {
    it('filters, searches, sorts and pages, and applies permission criteria in the query', async () => {
      const { store } = await storeFor(databaseId);
      await store.file(
        finding({
          title: 'Slow build',
          severity: 'annoyance',
          category: 'performance',
          minutesLost: 5,
        }),
        at(1),
      );
      await store.file(
        finding({
          title: '100% CPU in the CLI',
          severity: 'would-have-given-up',
          ownerRef: 'group:default/platform-team',
          minutesLost: 90,
        }),
        at(2),
      );
      await store.file(
        finding({
          title: 'Unclear error',
          severity: 'slowed-me-down',
          category: 'error-message',
          reporterRef: sam,
        }),
        at(3),
      );
      const page = (q: object) =>
        store
          .list({ sort: 'created', order: 'asc', offset: 0, limit: 10, ...q })
          .then(r => r.items.map(i => i.title));
      expect(
        await page({ severities: ['annoyance', 'slowed-me-down'] }),
      ).toEqual(['Slow build', 'Unclear error']);
      expect(await page({ text: '100%' })).toEqual(['100% CPU in the CLI']);
      expect(await page({ text: 'hsm simulator' })).toHaveLength(3);
      expect(await page({ sort: 'severity', order: 'desc' })).toEqual([
        '100% CPU in the CLI',
        'Unclear error',
        'Slow build',
      ]);
      expect(
        await page({ sort: 'minutes-lost', order: 'desc', limit: 1 }),
      ).toEqual(['100% CPU in the CLI']);
      expect(
        await page({
          sort: 'minutes-lost',
          order: 'desc',
          offset: 1,
          limit: 1,
        }),
      ).toEqual(['Unclear error']);
      expect(
        await page({ sort: 'minutes-lost', order: 'asc', offset: 1, limit: 5 }),
      ).toEqual(['Unclear error', '100% CPU in the CLI']);
      expect(
        await page({
          createdFrom: at(2).toISOString(),
          createdTo: at(3).toISOString(),
        }),
      ).toEqual(['100% CPU in the CLI']);
      expect(
        await page({
          criteria: {
            anyOf: [
              { field: 'ownerRef', values: ['group:default/platform-team'] },
              { field: 'reporterRef', values: [sam] },
            ],
          },
        }),
      ).toEqual(['100% CPU in the CLI', 'Unclear error']);
      const second = await store.list({
        sort: 'created',
        order: 'asc',
        offset: 2,
        limit: 2,
      });
      expect(second.totalItems).toBe(3);
      expect(second.items.map(i => i.title)).toEqual(['Unclear error']);
      const full = { sort: 'created', order: 'asc', limit: 2 } as const;
      expect(await store.list({ ...full, offset: 0 })).toMatchObject({
        totalItems: 3,
      });
      expect(await store.list({ ...full, offset: 5 })).toEqual({
        items: [],
        totalItems: 3,
      });
      // A full page's total counts what the filters and criteria let through.
      const narrowed: FindingQuery = {
        ...full,
        offset: 0,
        limit: 1,
        severities: ['annoyance', 'slowed-me-down', 'would-have-given-up'],
        criteria: {
          field: 'ownerRef',
          values: ['group:default/card-authorisation-team'],
        },
      };
      expect(await store.list(narrowed)).toMatchObject({
        items: [{ title: 'Slow build' }],
        totalItems: 2,
      });
      expect(await store.list({ ...narrowed, offset: 1 })).toMatchObject({
        items: [{ title: 'Unclear error' }],
        totalItems: 2,
      });
      expect(await store.list({ ...narrowed, statuses: ['resolved'] })).toEqual(
        { items: [], totalItems: 0 },
      );
      expect(await store.list({ ...narrowed, offset: 7 })).toEqual({
        items: [],
        totalItems: 2,
      });
      // Newest first with one severity: read straight in index order.
      expect(
        await store.list({
          ...narrowed,
          order: 'desc',
          severities: ['annoyance'],
        }),
      ).toMatchObject({ items: [{ title: 'Slow build' }], totalItems: 1 });
    });

    it('stops counting at a set number of findings or the end of the page, and says there are more', async () => {
      const { store } = await storeFor(databaseId, 4);
      for (let day = 1; day <= 6; day++) {
        await store.file(
          finding({
            title: `Finding of day ${day}`,
            ownerRef:
              day <= 2
                ? 'group:default/platform-team'
                : 'group:default/card-authorisation-team',
          }),
          at(day),
        );
      }
      const list = (q: Partial<FindingQuery>) =>
        store.list({
          sort: 'created',
          order: 'desc',
          offset: 0,
          limit: 2,
          ...q,
        });

      // Six match: counting stopped at four, and there are more.
      const first = await list({});
      expect(first.items.map(i => i.title)).toEqual([
        'Finding of day 6',
        'Finding of day 5',
      ]);
      expect(first).toMatchObject({ totalItems: 4, totalCapped: true });
      // The second page ends at the limit, and still says "more than 4".
      expect(await list({ offset: 2 })).toMatchObject({
        totalItems: 4,
        totalCapped: true,
      });
      // A page that ends past the limit is counted to its end: 3 + 2 = 5.
      expect(await list({ offset: 3 })).toMatchObject({
        totalItems: 5,
        totalCapped: true,
      });
      // On the last page, the count is exact.
      const last = await list({ offset: 4 });
      expect(last.items.map(i => i.title)).toEqual([
        'Finding of day 2',
        'Finding of day 1',
      ]);
      expect(last.totalItems).toBe(6);
      expect(last.totalCapped).toBeUndefined();
      // A page past the end counts the same way.
      expect(await list({ offset: 10 })).toEqual({ items: [], totalItems: 6 });
      // A narrower filter under the limit, sorted otherwise, is exact.
      expect(
        await list({
          ownerRefs: ['group:default/platform-team'],
          sort: 'minutes-lost',
        }),
      ).toMatchObject({ totalItems: 2 });
      expect(
        (await list({ ownerRefs: ['group:default/platform-team'] }))
          .totalCapped,
      ).toBeUndefined();
      // A search counts its matches exactly, in the same pass as the page.
      expect(await list({ text: 'finding of day' })).toMatchObject({
        totalItems: 6,
      });
    });

    it('searches titles and scenarios for text anywhere in them, in any case, alone or with other filters', async () => {
      const { store, knex } = await storeFor(databaseId);
      const directory = resolvePackagePath(
        '@internal/plugin-devzero-backend',
        'migrations',
      );
      // Filed before the search index existed: the migration takes it in.
      await knex.migrate.down({ directory, name: '20261126_text_search.js' });
      await store.file(
        finding({ title: 'Kafka Console times out', scenario: 'Topics.' }),
        at(1),
      );
      await knex.migrate.latest({ directory });
      await store.file(
        finding({
          title: 'Quotes "in" titles and 50%_off',
          scenario: 'The kafka console-consumer flag is undocumented.',
          ownerRef: 'group:default/platform-team',
        }),
        at(2),
      );
      await store.file(
        finding({ title: 'Nothing here', scenario: 'Nor here: k a f k a.' }),
        at(3),
      );
      const titles = async (text: string) => {
        const everywhere = await store.list({
          text,
          sort: 'created',
          order: 'asc',
          offset: 0,
          limit: 10,
        });
        // Narrowed by owner, SQLite reads the text instead of its trigram
        // table; both ways must agree.
        const narrowed = await store.list({
          text,
          ownerRefs: [
            'group:default/card-authorisation-team',
            'group:default/platform-team',
          ],
          sort: 'created',
          order: 'asc',
          offset: 0,
          limit: 10,
        });
        expect(narrowed).toEqual(everywhere);
        expect(everywhere.totalItems).toBe(everywhere.items.length);
        return everywhere.items.map(i => i.title);
      };
      expect(await titles('KAFKA CONSOLE')).toEqual([
        'Kafka Console times out',
        'Quotes "in" titles and 50%_off',
      ]);
      expect(await titles('console-consumer')).toEqual([
        'Quotes "in" titles and 50%_off',
      ]);
      expect(await titles('"in"')).toEqual(['Quotes "in" titles and 50%_off']);
      expect(await titles('50%_')).toEqual(['Quotes "in" titles and 50%_off']);
      expect(await titles('%')).toEqual(['Quotes "in" titles and 50%_off']);
      expect(await titles('0%')).toEqual(['Quotes "in" titles and 50%_off']);
      expect(await titles('k a f')).toEqual(['Nothing here']);
      expect(await titles('kafkaa')).toEqual([]);
      expect(await titles('times out topics')).toEqual([]);
      // Counted in the same pass as the page, and past the last page too.
      const paged = (offset: number) =>
        store.list({
          text: 'kafka console',
          sort: 'created',
          order: 'desc',
          offset,
          limit: 1,
        });
      expect(await paged(1)).toMatchObject({
        items: [{ title: 'Kafka Console times out' }],
        totalItems: 2,
      });
      expect(await paged(5)).toEqual({ items: [], totalItems: 2 });
    });
  },
);
