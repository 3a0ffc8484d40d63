import { Entity } from '@backstage/catalog-model';
import {
  adoptionAnnotationProblem,
  ReferenceArchitectureProcessor,
} from './ReferenceArchitectureProcessor';

const architecture = (spec: Record<string, unknown> = {}): Entity => ({
  apiVersion: 'fitsys.dev/v1alpha1',
  kind: 'ReferenceArchitecture',
  metadata: { name: 'event-driven-service', namespace: 'default' },
  spec: {
    owner: 'group:default/platform',
    version: '2.0.0',
    lifecycle: 'recommended',
    problem: 'Services must publish events reliably.',
    solution: 'An outbox table and a relay.',
    template: 'event-driven-service',
    ...spec,
  },
});

const location = {
  type: 'url',
  target: 'https://example.com/catalog-info.yaml',
};

function emitted(entity: Entity) {
  const results: any[] = [];
  return new ReferenceArchitectureProcessor()
    .postProcessEntity(entity, location, r => results.push(r))
    .then(() => results);
}

const system = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'orders', namespace: 'default', annotations },
  spec: { owner: 'orders-team' },
});

describe('ReferenceArchitectureProcessor', () => {
  const processor = new ReferenceArchitectureProcessor();

  it('accepts a valid reference architecture and leaves other kinds to others', async () => {
    await expect(processor.validateEntityKind(architecture())).resolves.toBe(
      true,
    );
    await expect(processor.validateEntityKind(system({}))).resolves.toBe(false);
  });

  it('refuses an invalid one, naming every field at fault', async () => {
    await expect(
      processor.validateEntityKind(
        architecture({ version: 'v2', lifecycle: 'adopt' }),
      ),
    ).rejects.toThrow(
      'ReferenceArchitecture "event-driven-service" is not valid:\nspec.version: must be a semantic version such as 2.1.0 (this version), not "v2"\nspec.lifecycle: must be one of draft, trial, recommended, hold, deprecated, retired, not "adopt"',
    );
  });

  it('records the owner and template relations both ways', async () => {
    const results = await emitted(architecture());
    const relations = results.map(r => [
      r.relation.type,
      `${r.relation.source.kind}:${r.relation.source.name}`,
      `${r.relation.target.kind}:${r.relation.target.name}`,
    ]);
    expect(relations).toEqual([
      [
        'ownedBy',
        'ReferenceArchitecture:event-driven-service',
        'group:platform',
      ],
      [
        'ownerOf',
        'group:platform',
        'ReferenceArchitecture:event-driven-service',
      ],
      [
        'startedByTemplate',
        'ReferenceArchitecture:event-driven-service',
        'template:event-driven-service',
      ],
      [
        'startsArchitecture',
        'template:event-driven-service',
        'ReferenceArchitecture:event-driven-service',
      ],
    ]);
  });

  it('relates an adopter to the architecture its annotation names', async () => {
    const results = await emitted(
      system({
        'fitsys.dev/reference-architecture': 'Event-Driven-Service',
        'fitsys.dev/reference-architecture-version': '2.0.0',
      }),
    );
    expect(results.map(r => r.relation.type)).toEqual([
      'followsArchitecture',
      'followedBy',
    ]);
    expect(results[0].relation.target).toEqual({
      kind: 'ReferenceArchitecture',
      namespace: 'default',
      name: 'event-driven-service',
    });
  });

  it("reports an adopter's malformed annotations on the adopter", async () => {
    const [result] = await emitted(
      system({
        'fitsys.dev/reference-architecture': 'event-driven-service',
        'fitsys.dev/reference-architecture-version': 'latest',
      }),
    );
    expect(result.type).toBe('error');
    expect(result.error.message).toBe(
      'System "orders": metadata.annotations["fitsys.dev/reference-architecture-version"] must be a semantic version such as 2.1.0, not "latest"',
    );
  });

  it('checks the form of the adoption annotations', () => {
    const problemOf = (annotations: Record<string, string>) =>
      adoptionAnnotationProblem(system(annotations));
    expect(problemOf({})).toBeUndefined();
    expect(
      problemOf({ 'fitsys.dev/reference-architecture-version': '1.0.0' }),
    ).toMatch(/is set without/);
    expect(problemOf({ 'fitsys.dev/reference-architecture': 'a b' })).toMatch(
      /must name a reference architecture/,
    );
    expect(problemOf({ 'fitsys.dev/reference-architecture': 'batch' })).toMatch(
      /is required beside/,
    );
  });
});
