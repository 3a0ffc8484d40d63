import { isReferenceArchitectureAdopter } from './filters';

const entity = (kind: string, annotations?: Record<string, string>) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'x', annotations },
});

describe('isReferenceArchitectureAdopter', () => {
  it('holds for a System or Component carrying the adoption annotation, and nothing else', () => {
    const follows = { 'fitsys.dev/reference-architecture': 'batch-pipeline' };
    expect(isReferenceArchitectureAdopter(entity('System', follows))).toBe(
      true,
    );
    expect(isReferenceArchitectureAdopter(entity('Component', follows))).toBe(
      true,
    );
    expect(isReferenceArchitectureAdopter(entity('API', follows))).toBe(false);
    expect(isReferenceArchitectureAdopter(entity('System'))).toBe(false);
  });
});
