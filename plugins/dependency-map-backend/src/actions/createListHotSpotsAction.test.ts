import { InputError } from '@backstage/errors';
import {
  actionsOverFixture,
  failureOf,
} from './__testUtils__/actionsOverFixture';

describe('list-dependency-hot-spots', () => {
  const { invoke } = actionsOverFixture();

  it('ranks the hot spots, the database first', async () => {
    const page = await invoke('list-dependency-hot-spots', { limit: 2 });
    expect(page.totalItems).toBe(13);
    expect(page.items.map((h: any) => h.node.id)).toEqual([
      'resource:default/db',
      'library:http@1.0',
    ]);
    expect(page.errorBound).toMatch(/counted exactly/);
  });

  it('filters by type', async () => {
    const page = await invoke('list-dependency-hot-spots', { type: 'zone' });
    expect(page.items.map((h: any) => h.node.id)).toEqual(['zone:eu-west-1a']);
  });

  it('refuses an unknown type', async () => {
    const error = await failureOf(
      invoke('list-dependency-hot-spots', { type: 'planet' }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/"type"/);
  });
});
