import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { markDuplicate } from '../__testUtils__/findings';
import { images } from '../__testUtils__/images';
import { DatabaseAttachmentStore } from './DatabaseAttachmentStore';
import { DatabaseFindingStore } from './DatabaseFindingStore';
import { NewFinding } from './FindingStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const riley = 'user:default/riley.novak';
const sam = 'user:default/sam.okafor';
const jordan = 'user:default/jordan.lee';
const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));

const finding = (title: string, reporterRef = riley): NewFinding => ({
  entityRef: 'component:default/card-authoriser',
  ownerRef: jordan,
  title,
  scenario: 'I tried to run card-authoriser locally.',
  journeyStep: 'set-up',
  category: 'documentation',
  severity: 'blocked-me',
  minutesLost: 45,
  mayContact: true,
  links: [],
  reporterRef,
});

const image = (findingId: string, fileName: string, data = images.png) => ({
  findingId,
  fileName,
  contentType: 'image/png',
  uploaderRef: riley,
  data,
});

async function storesFor(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  const findings = await DatabaseFindingStore.create({
    database: { getClient: async () => knex, migrations: { skip: false } },
  });
  return { knex, findings, attachments: new DatabaseAttachmentStore(knex) };
}

/** A, B and C with an image each for A and B; A marked a duplicate of B, then B of C. */
async function chainOfThree(databaseId: TestDatabaseId) {
  const { findings, attachments } = await storesFor(databaseId);
  const a = (await findings.file(finding('A'), at(2))).finding;
  const b = (await findings.file(finding('B'), at(2))).finding;
  const c = (await findings.file(finding('C'), at(2))).finding;
  const fromA = await attachments.add(image(a.id, 'a.png'), 10, at(3));
  const fromB = await attachments.add(image(b.id, 'b.png'), 10, at(3));
  await markDuplicate(findings, a.id, b.id, jordan, at(4));
  await markDuplicate(findings, b.id, c.id, jordan, at(5));
  return { findings, attachments, a, b, c, fromA, fromB };
}

