import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { cardAuthoriser, user } from '../__testUtils__/catalog';
import { memoryStore } from '../__testUtils__/memoryStore';
import { FindingService } from '../service/FindingService';
import { DEFAULT_SLA_TARGETS } from '../service/sla';
import { registerActions } from './index';

const team = 'group:default/card-authorisation-team';

async function setUp() {
  const { store, knex } = await memoryStore();
  const authorisationApi = {
    ...cardAuthoriser(team),
    kind: 'API',
    metadata: { name: 'authorisation-api', namespace: 'default' },
  };
  const service = new FindingService({
    store,
    catalog: catalogServiceMock({
      entities: [cardAuthoriser(team), authorisationApi, user('jordan.lee')],
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
  const { actions } = await registry.list();
  return { registry, actions, knex };
}

describe('the Developer Zero actions as agents see them', () => {
  it('declare what they do to the findings', async () => {
    const { actions, knex } = await setUp();
    expect(
      Object.fromEntries(actions.map(a => [a.name, a.attributes])),
    ).toEqual({
      'list-findings': { readOnly: true, destructive: false, idempotent: true },
      'get-finding': { readOnly: true, destructive: false, idempotent: true },
      'file-finding': {
        readOnly: false,
        destructive: false,
        idempotent: false,
      },
      'triage-finding': {
        readOnly: false,
        destructive: true,
        idempotent: false,
      },
    });
    await knex.destroy();
  });

  it('describe the fields of the HTTP API they are checked by', async () => {
    const { actions, knex } = await setUp();
    const input = (name: string) =>
      actions.find(a => a.name === name)!.schema.input as {
        properties: Record<string, { description?: string; enum?: string[] }>;
        required?: string[];
      };
    const file = input('file-finding');
    expect(Object.keys(file.properties)).toEqual([
      'entityRef',
      'title',
      'scenario',
      'journeyStep',
      'category',
      'severity',
      'minutesLost',
      'steps',
      'expected',
      'actual',
      'mayContact',
      'hideReporter',
      'links',
      'externalUrl',
      'idempotencyKey',
    ]);
    expect(file.required?.sort()).toEqual(
      [
        'entityRef',
        'title',
        'scenario',
        'journeyStep',
        'category',
        'severity',
        'minutesLost',
      ].sort(),
    );
    expect(file.properties.severity.enum).toContain('blocked-me');
    expect(file.properties.scenario.description).toBe(
      'What you were trying to do, in a sentence or two',
    );
    const triage = input('triage-finding');
    expect(Object.keys(triage.properties).sort()).toEqual(
      [
        'id',
        'action',
        'note',
        'fixUrl',
        'duplicateOf',
        'assigneeRef',
        'snoozedUntil',
        'externalUrl',
      ].sort(),
    );
    expect(triage.properties.externalUrl.description).toBe(
      'link-issue: the GitHub or Jira issue, or null to unlink',
    );
    await knex.destroy();
  });

  it('each have examples that pass the checks their input goes through', async () => {
    const { registry, actions, knex } = await setUp();
    const credentials = mockCredentials.user('user:default/jordan.lee');
    for (const action of actions) {
      expect(action.examples?.length).toBeGreaterThan(0);
      for (const example of action.examples!) {
        // The examples' finding ids are made up: past the checks, the
        // finding is not found.
        const outcome = await registry
          .invoke({
            id: action.id,
            input: example.input,
            credentials,
          })
          .then(
            () => 'done',
            (error: Error) => `${error.name}: ${error.message}`,
          );
        expect([action.name, example.title, outcome]).toEqual([
          action.name,
          example.title,
          expect.stringMatching(/^(done|NotFoundError: There is no finding)/),
        ]);
      }
    }
    await knex.destroy();
  });
});
