import { mockServices } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { InputError, NotFoundError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import {
  failureOf,
  INSIDER,
  inMemorySnapshots,
  OUTSIDER,
} from '@internal/plugin-fitsys-node/testUtils';
import { fixtureCatalog } from '../__testUtils__/fixture';
import {
  REFERENCE_ARCHITECTURE_FIELDS,
  REFERENCE_ARCHITECTURE_KINDS,
  ReferenceArchitecturesService,
} from '../service/ReferenceArchitecturesService';
import { registerActions } from './index';

function actions() {
  const service = new ReferenceArchitecturesService({
    snapshots: inMemorySnapshots({
      entities: fixtureCatalog(),
      hiddenOwner: 'group:default/data',
      kinds: REFERENCE_ARCHITECTURE_KINDS,
      fields: REFERENCE_ARCHITECTURE_FIELDS,
    }),
    logger: mockServices.logger.mock(),
    now: () => new Date('2026-12-02T10:00:00Z'),
  });
  const registry = actionsRegistryServiceMock();
  registerActions(registry, service);
  const invoke = async (
    name: string,
    input: JsonObject,
    credentials = INSIDER,
  ) =>
    (await registry.invoke({ id: `test:${name}`, input, credentials }))
      .output as any;
  return { registry, invoke };
}

describe('reference architecture actions', () => {
  const { registry, invoke } = actions();

  it('registers four read-only actions whose examples pass their schemas', async () => {
    const list = (await registry.list()).actions;
    expect(list.map(a => [a.name, a.attributes])).toEqual(
      [
        'list-reference-architectures',
        'get-reference-architecture',
        'check-reference-architecture-conformance',
        'list-overdue-architecture-revisits',
      ].map(name => [
        name,
        { readOnly: true, destructive: false, idempotent: true },
      ]),
    );
    for (const action of list) {
      for (const example of action.examples ?? []) {
        const outcome = await registry
          .invoke({
            id: action.id,
            input: example.input as JsonObject,
            credentials: INSIDER,
          })
          .then(
            () => 'answered',
            error => (error instanceof NotFoundError ? 'not found' : error),
          );
        expect({ action: action.name, outcome }).toEqual({
          action: action.name,
          outcome: expect.stringMatching(/^(answered|not found)$/),
        });
      }
    }
  });

  it('lists the library as the caller may see it', async () => {
    const all = await invoke('list-reference-architectures', {});
    expect(all.items.map((i: any) => i.series)).toEqual([
      'event-driven-service',
      'scheduled-batch-job',
    ]);
    const outsider = await invoke('list-reference-architectures', {}, OUTSIDER);
    expect(outsider.items.map((i: any) => i.series)).toEqual([
      'event-driven-service',
    ]);
    const byQuality = await invoke('list-reference-architectures', {
      quality: 'operability',
    });
    expect(byQuality.totalCount).toBe(1);
  });

  it('reads one in full with what changed from the previous version', async () => {
    const output = await invoke('get-reference-architecture', {
      name: 'event-driven-service',
    });
    expect(output.architecture.version.spec.version).toBe('2.0.0');
    expect(output.changesFromPrevious.buildingBlocks).toEqual([
      { key: 'Schema registry', change: 'added' },
    ]);
    const failure = await failureOf(
      invoke(
        'get-reference-architecture',
        { name: 'scheduled-batch-job' },
        OUTSIDER,
      ),
    );
    expect(failure).toBeInstanceOf(NotFoundError);
  });

  it("checks an entity's conformance, and names a bad ref", async () => {
    const { conformance } = await invoke(
      'check-reference-architecture-conformance',
      { entityRef: 'orders' },
    );
    expect(conformance.adopter).toMatchObject({
      ref: 'system:default/orders',
      conformance: { score: 100 },
    });
    const bad = await failureOf(
      invoke('check-reference-architecture-conformance', {
        entityRef: 'system:default/',
      }),
    );
    expect(bad).toBeInstanceOf(InputError);
    const hidden = await failureOf(
      invoke(
        'check-reference-architecture-conformance',
        { entityRef: 'component:default/nightly-report' },
        OUTSIDER,
      ),
    );
    expect(hidden.message).toBe(
      'entityRef: component:default/nightly-report follows no reference architecture that you can see',
    );
  });

  it('refuses a field it does not take, naming it, instead of ignoring it', async () => {
    // An agent that misspells a field must hear so, not get the unfiltered
    // answer as though its filter had applied.
    for (const [name, input] of [
      ['list-reference-architectures', { lifecycles: ['recommended'] }],
      ['get-reference-architecture', { name: 'event-driven-service', v: '1' }],
      [
        'check-reference-architecture-conformance',
        { entityRef: 'system:default/orders', entity: 'x' },
      ],
      ['list-overdue-architecture-revisits', { owner: 'group:default/data' }],
    ] as const) {
      const failure = await failureOf(invoke(name, input as JsonObject));
      expect({ name, failure }).toEqual({
        name,
        failure: expect.any(InputError),
      });
      expect(failure.message).toMatch(/unrecognized_keys/);
      expect(failure.message).toContain(
        `"${Object.keys(input).find(k => !['name', 'entityRef'].includes(k))}"`,
      );
    }
  });

  it('lists overdue revisits', async () => {
    const { items } = await invoke('list-overdue-architecture-revisits', {});
    expect(
      items.map((i: any) => [i.type, i.decisionId, i.daysOverdue]),
    ).toEqual([['decision', 'adr-0001', 641]]);
  });
});