describe.each(databases.eachSupportedId())(
  'DatabaseAttachmentStore on %s',
  databaseId => {
    it('keeps images byte for byte, lists them oldest first without the bytes, and removes them', async () => {
      const { findings, attachments } = await storesFor(databaseId);
      const { finding: f } = await findings.file(finding('Images'), at(2));
      const first = await attachments.add(image(f.id, 'one.png'), 10, at(4));
      await attachments.add(
        { ...image(f.id, 'two.gif', images.gif), contentType: 'image/gif' },
        10,
        at(3),
      );
      expect(first).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        findingId: f.id,
        fileName: 'one.png',
        contentType: 'image/png',
        size: images.png.length,
        uploaderRef: riley,
        createdAt: '2026-11-04T09:00:00.000Z',
      });
      expect((await attachments.list(f.id)).map(a => a.fileName)).toEqual([
        'two.gif',
        'one.png',
      ]);
      expect((await findings.get(f.id))!.updatedAt).toBe(
        '2026-11-03T09:00:00.000Z',
      );
      const read = await attachments.read(f.id, first.id);
      expect(read!.attachment).toEqual(first);
      expect(Buffer.isBuffer(read!.data)).toBe(true);
      expect(read!.data.equals(images.png)).toBe(true);

      const other = await findings.file(finding('Other'), at(2));
      expect(await attachments.get(other.finding.id, first.id)).toBeUndefined();
      expect(
        await attachments.read(other.finding.id, first.id),
      ).toBeUndefined();
      expect(
        await attachments.remove(other.finding.id, first.id, sam, at(5)),
      ).toBe(false);
      expect(await attachments.remove(f.id, first.id, sam, at(5))).toBe(true);
      expect((await findings.get(f.id))!.updatedAt).toBe(
        '2026-11-05T09:00:00.000Z',
      );
      expect(await attachments.get(f.id, first.id)).toBeUndefined();
      expect(await attachments.list(f.id)).toHaveLength(1);
      // Each addition and the removal are in the history, with who and when.
      expect(
        (await findings.history(f.id)).map(e => [
          e.action,
          e.actorRef,
          e.at,
          e.note,
        ]),
      ).toEqual([
        ['file', riley, '2026-11-02T09:00:00.000Z', undefined],
        ['add-image', riley, '2026-11-04T09:00:00.000Z', 'one.png'],
        ['add-image', riley, '2026-11-03T09:00:00.000Z', 'two.gif'],
        ['remove-image', sam, '2026-11-05T09:00:00.000Z', 'one.png'],
      ]);
      expect(
        (await findings.history(other.finding.id)).map(e => e.action),
      ).toEqual(['file']);
    });

    it('lists images added in the same instant in the order they were added', async () => {
      const { findings, attachments } = await storesFor(databaseId);
      const { finding: f } = await findings.file(finding('Same time'), at(2));
      const names = ['c.png', 'a.png', 'e.png', 'b.png', 'd.png'];
      for (const name of names)
        await attachments.add(image(f.id, name), 10, at(3));
      expect((await attachments.list(f.id)).map(a => a.fileName)).toEqual(
        names,
      );
    });

    it('refuses an image over the count, and one for a finding that does not exist', async () => {
      const { findings, attachments } = await storesFor(databaseId);
      const { finding: f } = await findings.file(finding('Full'), at(2));
      await attachments.add(image(f.id, 'a.png'), 2, at(3));
      await attachments.add(image(f.id, 'b.png'), 2, at(3));
      await expect(
        attachments.add(image(f.id, 'c.png'), 2, at(3)),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message:
          'attachment: this finding already has 2 images, the most it may have; remove one before adding another',
      });
      expect(await attachments.list(f.id)).toHaveLength(2);
      await expect(
        attachments.add(
          image('00000000-0000-0000-0000-000000000000', 'x.png'),
          2,
          at(3),
        ),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
    });

    it('moves the images of a duplicate to its canonical finding with its reporters, in one transaction', async () => {
      const { findings, attachments } = await storesFor(databaseId);
      const canonical = (await findings.file(finding('Canonical'), at(2)))
        .finding;
      const duplicate = (await findings.file(finding('Duplicate', sam), at(3)))
        .finding;
      const kept = await attachments.add(
        image(canonical.id, 'a.png'),
        10,
        at(3),
      );
      const moved = await attachments.add(
        { ...image(duplicate.id, 'b.png'), uploaderRef: sam },
        10,
        at(4),
      );
      await findings.triage(
        duplicate.id,
        {
          action: 'mark-duplicate',
          actorRef: jordan,
          duplicateOf: canonical.id,
        },
        at(5),
      );
      expect(await attachments.list(duplicate.id)).toEqual([]);
      expect(await attachments.list(canonical.id)).toEqual([
        kept,
        { ...moved, findingId: canonical.id },
      ]);
      expect(
        (await attachments.read(canonical.id, moved.id))!.data.equals(
          images.png,
        ),
      ).toBe(true);
      const merge = (await findings.history(canonical.id)).pop();
      expect(merge).toMatchObject({
        action: 'merge',
        note: `${duplicate.id} (Duplicate) merged in, with 1 reporter(s) and its links, and 1 image(s)`,
      });
    });

    it('gives a reopened duplicate back its images, wherever merges took them', async () => {
      const { findings, attachments, a, b, c, fromA, fromB } =
        await chainOfThree(databaseId);
      expect((await attachments.list(c.id)).map(i => i.id).sort()).toEqual(
        [fromA.id, fromB.id].sort(),
      );
      await findings.triage(a.id, { action: 'reopen', actorRef: riley }, at(6));
      expect(await attachments.list(a.id)).toEqual([fromA]);
      expect((await attachments.list(c.id)).map(i => i.id)).toEqual([fromB.id]);
      expect((await findings.history(c.id)).pop()).toMatchObject({
        action: 'unmerge',
        note: `${a.id} (A) reopened; 1 image(s) went back to it`,
      });
      await findings.triage(b.id, { action: 'reopen', actorRef: riley }, at(7));
      expect(await attachments.list(b.id)).toEqual([fromB]);
      expect(await attachments.list(c.id)).toEqual([]);
    });

    it('brings back to the middle of a chain, when it is reopened, its images and those of its duplicates', async () => {
      const { findings, attachments, a, b, c, fromA, fromB } =
        await chainOfThree(databaseId);
      await findings.triage(
        b.id,
        { action: 'reopen', actorRef: jordan },
        at(5),
      );
      expect(await attachments.list(c.id)).toEqual([]);
      expect((await attachments.list(b.id)).map(i => i.id).sort()).toEqual(
        [fromA.id, fromB.id].sort(),
      );
      // A still duplicates B; reopened too, it takes its own back.
      await findings.triage(
        a.id,
        { action: 'reopen', actorRef: jordan },
        at(6),
      );
      expect(await attachments.list(a.id)).toEqual([fromA]);
      expect(await attachments.list(b.id)).toEqual([fromB]);
    });

    it('leaves the images where they were when a finding cannot be marked a duplicate', async () => {
      const { findings, attachments } = await storesFor(databaseId);
      const a = (await findings.file(finding('A'), at(2))).finding;
      const b = (await findings.file(finding('B'), at(2))).finding;
      const c = (await findings.file(finding('C'), at(2))).finding;
      await attachments.add(image(a.id, 'a.png'), 10, at(3));
      await markDuplicate(findings, b.id, c.id, jordan, at(4));
      await expect(
        markDuplicate(findings, a.id, b.id, jordan, at(5)),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      expect(await attachments.list(a.id)).toHaveLength(1);
    });

    it('migrates down and up again with images in place', async () => {
      const { knex, findings, attachments } = await storesFor(databaseId);
      const { finding: f } = await findings.file(finding('Migrate'), at(2));
      await attachments.add(image(f.id, 'a.png'), 10, at(3));
      const directory = resolvePackagePath(
        '@internal/plugin-devzero-backend',
        'migrations',
      );
      await knex.migrate.down({
        directory,
        name: '20261124b_attachments.js',
      });
      expect(await knex.schema.hasTable('finding_attachments')).toBe(false);
      expect(await findings.get(f.id)).toBeDefined();
      await knex.migrate.latest({ directory });
      expect(await attachments.list(f.id)).toEqual([]);
      await attachments.add(image(f.id, 'b.png'), 10, at(4));
      expect(await attachments.list(f.id)).toHaveLength(1);
    });
  },
);
