import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { markDuplicate, newFinding } from '../../__testUtils__/findings';
import {
  at,
  findingStoreDatabases,
  riley,
  sam,
} from '../../__testUtils__/findingStoreDatabases';

// Marking duplicates and reopening them, through the store.

jest.setTimeout(60_000);

const { databases, storeFor } = findingStoreDatabases();

const finding = newFinding;

describe.each(databases.eachSupportedId())(
  'DatabaseFindingStore on %s: duplicates',
  databaseId => {
    it('merges a duplicate into its canonical finding, with reporters, minutes and links', async () => {
      const { store } = await storeFor(databaseId);
      const { finding: canonical } = await store.file(finding(), at(2));
      const { finding: dup } = await store.file(
        finding({
          reporterRef: 'user:default/alex.morgan',
          minutesLost: 30,
          links: ['https://example.com/screenshot'],
        }),
        at(3),
      );
      await store.addMeToo(
        dup.id,
        { userRef: 'user:default/jordan.lee', minutesLost: 10 },
        at(3),
      );
      await markDuplicate(store, dup.id, canonical.id, sam, at(4));
      const merged = (await store.get(canonical.id))!;
      expect(merged).toMatchObject({ meTooCount: 2, totalMinutesLost: 85 });
      expect(merged.links).toEqual([
        'https://docs.fernhill.example/card-authoriser/local',
        'https://example.com/screenshot',
      ]);
      const meToos = await store.meToos(canonical.id);
      expect(meToos.map(m => m.userRef).sort()).toEqual([
        'user:default/alex.morgan',
        'user:default/jordan.lee',
      ]);
      // Each says where it came from, which the finding page links.
      expect(meToos).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            userRef: 'user:default/alex.morgan',
            note: `Filed as ${dup.id}: ${dup.title}`,
            mergedFrom: dup.id,
          }),
          expect.objectContaining({
            userRef: 'user:default/jordan.lee',
            mergedFrom: dup.id,
          }),
        ]),
      );
      expect(await store.meToos(dup.id)).toEqual([
        expect.not.objectContaining({ mergedFrom: expect.anything() }),
      ]);
      expect((await store.get(dup.id))!).toMatchObject({
        status: 'duplicate',
        duplicateOf: canonical.id,
      });
    });

    it('gives a reopened duplicate back its reporter and "me too"s, from every finding they reached, and counts their minutes once', async () => {
      const { store } = await storeFor(databaseId);
      const alex = 'user:default/alex.morgan';
      const jordan = 'user:default/jordan.lee';
      const noor = 'user:default/noor.siddiqui';
      const { finding: dup } = await store.file(
        finding({ reporterRef: alex, minutesLost: 30 }),
        at(2),
      );
      await store.addMeToo(dup.id, { userRef: jordan, minutesLost: 10 }, at(2));
      const { finding: canonical } = await store.file(finding(), at(3));
      await store.addMeToo(
        canonical.id,
        { userRef: noor, minutesLost: 5 },
        at(3),
      );
      const { finding: last } = await store.file(
        finding({ reporterRef: sam, minutesLost: 20 }),
        at(3),
      );
      await markDuplicate(store, dup.id, canonical.id, sam, at(4));
      // The canonical finding is found to duplicate a third, taking the
      // first duplicate's people along.
      await markDuplicate(store, canonical.id, last.id, sam, at(5));
      expect(await store.get(last.id)).toMatchObject({
        meTooCount: 4,
        totalMinutesLost: 20 + 45 + 5 + 30 + 10,
      });

      await store.triage(
        dup.id,
        { action: 'reopen', actorRef: alex, note: 'Not the same' },
        at(6),
      );
      expect(await store.get(dup.id)).toMatchObject({
        status: 'triaged',
        meTooCount: 1,
        totalMinutesLost: 40,
      });
      expect(await store.get(canonical.id)).toMatchObject({
        status: 'duplicate',
        meTooCount: 1,
        totalMinutesLost: 50,
      });
      expect(await store.get(last.id)).toMatchObject({
        meTooCount: 2,
        totalMinutesLost: 70,
      });
      expect((await store.meToos(last.id)).map(m => m.userRef).sort()).toEqual([
        noor,
        riley,
      ]);
      expect((await store.history(last.id)).pop()).toMatchObject({
        action: 'unmerge',
        actorRef: alex,
        note: `${dup.id} (${dup.title}) reopened; 2 reporter(s) went back to it`,
      });

      // Marked again, it merges again, and reopening the second takes the
      // first's people with it.
      await markDuplicate(store, dup.id, last.id, sam, at(7));
      expect(await store.get(last.id)).toMatchObject({
        meTooCount: 4,
        totalMinutesLost: 110,
      });
      await store.triage(
        canonical.id,
        { action: 'reopen', actorRef: sam },
        at(8),
      );
      expect(await store.get(last.id)).toMatchObject({
        meTooCount: 2,
        totalMinutesLost: 60,
      });
      expect((await store.meToos(last.id)).map(m => m.userRef).sort()).toEqual([
        alex,
        jordan,
      ]);
    });

    it('reopening the middle of a chain keeps its own duplicate on it and takes both back from the end', async () => {
      const { store } = await storeFor(databaseId);
      const xavier = 'user:default/xavier.ng';
      const alex = 'user:default/alex.morgan';
      const { finding: x } = await store.file(
        finding({ reporterRef: xavier, minutesLost: 30 }),
        at(2),
      );
      const { finding: a } = await store.file(
        finding({ reporterRef: alex, minutesLost: 20 }),
        at(2),
      );
      const { finding: b } = await store.file(finding(), at(2));
      for (const [from, to] of [
        [x, a],
        [a, b],
      ])
        await markDuplicate(store, from.id, to.id, sam, at(3));
      expect(await store.get(b.id)).toMatchObject({
        meTooCount: 2,
        totalMinutesLost: 45 + 20 + 30,
      });

      await store.triage(a.id, { action: 'reopen', actorRef: sam }, at(4));
      // X still duplicates A: its reporter counts on A, and on A only.
      expect(await store.get(a.id)).toMatchObject({
        status: 'triaged',
        meTooCount: 1,
        totalMinutesLost: 50,
      });
      expect(await store.get(b.id)).toMatchObject({
        meTooCount: 0,
        totalMinutesLost: 45,
      });
      expect((await store.meToos(a.id)).map(m => m.userRef)).toEqual([xavier]);

      await store.triage(x.id, { action: 'reopen', actorRef: sam }, at(5));
      expect(await store.get(a.id)).toMatchObject({
        meTooCount: 0,
        totalMinutesLost: 20,
      });
    });

    it('finds the "me too"s that merges before this version moved, so reopening gives them back', async () => {
      const { store, knex } = await storeFor(databaseId);
      const directory = resolvePackagePath(
        '@internal/plugin-devzero-backend',
        'migrations',
      );
      const alex = 'user:default/alex.morgan';
      const jordan = 'user:default/jordan.lee';
      const { finding: canonical } = await store.file(finding(), at(2));
      const { finding: dup } = await store.file(
        finding({ reporterRef: alex, minutesLost: 30 }),
        at(3),
      );
      await store.addMeToo(dup.id, { userRef: jordan, minutesLost: 10 }, at(3));
      await store.addMeToo(
        canonical.id,
        { userRef: 'user:default/noor.siddiqui', minutesLost: 5 },
        at(3),
      );
      // Merged as the store merged then: copies without their origin.
      await knex.migrate.down({ directory, name: '20261128_merged_from.js' });
      const [own] = await knex('finding_me_toos').where({ finding_id: dup.id });
      await knex('finding_me_toos').insert([
        {
          finding_id: canonical.id,
          user_ref: alex,
          minutes_lost: 30,
          note: `Filed as ${dup.id}: ${dup.title}`,
          created_at: at(3).toISOString(),
          reporter_hidden: false,
        },
        { ...own, finding_id: canonical.id },
      ]);
      await knex('findings')
        .where({ id: canonical.id })
        .update({ me_too_count: 3, total_minutes_lost: 90 });
      await knex('findings')
        .where({ id: dup.id })
        .update({ status: 'duplicate', duplicate_of: canonical.id });
      await knex.migrate.latest({ directory });
      expect(await store.get(dup.id)).toMatchObject({ status: 'duplicate' });
      expect(await store.get(canonical.id)).toMatchObject({
        meTooCount: 3,
        totalMinutesLost: 90,
      });
      await store.triage(dup.id, { action: 'reopen', actorRef: sam }, at(5));
      expect(await store.get(canonical.id)).toMatchObject({
        meTooCount: 1,
        totalMinutesLost: 50,
      });
    });

    it("keeps a merged reporter's choice to hide their name, also for merges made before it was kept", async () => {
      const { store, knex } = await storeFor(databaseId);
      const { finding: canonical } = await store.file(finding(), at(2));
      const directory = resolvePackagePath(
        '@internal/plugin-devzero-backend',
        'migrations',
      );
      // Merged before the choice was kept, as the store merged then.
      await knex.migrate.down({
        directory,
        name: '20261127_me_too_reporter_hidden.js',
      });
      for (const [day, reporterRef, reporterHidden] of [
        [3, 'user:default/alex.morgan', true],
        [4, 'user:default/noor.siddiqui', false],
      ] as const) {
        const { finding: dup } = await store.file(
          finding({ reporterRef, reporterHidden }),
          at(day),
        );
        await knex('finding_me_toos').insert({
          finding_id: canonical.id,
          user_ref: reporterRef,
          minutes_lost: 45,
          note: `Filed as ${dup.id}: ${dup.title}`,
          created_at: at(day).toISOString(),
        });
      }
      await knex.migrate.latest({ directory });
      // Merged now.
      const { finding: dup } = await store.file(
        finding({
          reporterRef: 'user:default/ethan.castellano',
          reporterHidden: true,
        }),
        at(5),
      );
      await markDuplicate(store, dup.id, canonical.id, sam, at(6));
      await store.addMeToo(
        canonical.id,
        { userRef: 'user:default/jordan.lee', minutesLost: 10 },
        at(7),
      );
      expect(
        (await store.meToos(canonical.id)).map(m => [
          m.userRef,
          m.reporterHidden,
        ]),
      ).toEqual([
        ['user:default/alex.morgan', true],
        ['user:default/noor.siddiqui', false],
        ['user:default/ethan.castellano', true],
        ['user:default/jordan.lee', undefined],
      ]);
    });

    it('refuses a duplicate of itself and a duplicate of a duplicate, so no cycle can form', async () => {
      const { store } = await storeFor(databaseId);
      const { finding: a } = await store.file(finding(), at(2));
      const { finding: b } = await store.file(finding({ title: 'b' }), at(2));
      await expect(
        markDuplicate(store, a.id, a.id, sam, at(3)),
      ).rejects.toThrow(
        'duplicateOf: a finding cannot be a duplicate of itself',
      );
      await markDuplicate(store, a.id, b.id, sam, at(3));
      await store.triage(b.id, { action: 'accept', actorRef: sam }, at(3));
      const { finding: c } = await store.file(finding({ title: 'c' }), at(4));
      await expect(
        markDuplicate(store, c.id, a.id, sam, at(4)),
      ).rejects.toThrow(`is itself a duplicate of ${b.id}`);
      // Nor into a closed finding, whose owners look at it no more.
      await store.triage(
        b.id,
        { action: 'decline', actorRef: sam, note: 'Works as designed' },
        at(5),
      );
      await expect(
        markDuplicate(store, c.id, b.id, sam, at(5)),
      ).rejects.toThrow(`duplicateOf: finding ${b.id} is declined; reopen it`);
      expect(await store.get(c.id)).toMatchObject({ status: 'new' });
    });
  },
);
