import { markdownText } from './markdownEscapes';

export type Segment = { text: string; verbatim: boolean };

const FENCE_OPEN = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})[ \t]*$/;
const BLANK = /^(?:[ \t]*>)*[ \t]*$/;

/** Fenced code and blank lines as they are; the rest in paragraphs. */
export function segments(markdown: string): Segment[] {
  const lines = markdown.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const out: Segment[] = [];
  let fence: { char: string; length: number } | undefined;
  let paragraph = '';
  const flush = () => {
    if (paragraph) out.push({ text: paragraph, verbatim: false });
    paragraph = '';
  };
  for (const line of lines) {
    const bare = line.replace(/\r?\n$/, '');
    if (fence) {
      out.push({ text: line, verbatim: true });
      const close = FENCE_CLOSE.exec(bare);
      if (
        close &&
        close[1][0] === fence.char &&
        close[1].length >= fence.length
      ) {
        fence = undefined;
      }
      continue;
    }
    const open = FENCE_OPEN.exec(bare);
    if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
      flush();
      fence = { char: open[1][0], length: open[1].length };
      out.push({ text: line, verbatim: true });
    } else if (BLANK.test(bare)) {
      flush();
      out.push({ text: line, verbatim: true });
    } else {
      paragraph += line;
    }
  }
  flush();
  return out;
}

export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
}

const DEFINITION =
  /^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?\[((?:[^\\[\]]|\\[\s\S]){1,999})\]:[ \t]*(?:\r?\n(?:[ \t]*>)*[ \t]*)?(<[^<>\n]*>|[^\s<]\S*)/gm;

/** The link reference definitions, the first of a label winning. */
export function definitions(parts: Segment[]): Map<string, string> {
  const defs = new Map<string, string>();
  for (const part of parts) {
    if (part.verbatim) continue;
    for (const m of part.text.matchAll(DEFINITION)) {
      const key = normalizeLabel(m[1]);
      if (!key || defs.has(key)) continue;
      const dest = m[2].startsWith('<') ? m[2].slice(1, -1) : m[2];
      defs.set(key, markdownText(dest));
    }
  }
  return defs;
}
