import { NotAllowedError } from '@backstage/errors';
import { findingServiceInMemory } from '../__testUtils__/findingService';

const riley = 'user:default/riley.novak';
const noor = 'user:default/noor.siddiqui';
const jordan = 'user:default/jordan.lee';

async function setUp(options: {
  reporterVisibleToOwners?: boolean;
  anonymousFiling?: boolean;
}) {
  let tick = 0;
  const { service, as, file } = await findingServiceInMemory({
    ...options,
    owner: jordan,
    // A second apart, so findings filed in a row list in filing order.
    now: () => new Date(Date.UTC(2026, 10, 20) + (tick += 1000)),
  });
  const page = {
    sort: 'created' as const,
    order: 'asc' as const,
    offset: 0,
    limit: 50,
  };
  return { service, as, file, page };
}

describe('a reporter who keeps their name from the owners', () => {
  it('is hidden from the owners in the finding, its history and the list, and shown to themselves', async () => {
    const { service, as, file, page } = await setUp({});
    const hidden = await file(riley, 'Guide misses the simulator', true);
    expect(hidden.reporterRef).toBe(riley);
    expect(hidden.reporterHidden).toBe(true);

    const seen = await service.get(hidden.id, await as(jordan));
    expect(seen.finding.reporterRef).toBeUndefined();
    expect(seen.history[0].actorRef).toBe('the reporter');
    const listed = await service.list(page, await as(jordan));
    expect(listed.items[0].reporterRef).toBeUndefined();

    expect(
      (await service.get(hidden.id, await as(riley))).finding.reporterRef,
    ).toBe(riley);
  });

  it('cannot be found by an owner filtering on their name, while their other findings can', async () => {
    const { service, as, file, page } = await setUp({});
    await file(riley, 'Hidden one', true);
    await file(riley, 'Signed one');
    await file(noor, 'Someone else');
    const byRiley = await service.list(
      { ...page, reporterRef: riley },
      await as(jordan),
    );
    expect(byRiley.items.map(f => f.title)).toEqual(['Signed one']);
    const mine = await service.list(
      { ...page, reporterRef: riley },
      await as(riley),
    );
    expect(mine.items.map(f => f.title)).toEqual(['Hidden one', 'Signed one']);
    const exported = await service.exportAll(
      { reporterRef: riley },
      await as(jordan),
    );
    expect(exported.map(f => f.title)).toEqual(['Signed one']);
  });

  it('stays hidden on the finding their duplicate was merged into', async () => {
    const { service, as, file } = await setUp({});
    const canonical = await file(noor, 'Guide misses the simulator');
    const duplicate = await file(riley, 'No HSM simulator in the guide', true);
    const signed = await file(
      'user:default/ethan.castellano',
      'Where is the simulator?',
    );
    for (const d of [duplicate, signed]) {
      await service.triage(
        d.id,
        { action: 'mark-duplicate', duplicateOf: canonical.id },
        await as(jordan),
      );
    }
    await service.comment(canonical.id, 'Same for me.', await as(riley));

    const seen = await service.get(canonical.id, await as(jordan));
    expect(seen.meToos.map(m => [m.userRef, m.minutesLost])).toEqual([
      ['a hidden reporter', 30],
      ['user:default/ethan.castellano', 30],
    ]);
    expect(seen.comments.map(c => c.authorRef)).toEqual(['a hidden reporter']);
    expect(JSON.stringify(seen)).not.toContain(riley);
    // The reporter sees themselves.
    const own = await service.get(canonical.id, await as(riley));
    expect(own.meToos.map(m => m.userRef)).toContain(riley);
  });

  it('stays hidden there after reopening their duplicate, which takes their "me too" back', async () => {
    const { service, as, file } = await setUp({});
    const canonical = await file(noor, 'Guide misses the simulator');
    const duplicate = await file(riley, 'No HSM simulator in the guide', true);
    await service.triage(
      duplicate.id,
      { action: 'mark-duplicate', duplicateOf: canonical.id },
      await as(jordan),
    );
    await service.comment(canonical.id, 'Same for me.', await as(riley));
    await service.triage(
      duplicate.id,
      { action: 'reopen', note: 'Not the same after all' },
      await as(riley),
    );

    const seen = await service.get(canonical.id, await as(jordan));
    expect(seen.meToos).toEqual([]);
    expect(seen.history.pop()).toMatchObject({
      action: 'unmerge',
      actorRef: 'a hidden reporter',
    });
    expect(seen.comments.map(c => c.authorRef)).toEqual(['a hidden reporter']);
    expect(JSON.stringify(seen)).not.toContain(riley);
  });

  it('is refused where the portal does not allow it', async () => {
    const { file } = await setUp({ anonymousFiling: false });
    await expect(file(riley, 'Hidden one', true)).rejects.toThrow(
      /^hideReporter: this portal does not let reporters keep their name/,
    );
    await expect(file(riley, 'Signed one')).resolves.toMatchObject({
      reporterRef: riley,
    });
  });
});

describe('a portal that shows no reporter to owners', () => {
  it("refuses to filter by someone else's name, but not by one's own", async () => {
    const { service, as, file, page } = await setUp({
      reporterVisibleToOwners: false,
    });
    await file(riley, 'Signed one');
    await expect(
      service.list({ ...page, reporterRef: riley }, await as(jordan)),
    ).rejects.toThrow(NotAllowedError);
    expect(
      (await service.list({ ...page, reporterRef: riley }, await as(riley)))
        .totalItems,
    ).toBe(1);
    const listed = await service.list(page, await as(jordan));
    expect(listed.items[0].reporterRef).toBeUndefined();
  });
});
