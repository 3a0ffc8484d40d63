import { mermaidProblem } from './diagram';

describe('mermaidProblem', () => {
  it('accepts diagrams of every shape a flowchart draws', () => {
    expect(
      mermaidProblem(
        '---\ntitle: x\n---\n%% comment\nflowchart LR\n  a([Start]) -->|"go (now)"| b{Choice}\n  b --> c>Flag]\n  c --> d[(DB)]',
      ),
    ).toBeUndefined();
    expect(
      mermaidProblem('sequenceDiagram\n  A->>B: x > y (maybe'),
    ).toBeUndefined();
  });

  it('names an unknown diagram type and an empty diagram', () => {
    expect(mermaidProblem('flowchat LR')).toMatch(
      /^line 1: "flowchat" is not a Mermaid diagram type/,
    );
    expect(mermaidProblem('%% only a comment\n')).toMatch(/^has no diagram/);
  });

  it('names the line of an unclosed bracket or quote', () => {
    expect(mermaidProblem('graph TD\n a --> b\n b --> c(Open')).toBe(
      'line 3: "(" is not closed',
    );
    expect(mermaidProblem('graph TD\n a["x] --> b')).toBe(
      'line 2: a quote is not closed',
    );
    expect(mermaidProblem('graph TD\n a] --> b')).toBe(
      'line 2: "]" closes nothing that is open',
    );
  });

  it('takes time linear in the source', () => {
    const long = `flowchart LR\n${'a'.repeat(1000)}${'['.repeat(10_000)}`;
    expect(mermaidProblem(long)).toBe('line 2: "[" is not closed');
  });
});
