import { architecture } from '../__fixtures__/architecture';
import { formatProblems, validateReferenceArchitecture } from './validate';

const problemsOf = (spec: Record<string, unknown>) =>
  validateReferenceArchitecture(architecture(spec));
const fields = (spec: Record<string, unknown>) =>
  problemsOf(spec).map(p => p.field);

describe('validateReferenceArchitecture', () => {
  it('accepts a complete reference architecture', () => {
    expect(validateReferenceArchitecture(architecture())).toEqual([]);
  });

  it('names the field and the allowed values of a bad version or lifecycle', () => {
    const problems = problemsOf({ version: '2.1', lifecycle: 'adopt' });
    expect(formatProblems(problems)).toContain(
      'spec.version: must be a semantic version such as 2.1.0 (this version), not "2.1"',
    );
    expect(formatProblems(problems)).toContain(
      'spec.lifecycle: must be one of draft, trial, recommended, hold, deprecated, retired, not "adopt"',
    );
  });

  it('says what is required when the spec is missing or thin', () => {
    expect(
      validateReferenceArchitecture({
        ...architecture(),
        spec: undefined as any,
      })[0].field,
    ).toBe('spec');
    expect(
      fields({ owner: undefined, problem: '', solution: undefined }),
    ).toEqual(['spec.owner', 'spec.problem', 'spec.solution']);
  });

  it('refuses unknown fields, naming the ones there are', () => {
    const [problem] = problemsOf({ diagramm: 'x' });
    expect(problem.field).toBe('spec.diagramm');
    expect(problem.message).toContain('the fields are owner, series, version');
  });

  it('reports a diagram that does not parse, with its line', () => {
    const [problem] = problemsOf({
      diagram: { mermaid: 'flowchart LR\n  a[Start --> b' },
    });
    expect(problem).toEqual({
      field: 'spec.diagram.mermaid',
      message: 'line 2: "[" is not closed',
    });
  });

  it('reports rules that do not parse, by rule and check', () => {
    expect(
      fields({
        rules: [
          { id: 'a', title: 'A', severity: 'fatal', check: { dependsOn: {} } },
          {
            id: 'a',
            title: 'B',
            severity: 'error',
            level: 'gold',
            check: { tag: 'x', annotation: 'y' },
          },
          {
            id: 'c',
            title: 'C',
            severity: 'info',
            check: { filter: { $all: 'nope' } },
          },
          {
            id: 'd',
            title: 'D',
            severity: 'info',
            check: { maxDependencies: -1 },
          },
        ],
      }),
    ).toEqual([
      'spec.rules[0].severity',
      'spec.rules[0].check.dependsOn',
      'spec.rules[1].id',
      'spec.rules[1].level',
      'spec.rules[1].check',
      'spec.rules[2].check.filter',
      'spec.rules[3].check.maxDependencies',
    ]);
  });

  it('refuses a filter nested deeper than it evaluates, without recursing', () => {
    let filter: unknown = { kind: 'component' };
    for (let i = 0; i < 100_000; i++) filter = { $not: filter };
    const [problem] = problemsOf({
      rules: [
        { id: 'deep', title: 'Deep', severity: 'info', check: { filter } },
      ],
    });
    expect(problem.message).toBe('nests deeper than 8 levels');
  });

  it('checks dates, refs, ratings and duplicate names', () => {
    expect(
      fields({
        revisitBy: '2026-02-30',
        template: 'component:default/x',
        qualityAttributes: { cost: { rating: 6, tradeoff: 'x' }, speed: {} },
        buildingBlocks: [
          { name: 'A', responsibility: 'r', why: 'w' },
          { name: 'a', responsibility: 'r', why: 'w' },
        ],
        decisions: [
          {
            id: 'd1',
            title: 'T',
            status: 'accepted',
            date: '2025-13-01',
            url: 'ftp://x',
          },
        ],
        supersedes: '2.0.0',
      }),
    ).toEqual([
      'spec.buildingBlocks[1].name',
      'spec.qualityAttributes.speed',
      'spec.qualityAttributes.cost.rating',
      'spec.decisions[0].date',
      'spec.decisions[0].url',
      'spec.template',
      'spec.supersedes',
      'spec.revisitBy',
    ]);
  });

  it('bounds every text and list', () => {
    const problems = problemsOf({
      solution: 'x'.repeat(20_001),
      useCases: Array(101).fill('x'),
    });
    expect(formatProblems(problems)).toContain(
      'spec.solution: is 20001 characters long; at most 20000 are allowed',
    );
    expect(formatProblems(problems)).toContain(
      'spec.useCases: has 101 items; at most 100 are allowed',
    );
  });
});
