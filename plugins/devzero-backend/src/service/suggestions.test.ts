import { findingServiceInMemory } from '../__testUtils__/findingService';

// The filing dialog's suggestions over time: recently closed findings are
// suggested for 90 days after they were resolved or declined.

const riley = 'user:default/riley.novak';
const noor = 'user:default/noor.siddiqui';
const jordan = 'user:default/jordan.lee';

const DAY = 86_400_000;

describe('the filing suggestions', () => {
  it('include findings resolved or declined in the last 90 days beside the open ones, not older ones or duplicates', async () => {
    let now = Date.UTC(2026, 7, 1, 9);
    const {
      service,
      as,
      file: fileAs,
    } = await findingServiceInMemory({
      owner: jordan,
      now: () => new Date(now),
    });
    const file = (title: string) => fileAs(riley, title);
    const triage = async (id: string, change: any) =>
      service.triage(id, change, await as(jordan));

    const long = await file('HSM simulator missing from the guide, long ago');
    await triage(long.id, { action: 'resolve', note: 'Documented' });
    now += 10 * DAY;
    const open = await file('HSM simulator missing from the guide');
    const resolved = await file('HSM simulator missing from the set-up guide');
    const declined = await file('The guide misses the HSM simulator');
    const duplicate = await file('HSM simulator missing from guide');
    now += 85 * DAY;
    await triage(resolved.id, { action: 'resolve', note: 'Documented' });
    await triage(declined.id, { action: 'decline', note: 'As designed' });
    await triage(duplicate.id, {
      action: 'mark-duplicate',
      duplicateOf: open.id,
    });
    now += 3 * DAY;

    const suggested = await service.similar(
      'component:default/card-authoriser',
      'HSM simulator is missing from the guide',
      await as(noor),
    );
    expect(suggested.map(f => [f.title, f.status]).sort()).toEqual(
      [
        [open.title, 'new'],
        [resolved.title, 'resolved'],
        [declined.title, 'declined'],
      ].sort(),
    );
    expect(suggested.find(f => f.id === declined.id)).toMatchObject({
      declineReason: 'As designed',
    });
    // The one resolved 98 days ago: past the window, and a "me too" on it
    // asks for a new finding instead.
    await expect(
      service.meToo(long.id, { minutesLost: 5 }, await as(noor)),
    ).rejects.toThrow('if the friction is still there, file a new finding');
  });
});
