import { resolvePackagePath } from '@backstage/backend-plugin-api';
import knexFactory, { Knex } from 'knex';
import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseFindingStore } from './DatabaseFindingStore';
import { markDuplicate, newFinding } from '../__testUtils__/findings';
import { FindingQuery } from './FindingStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const riley = 'user:default/riley.novak';
const sam = 'user:default/sam.okafor';
const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));

const finding = newFinding;

async function storeFor(databaseId: TestDatabaseId, countLimit?: number) {
  const knex = await databases.init(databaseId);
  const store = await DatabaseFindingStore.create({
    database: { getClient: async () => knex, migrations: { skip: false } },
    countLimit,
  });
  return { store, knex };
}

describe.each(databases.eachSupportedId())(
  'DatabaseFindingStore on %s',
  databaseId => {
    it('files a finding with its history, and a retry with the same key files nothing new', async () => {
      const { store, knex } = await storeFor(databaseId);
      const first = await store.file(finding({ idempotencyKey: 'k-1' }), at(2));
      const retry = await store.file(
        finding({ idempotencyKey: 'k-1', title: 'changed' }),
        at(2),
      );
      expect(first.created).toBe(true);
      expect(retry).toEqual({ finding: first.finding, created: false });
      expect(first.finding).toMatchObject({
        status: 'new',
        totalMinutesLost: 45,
        mayContact: true,
        links: ['https://docs.fernhill.example/card-authoriser/local'],
        createdAt: '2026-11-02T09:00:00.000Z',
      });
      expect(await knex('findings').count({ n: '*' })).toEqual([
        { n: expect.anything() },
      ]);
      expect(Number((await knex('findings').count({ n: '*' }))[0].n)).toBe(1);
      expect(
        (await store.history(first.finding.id)).map(e => e.action),
      ).toEqual(['file']);
    });

    it('keeps every finding: the same person may file several against one entity', async () => {
      const { store } = await storeFor(databaseId);
      await store.file(finding(), at(2));
      await store.file(finding({ title: 'Another one' }), at(3));
      const { totalItems } = await store.list({
        sort: 'created',
        order: 'asc',
        offset: 0,
        limit: 10,
        entityRefs: ['component:default/card-authoriser'],
      });
      expect(totalItems).toBe(2);
    });

    it('moves through the workflow, writing who did what, and refuses an illegal transition', async () => {
      const { store } = await storeFor(databaseId);
      const { finding: f } = await store.file(finding(), at(2));
      await store.triage(f.id, { action: 'accept', actorRef: sam }, at(3));
      await store.triage(
        f.id,
        {
          action: 'assign',
          actorRef: sam,
          assigneeRef: 'user:default/jordan.lee',
          note: 'Jordan wrote the guide',
        },
        at(3),
      );
      const resolved = await store.triage(
        f.id,
        {
          action: 'resolve',
          actorRef: sam,
          note: 'Added the simulator to the guide',
          fixUrl: 'https://git.example/pr/42',
        },
        at(5),
      );
      expect(resolved).toMatchObject({
        status: 'resolved',
        assigneeRef: 'user:default/jordan.lee',
        resolutionNote: 'Added the simulator to the guide',
        fixUrl: 'https://git.example/pr/42',
        triagedAt: '2026-11-03T09:00:00.000Z',
        closedAt: '2026-11-05T09:00:00.000Z',
      });
      await expect(
        store.triage(f.id, { action: 'accept', actorRef: sam }, at(6)),
      ).rejects.toThrow(
        'action: a resolved finding cannot be given "accept"; that action applies to new findings',
      );
      const reopened = await store.triage(
        f.id,
        { action: 'reopen', actorRef: riley, note: 'Still missing a step' },
        at(7),
      );
      expect(reopened).toMatchObject({
        status: 'triaged',
        closedAt: undefined,
      });
      expect(
        (await store.history(f.id)).map(e => [
          e.action,
          e.fromStatus,
          e.toStatus,
          e.actorRef,
        ]),
      ).toEqual([
        ['file', undefined, 'new', riley],
        ['accept', 'new', 'triaged', sam],
        ['assign', 'triaged', 'triaged', sam],
        ['resolve', 'triaged', 'resolved', sam],
        ['reopen', 'resolved', 'triaged', riley],
      ]);
      // What changed stays in the history beside why, so a second resolve
      // does not lose the first one's fix.
      expect((await store.history(f.id)).map(e => e.note)).toEqual([
        undefined,
        undefined,
        'assigned to user:default/jordan.lee; Jordan wrote the guide',
        'fixed in https://git.example/pr/42; Added the simulator to the guide',
        'Still missing a step',
      ]);
    });

    it('writes nothing when a transition fails half-way', async () => {
      const { store } = await storeFor(databaseId);
      const { finding: f } = await store.file(finding(), at(2));
      await expect(
        store.triage(
          f.id,
          {
            action: 'mark-duplicate',
            actorRef: sam,
            duplicateOf: '00000000-0000-0000-0000-000000000000',
          },
          at(3),
        ),
      ).rejects.toThrow('duplicateOf: there is no finding');
      expect((await store.get(f.id))!.status).toBe('new');
      expect(await store.history(f.id)).toHaveLength(1);
    });

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

    it('takes no "me too" on a closed finding, and names the finding one on a duplicate belongs on', async () => {
      const { store } = await storeFor(databaseId);
      const jordan = 'user:default/jordan.lee';
      const [resolved, declined, dup, canonical] = await Promise.all(
        ['r', 'd', 'dup', 'c'].map(
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
      await markDuplicate(store, dup.id, canonical.id, sam, at(3));
      const meToo = (id: string) =>
        store.addMeToo(id, { userRef: jordan, minutesLost: 5 }, at(4));
      await expect(meToo(resolved.id)).rejects.toMatchObject({
        name: 'ConflictError',
        message:
          'This finding is resolved; if the friction is still there, file a new finding',
      });
      await expect(meToo(declined.id)).rejects.toThrow(
        'This finding is declined;',
      );
      await expect(meToo(dup.id)).rejects.toThrow(
        `This finding is a duplicate of ${canonical.id}; say "me too" there`,
      );
      for (const f of [resolved, declined, dup])
        expect(await store.meToos(f.id)).toEqual([]);
      await store.triage(
        resolved.id,
        { action: 'reopen', actorRef: sam },
        at(5),
      );
      expect(await meToo(resolved.id)).toMatchObject({ meTooCount: 1 });
    });

    it("moves an entity's open findings to its new owner, with a history entry each, and leaves closed ones", async () => {
      const { store } = await storeFor(databaseId);
      const team = 'group:default/card-authorisation-team';
      const next = 'group:default/payments-platform';
      const { finding: open } = await store.file(finding(), at(2));
      const { finding: closed } = await store.file(
        finding({ title: 'closed' }),
        at(2),
      );
      await store.triage(
        closed.id,
        { action: 'decline', actorRef: sam, note: 'Works as designed' },
        at(3),
      );
      const { finding: elsewhere } = await store.file(
        finding({
          entityRef: 'component:default/status-page',
          ownerRef: 'group:default/sre-team',
        }),
        at(2),
      );
      await store.markWarned(open.id, 'triage', at(3));
      // The old team's assignee and snooze do not follow it.
      await store.triage(
        open.id,
        { action: 'assign', actorRef: sam, assigneeRef: sam },
        at(3),
      );
      await store.triage(
        open.id,
        {
          action: 'snooze',
          actorRef: sam,
          snoozedUntil: at(20).toISOString(),
        },
        at(3),
      );
      expect(
        (await store.openOwners()).sort((a, b) =>
          a.entityRef.localeCompare(b.entityRef),
        ),
      ).toEqual([
        { entityRef: 'component:default/card-authoriser', ownerRef: team },
        {
          entityRef: 'component:default/status-page',
          ownerRef: 'group:default/sre-team',
        },
      ]);
      expect(
        await store.reroute(
          'component:default/card-authoriser',
          team,
          next,
          'The catalog',
          at(4),
        ),
      ).toBe(1);
      expect(await store.get(open.id)).toMatchObject({
        ownerRef: next,
        triageWarnedAt: undefined,
        assigneeRef: undefined,
        snoozedUntil: undefined,
      });
      expect(await store.get(closed.id)).toMatchObject({ ownerRef: team });
      expect(await store.get(elsewhere.id)).toMatchObject({
        ownerRef: 'group:default/sre-team',
      });
      expect((await store.history(open.id)).pop()).toMatchObject({
        action: 'reroute',
        actorRef: 'The catalog',
        note: `from ${team} to ${next}, who owns component:default/card-authoriser now; no longer assigned or snoozed`,
      });
      // Nothing left to move the second time.
      expect(
        await store.reroute(
          'component:default/card-authoriser',
          team,
          next,
          'The catalog',
          at(5),
        ),
      ).toBe(0);
    });

    it('keeps comments in order and counts them', async () => {
      const { store } = await storeFor(databaseId);
      const { finding: f } = await store.file(finding(), at(2));
      await store.addComment(f.id, sam, 'Which OS were you on?', at(3));
      await store.addComment(f.id, riley, 'macOS 15', at(4));
      expect(
        (await store.comments(f.id)).map(c => [c.authorRef, c.body]),
      ).toEqual([
        [sam, 'Which OS were you on?'],
        [riley, 'macOS 15'],
      ]);
      expect((await store.get(f.id))!.commentCount).toBe(2);
      await expect(store.addComment('nope', sam, 'x', at(4))).rejects.toThrow(
        'There is no finding nope',
      );
    });

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

    it('reads and writes as before after the schema changes under statements it already ran', async () => {
      const { knex, store } = await storeFor(databaseId);
      const first = await store.file(finding(), at(2));
      const list = {
        sort: 'created',
        order: 'asc',
        offset: 0,
        limit: 5,
      } as const;
      expect((await store.list(list)).totalItems).toBe(1);
      const firstRow = () => knex('findings').select('*').first();
      expect(await firstRow()).not.toHaveProperty('added_later');
      await knex.schema.alterTable('findings', t =>
        t.string('added_later').defaultTo('there'),
      );
      expect(await firstRow()).toMatchObject({
        id: first.finding.id,
        added_later: 'there',
      });
      const directory = resolvePackagePath(
        '@internal/plugin-devzero-backend',
        'migrations',
      );
      await knex.migrate.rollback({ directory }, true);
      await knex.migrate.latest({ directory });
      expect(await store.list(list)).toEqual({ items: [], totalItems: 0 });
      const again = await store.file(finding({ title: 'Filed again' }), at(3));
      expect(await store.list(list)).toMatchObject({
        items: [{ id: again.finding.id, title: 'Filed again' }],
        totalItems: 1,
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

    it('migrates down and up again', async () => {
      const { knex, store } = await storeFor(databaseId);
      await store.file(finding(), at(2));
      const directory = resolvePackagePath(
        '@internal/plugin-devzero-backend',
        'migrations',
      );
      await knex.migrate.rollback({ directory }, true);
      expect(await knex.schema.hasTable('findings')).toBe(false);
      await knex.migrate.latest({ directory });
      expect(await knex.schema.hasTable('finding_events')).toBe(true);
    });
  },
);

// Where PostgreSQL refuses `create extension pg_trgm` (the plugin's user may
// not create in the database, or a managed service has not allow-listed the
// extension), the migrations go on without the trigram indexes, and text
// search reads every finding instead.
const postgres = databases
  .eachSupportedId()
  .filter(([id]) => id.startsWith('POSTGRES'));
describe.each(postgres)('DatabaseFindingStore on %s without pg_trgm', id => {
  it('migrates without the trigram indexes and still searches', async () => {
    const admin = await databases.init(id);
    const role = `devzero_no_trgm_${process.pid}`;
    await admin.raw('drop extension if exists pg_trgm');
    await admin.raw(`create role ${role} login password 'no-trgm'`);
    // The schema, but not the database: a trusted extension needs CREATE on
    // the database.
    await admin.raw(`grant usage, create on schema public to ${role}`);
    const settings = admin.client.config.connection as Knex.PgConnectionConfig;
    const knex = knexFactory({
      client: 'pg',
      connection: {
        host: settings.host,
        port: settings.port,
        database: settings.database,
        user: role,
        password: 'no-trgm',
      },
    });
    try {
      const store = await DatabaseFindingStore.create({
        database: { getClient: async () => knex },
      });
      const indexes = await admin('pg_indexes')
        .where({ tablename: 'findings' })
        .pluck('indexname');
      // The migrations after the text search's ran too.
      expect(indexes).toContain('findings_team_list_index');
      expect(indexes).not.toContain('findings_title_trgm_index');
      expect(await admin('pg_extension').where({ extname: 'pg_trgm' })).toEqual(
        [],
      );

      await store.file(finding({ title: 'Kafka Console times out' }), at(1));
      await store.file(finding({ title: 'Nothing here' }), at(2));
      const found = await store.list({
        text: 'kafka CONSOLE',
        sort: 'created',
        order: 'asc',
        offset: 0,
        limit: 10,
      });
      expect(found.items.map(i => i.title)).toEqual([
        'Kafka Console times out',
      ]);
      expect(found.totalItems).toBe(1);
    } finally {
      await knex.destroy();
      await admin.raw(`drop owned by ${role}`);
      await admin.raw(`drop role ${role}`);
    }
  });
});
