/** The diagram types Mermaid draws, as the first word of a diagram. */
export const MERMAID_DIAGRAM_TYPES = [
  'flowchart',
  'graph',
  'sequenceDiagram',
  'classDiagram',
  'stateDiagram',
  'stateDiagram-v2',
  'erDiagram',
  'C4Context',
  'C4Container',
  'C4Component',
  'C4Dynamic',
  'C4Deployment',
  'architecture-beta',
  'block-beta',
  'journey',
  'gantt',
  'pie',
  'mindmap',
  'timeline',
  'sankey-beta',
  'quadrantChart',
  'requirementDiagram',
  'gitGraph',
  'xychart-beta',
  'packet-beta',
];

const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/**
 * The first problem a Mermaid diagram's source shows without drawing it, or
 * undefined. Mermaid's own parser needs a browser; this check catches what
 * most often breaks a diagram written by hand (an unknown diagram type, an
 * unclosed bracket or quote) and names the line. It runs in one pass over
 * the text, keeping only a stack of open brackets.
 */
export function mermaidProblem(source: string): string | undefined {
  const lines = source.split('\n');
  let first: number | undefined;
  let inFrontMatter = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (i === 0 && line === '---') {
      inFrontMatter = true;
      continue;
    }
    if (inFrontMatter) {
      if (line === '---') inFrontMatter = false;
      continue;
    }
    if (line === '' || line.startsWith('%%')) continue;
    first = i;
    break;
  }
  if (first === undefined) {
    return 'has no diagram: start with a diagram type such as "flowchart LR"';
  }
  const type = lines[first].trim().split(/\s+/)[0];
  if (!MERMAID_DIAGRAM_TYPES.includes(type)) {
    return `line ${first + 1}: "${type.slice(
      0,
      40,
    )}" is not a Mermaid diagram type; start with one of flowchart, sequenceDiagram, C4Context, …`;
  }
  // Node shapes are brackets in flowcharts; other diagram types use brackets
  // and ">" freely in their text.
  if (type !== 'flowchart' && type !== 'graph') return undefined;
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim().startsWith('%%')) continue;
    const open: string[] = [];
    let quoted = false;
    let previous = '';
    for (const char of line) {
      const before = previous;
      previous = char;
      if (char === '"') {
        quoted = !quoted;
      } else if (quoted) {
        continue;
      } else if (char === '(' || char === '[' || char === '{') {
        open.push(char);
      } else if (char === '>' && /\w/.test(before)) {
        // The asymmetric shape: id>text]
        open.push('[');
      } else if (char in CLOSING) {
        if (open.pop() !== CLOSING[char]) {
          return `line ${i + 1}: "${char}" closes nothing that is open`;
        }
      }
    }
    if (quoted) return `line ${i + 1}: a quote is not closed`;
    if (open.length > 0) {
      return `line ${i + 1}: "${open[open.length - 1]}" is not closed`;
    }
  }
  return undefined;
}
