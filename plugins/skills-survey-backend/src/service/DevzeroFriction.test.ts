import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { CatalogView } from '@internal/plugin-fitsys-node';
import { component } from '../__testUtils__/organisation';
import { DevzeroFriction } from './DevzeroFriction';

const ledger = component('ledger', 'group:default/clearing', {
  tags: ['java'],
});
const settlement = component('settlement', 'group:default/clearing', {
  tags: ['kafka'],
});

const view = (key: string, entities: Entity[]) =>
  ({
    key,
    all: false,
    entities,
    isVisible: () => true,
  } as unknown as CatalogView);

function friction(views: Map<string, CatalogView>) {
  let now = Date.parse('2026-12-03T10:00:00Z');
  const answers: Array<Record<string, unknown>[]> = [];
  const fetched: string[] = [];
  jest.spyOn(Date, 'now').mockImplementation(() => now);
  jest.spyOn(global, 'fetch').mockImplementation(async input => {
    fetched.push(String(input));
    return new Response(JSON.stringify({ items: answers[0] }), {
      headers: { 'content-type': 'application/json' },
    });
  });
  const reader = new DevzeroFriction({
    auth: mockServices.auth(),
    discovery: mockServices.discovery(),
    snapshots: {
      viewFor: async (credentials: any) =>
        views.get(credentials.principal.userEntityRef)!,
    } as any,
    rules: [
      { tag: 'java', technology: 'java' },
      { tag: 'kafka', technology: 'kafka' },
    ],
    logger: mockServices.logger.mock(),
  });
  return {
    reader,
    fetched,
    answer: (items: Record<string, unknown>[]) => answers.unshift(items),
    later: (ms: number) => {
      now += ms;
    },
  };
}

const finding = (name: string, minutesLost: number) => ({
  entityRef: `component:default/${name}`,
  findings: 1,
  open: 1,
  minutesLost,
});

describe('DevzeroFriction', () => {
  afterEach(() => jest.restoreAllMocks());

  it('sums friction once per view and reading, each caller over what they see', async () => {
    const views = new Map([
      ['user:default/all', view('1:all', [ledger, settlement])],
      ['user:default/part', view('1:part', [ledger])],
      ['user:default/all-too', view('1:all', [ledger, settlement])],
    ]);
    const { reader, fetched, answer, later } = friction(views);
    answer([finding('ledger', 60), finding('settlement', 30)]);
    const as = (user: string) =>
      reader.forViewer(mockCredentials.user(`user:default/${user}`));

    const all = await as('all');
    expect(Object.fromEntries(all.byTechnology)).toEqual({
      java: { entities: 1, findings: 1, openFindings: 1, minutesLost: 60 },
      kafka: { entities: 1, findings: 1, openFindings: 1, minutesLost: 30 },
    });
    // Nothing of what the other caller cannot see.
    const part = await as('part');
    expect([...part.byTechnology.keys()]).toEqual(['java']);
    // The same view is not summed again: the same sums, one reading.
    expect((await as('all-too')).byTechnology).toBe(all.byTechnology);
    expect(fetched).toHaveLength(1);

    // A newer reading of Developer Zero is summed afresh.
    later(61_000);
    answer([finding('ledger', 90)]);
    const fresh = await as('all');
    expect(fetched).toHaveLength(2);
    expect(Object.fromEntries(fresh.byTechnology)).toEqual({
      java: { entities: 1, findings: 1, openFindings: 1, minutesLost: 90 },
    });

    // So is a new snapshot (a new key) with the same reading.
    views.set('user:default/all', view('2:all', [settlement]));
    expect([...(await as('all')).byTechnology.keys()]).toEqual([]);
    views.set('user:default/all', view('3:all', [ledger]));
    expect((await as('all')).byTechnology.get('java')?.minutesLost).toBe(90);
    expect(fetched).toHaveLength(2);
  });
});
