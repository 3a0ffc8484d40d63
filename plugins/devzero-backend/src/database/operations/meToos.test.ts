import { markDuplicate, newFinding } from '../../__testUtils__/findings';
import {
  at,
  findingStoreDatabases,
  riley,
  sam,
} from '../../__testUtils__/findingStoreDatabases';

// "Me too"s, through the store.

jest.setTimeout(60_000);

const { databases, storeFor } = findingStoreDatabases();

const finding = newFinding;

describe.each(databases.eachSupportedId())(
  'DatabaseFindingStore on %s: "me too"s',
  databaseId => {
    it('counts a "me too" once per person, and not from the reporter', async () => {
      const { store } = await storeFor(databaseId);
      const { finding: f } = await store.file(finding(), at(2));
      const after = await store.addMeToo(
        f.id,
        { userRef: sam, minutesLost: 20, note: 'Same here' },
        at(3),
      );
      expect(after).toMatchObject({ meTooCount: 1, totalMinutesLost: 65 });
      await expect(
        store.addMeToo(f.id, { userRef: sam, minutesLost: 5 }, at(3)),
      ).rejects.toThrow('already said "me too"');
      await expect(
        store.addMeToo(f.id, { userRef: riley, minutesLost: 5 }, at(3)),
      ).rejects.toThrow('You filed this finding');
    });

    // Telling on PostgreSQL, whose pool runs these transactions side by side;
    // SQLite's one connection runs them in turn.
    it('counts every "me too" said at once, and answers the same person twice at once with a 409', async () => {
      const { store } = await storeFor(databaseId);
      const { finding: f } = await store.file(finding(), at(2));
      const people = [5, 10, 15, 20, 25, 30].map(minutes => ({
        userRef: `user:default/person-${minutes}`,
        minutesLost: minutes,
      }));
      await Promise.all(people.map(p => store.addMeToo(f.id, p, at(3))));
      expect(await store.get(f.id)).toMatchObject({
        meTooCount: 6,
        totalMinutesLost: 45 + 105,
      });
      const twice = await Promise.allSettled(
        [1, 2].map(() =>
          store.addMeToo(f.id, { userRef: sam, minutesLost: 20 }, at(4)),
        ),
      );
      expect(twice.map(r => r.status).sort()).toEqual([
        'fulfilled',
        'rejected',
      ]);
      const refused = twice.find(r => r.status === 'rejected') as
        | PromiseRejectedResult
        | undefined;
      expect(refused?.reason).toMatchObject({
        name: 'ConflictError',
        message: 'You have already said "me too" on this finding',
      });
      expect(await store.get(f.id)).toMatchObject({
        meTooCount: 7,
        totalMinutesLost: 170,
      });
    });

    it('reopens a finding resolved or declined in the last 90 days with a "me too", saying so in its history, and takes none on older ones or duplicates', async () => {
      const { store } = await storeFor(databaseId);
      const jordan = 'user:default/jordan.lee';
      const [resolved, declined, old, dup, canonical] = await Promise.all(
        ['r', 'd', 'old', 'dup', 'c'].map(
          async title => (await store.file(finding({ title }), at(2))).finding,
        ),
      );
      await store.triage(
        resolved.id,
        { action: 'resolve', actorRef: sam, note: 'Documented' },
        at(3),
      );
      await store.triage(
        declined.id,
        { action: 'decline', actorRef: sam, note: 'As designed' },
        at(3),
      );
      await store.triage(
        old.id,
        { action: 'resolve', actorRef: sam },
        new Date('2026-08-01T09:00:00Z'),
      );
      await markDuplicate(store, dup.id, canonical.id, sam, at(3));
      const meToo = (id: string) =>
        store.addMeToo(id, { userRef: jordan, minutesLost: 5 }, at(6));

      expect(await meToo(resolved.id)).toMatchObject({
        status: 'triaged',
        closedAt: undefined,
        meTooCount: 1,
        totalMinutesLost: 50,
        // What it was resolved with stays, for the owners to read.
        resolutionNote: 'Documented',
      });
      expect(
        (await store.history(resolved.id)).slice(-2).map(e => ({
          action: e.action,
          actorRef: e.actorRef,
          fromStatus: e.fromStatus,
          toStatus: e.toStatus,
          note: e.note,
        })),
      ).toEqual([
        {
          action: 'reopen',
          actorRef: jordan,
          fromStatus: 'resolved',
          toStatus: 'triaged',
          note: 'Still happening: said “me too” 3 days after it was resolved',
        },
        {
          action: 'me-too',
          actorRef: jordan,
          note: '5 minutes lost',
        },
      ]);
      expect(await meToo(declined.id)).toMatchObject({
        status: 'triaged',
        meTooCount: 1,
      });

      await expect(meToo(old.id)).rejects.toMatchObject({
        name: 'ConflictError',
        message:
          'This finding is resolved; if the friction is still there, file a new finding',
      });
      await expect(meToo(dup.id)).rejects.toThrow(
        `This finding is a duplicate of ${canonical.id}; say "me too" there`,
      );
      for (const f of [old, dup]) {
        expect(await store.meToos(f.id)).toEqual([]);
        expect((await store.history(f.id)).map(e => e.action)).not.toContain(
          'me-too',
        );
      }
      expect(await store.get(old.id)).toMatchObject({ status: 'resolved' });
    });
  },
);
