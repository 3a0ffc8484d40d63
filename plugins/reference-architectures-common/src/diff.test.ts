import { architecture } from './__fixtures__/architecture';
import { diffVersions } from './diff';

describe('diffVersions', () => {
  it('names building blocks, rules and quality attributes added, removed and changed', () => {
    const older = architecture({ version: '1.2.0' }).spec;
    const newer = architecture({
      version: '2.0.0',
      lifecycle: 'recommended',
      buildingBlocks: [
        {
          name: 'Outbox',
          responsibility: 'Holds events',
          why: 'No event is lost',
          technology: 'PostgreSQL 16',
        },
        {
          name: 'Schema registry',
          responsibility: 'Versions schemas',
          why: 'Consumers do not break',
        },
      ],
      rules: [
        {
          id: 'has-database',
          title: 'Keeps its own database',
          severity: 'warning',
          level: 'bronze',
          check: { dependsOn: { kind: 'Resource', type: 'database' } },
        },
        {
          id: 'max-deps',
          title: 'Few dependencies',
          severity: 'info',
          check: { maxDependencies: 5 },
        },
      ],
      qualityAttributes: {
        availability: {
          rating: 5,
          tradeoff: 'The relay is one more moving part',
        },
        cost: { rating: 3, tradeoff: 'A table and a relay per service' },
      },
    }).spec;
    const diff = diffVersions(older, newer);
    expect(diff.from).toBe('1.2.0');
    expect(diff.to).toBe('2.0.0');
    expect(diff.buildingBlocks).toEqual([
      {
        key: 'Outbox',
        change: 'changed',
        fields: [
          { field: 'technology', from: 'PostgreSQL', to: 'PostgreSQL 16' },
        ],
      },
      { key: 'Schema registry', change: 'added' },
      { key: 'Relay', change: 'removed' },
    ]);
    expect(diff.rules).toEqual([
      {
        key: 'has-database',
        change: 'changed',
        fields: [{ field: 'severity', from: 'error', to: 'warning' }],
      },
      { key: 'max-deps', change: 'added' },
      { key: 'no-legacy-db', change: 'removed' },
      { key: 'publishes-events', change: 'removed' },
      { key: 'docs', change: 'removed' },
    ]);
    expect(diff.qualityAttributes).toEqual([
      {
        attribute: 'availability',
        from: { rating: 4, tradeoff: 'The relay is one more moving part' },
        to: { rating: 5, tradeoff: 'The relay is one more moving part' },
      },
    ]);
    expect(diff.fields).toEqual([]);
  });

  it('names changed single fields, and long Markdown as changed without its text', () => {
    const diff = diffVersions(
      architecture({ lifecycle: 'trial', solution: 'a'.repeat(300) }).spec,
      architecture({ lifecycle: 'recommended', solution: 'b'.repeat(300) })
        .spec,
    );
    expect(diff.fields).toEqual([
      { field: 'lifecycle', from: 'trial', to: 'recommended' },
      { field: 'solution' },
    ]);
  });
});
