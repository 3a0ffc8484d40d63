import { newFinding } from '../__testUtils__/findings';
import {
  at,
  findingStoreDatabases,
  riley,
  sam,
} from '../__testUtils__/findingStoreDatabases';

// Filing, the workflow, comments and following owners; the schema's
// changes are in DatabaseFindingStoreSchema.test.ts, the other areas' tests
// beside their operations (./operations/*.test.ts).

jest.setTimeout(60_000);

const { databases, storeFor } = findingStoreDatabases();

const finding = newFinding;

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
      expect(
        (await store.history(f.id)).map(e => [e.note, e.assigneeRef]),
      ).toEqual([
        [undefined, undefined],
        [undefined, undefined],
        // The assignee is a field; the note is only why.
        ['Jordan wrote the guide', 'user:default/jordan.lee'],
        [
          'fixed in https://git.example/pr/42; Added the simulator to the guide',
          undefined,
        ],
        ['Still missing a step', undefined],
      ]);
    });

    it('records an unassignment and the original of a duplicate as fields', async () => {
      const { store } = await storeFor(databaseId);
      const { finding: original } = await store.file(finding(), at(2));
      const { finding: f } = await store.file(
        finding({ title: 'Same again', reporterRef: sam }),
        at(3),
      );
      const triage = (change: Parameters<typeof store.triage>[1]) =>
        store.triage(f.id, change, at(4));
      await triage({ action: 'assign', actorRef: riley, assigneeRef: sam });
      await triage({ action: 'assign', actorRef: riley, note: 'Sam is away' });
      await triage({
        action: 'mark-duplicate',
        actorRef: riley,
        duplicateOf: original.id,
      });
      expect(
        (await store.history(f.id)).slice(1).map(e => ({
          action: e.action,
          note: e.note,
          assigneeRef: e.assigneeRef,
          duplicateOf: e.duplicateOf,
        })),
      ).toEqual([
        { action: 'assign', assigneeRef: sam },
        { action: 'assign', note: 'Sam is away' },
        { action: 'mark-duplicate', duplicateOf: original.id },
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
  },
);
