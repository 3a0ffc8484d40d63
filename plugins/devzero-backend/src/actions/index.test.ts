import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { cardAuthoriser, user } from '../__testUtils__/catalog';
import { memoryStore } from '../__testUtils__/memoryStore';
import { registerActions } from './index';
import { FindingService } from '../service/FindingService';
import { DEFAULT_SLA_TARGETS } from '../service/sla';

const riley = 'user:default/riley.novak';

async function setUp() {
  const { store, knex } = await memoryStore();
  const service = new FindingService({
    store,
    catalog: catalogServiceMock({
      entities: [
        cardAuthoriser('group:default/card-authorisation-team'),
        user('riley.novak'),
      ],
    }),
    permissions: mockServices.permissions(),
    userInfo: mockServices.userInfo(),
    slaTargets: DEFAULT_SLA_TARGETS,
    reporterVisibleToOwners: true,
  });
  const registry = actionsRegistryServiceMock({
    logger: mockServices.logger.mock(),
  });
  registerActions(registry, service);
  return { registry, knex };
}

describe('Developer Zero actions', () => {
  it('files a finding for the calling user, once per idempotency key, and lists it', async () => {
    const { registry, knex } = await setUp();
    const input = {
      entityRef: 'component:default/card-authoriser',
      title: 'Error says "E42" and nothing else',
      scenario: 'I called the authorisation API with a test card.',
      journeyStep: 'first-use',
      category: 'error-message',
      severity: 'slowed-me-down',
      minutesLost: 25,
      idempotencyKey: 'agent-run-0001',
    };
    const credentials = mockCredentials.user(riley);
    const first = await registry.invoke({
      id: 'test:file-finding',
      input,
      credentials,
    });
    const again = await registry.invoke({
      id: 'test:file-finding',
      input,
      credentials,
    });
    expect(first.output).toMatchObject({
      ownerRef: 'group:default/card-authorisation-team',
      status: 'new',
      created: true,
    });
    expect(again.output).toMatchObject({ created: false });

    const listed = await registry.invoke({
      id: 'test:list-findings',
      input: { reporter: 'me' },
      credentials,
    });
    expect(listed.output).toMatchObject({
      totalItems: 1,
      items: [
        { title: 'Error says "E42" and nothing else', triageSla: 'on-track' },
      ],
    });
    await knex.destroy();
  });

  it('validates like the HTTP API and names the field', async () => {
    const { registry, knex } = await setUp();
    const credentials = mockCredentials.user(riley);
    const filed = await registry.invoke({
      id: 'test:file-finding',
      input: {
        entityRef: 'component:default/card-authoriser',
        title: 'x',
        scenario: 'y',
        journeyStep: 'build',
        category: 'other',
        severity: 'annoyance',
        minutesLost: 1,
      },
      credentials,
    });
    const id = (filed.output as { id: string }).id;
    await expect(
      registry.invoke({
        id: 'test:triage-finding',
        input: { id, action: 'decline' },
        credentials,
      }),
    ).rejects.toThrow(
      'body.note: a declined finding needs the reason, for the reporter',
    );
    await expect(
      registry.invoke({
        id: 'test:triage-finding',
        input: { id, action: 'resolve', fixUrl: 'https://git.example/pr/7' },
        credentials,
      }),
    ).rejects.toThrow(
      'body.note: a resolved finding needs a resolution note: what was done, for the reporter',
    );
    const declined = await registry.invoke({
      id: 'test:triage-finding',
      input: { id, action: 'decline', note: 'Works as designed' },
      credentials,
    });
    expect(declined.output).toEqual({ id, status: 'declined' });
    await knex.destroy();
  });

  it('lists with the filters, sorting and paging of the findings page', async () => {
    const { registry, knex } = await setUp();
    const credentials = mockCredentials.user(riley);
    const file = (title: string, category: string, minutesLost: number) =>
      registry.invoke({
        id: 'test:file-finding',
        input: {
          entityRef: 'component:default/card-authoriser',
          title,
          scenario: 'I tried the card authoriser.',
          journeyStep: 'first-use',
          category,
          severity: 'slowed-me-down',
          minutesLost,
          ...(title === 'C' && {
            externalUrl: 'https://github.com/fernhill/card-authoriser/issues/9',
          }),
        },
        credentials,
      });
    await file('A', 'documentation', 10);
    await file('B', 'error-message', 50);
    const c = await file('C', 'documentation', 30);
    const list = async (input: object) =>
      (await registry.invoke({ id: 'test:list-findings', input, credentials }))
        .output as { totalItems: number; items: Array<{ title: string }> };
    const docs = await list({
      category: ['documentation'],
      sort: 'minutes-lost',
      limit: 1,
    });
    expect(docs.totalItems).toBe(2);
    expect(docs.items.map(i => i.title)).toEqual(['C']);
    const next = await list({
      category: ['documentation'],
      sort: 'minutes-lost',
      limit: 1,
      offset: 1,
    });
    expect(next.items.map(i => i.title)).toEqual(['A']);
    await registry.invoke({
      id: 'test:triage-finding',
      input: {
        id: (c.output as { id: string }).id,
        action: 'assign',
        assigneeRef: riley,
      },
      credentials,
    });
    await expect(
      registry.invoke({
        id: 'test:triage-finding',
        input: {
          id: (c.output as { id: string }).id,
          action: 'assign',
          assigneeRef: 'user:default/nobody',
        },
        credentials,
      }),
    ).rejects.toThrow(
      'assigneeRef: there is no user user:default/nobody in the catalog',
    );
    const mine = await list({ assignee: 'me' });
    expect(mine.items.map(i => i.title)).toEqual(['C']);
    await expect(list({ from: 'last week' })).rejects.toThrow(
      'from: Invalid datetime',
    );

    const details = await registry.invoke({
      id: 'test:get-finding',
      input: { id: (c.output as { id: string }).id },
      credentials,
    });
    expect(details.output).toMatchObject({
      finding: {
        finding: {
          externalUrl: 'https://github.com/fernhill/card-authoriser/issues/9',
        },
      },
    });
    await knex.destroy();
  });

  it('refuses to act for a service instead of a user', async () => {
    const { registry, knex } = await setUp();
    await expect(
      registry.invoke({
        id: 'test:list-findings',
        input: {},
        credentials: mockCredentials.service(),
      }),
    ).rejects.toThrow('Developer Zero actions act for a signed-in user');
    await knex.destroy();
  });
});
