import { ImagePolicy, judgeImage } from './images';
import { normalizeLabel } from './markdownBlocks';
import {
  describe,
  htmlAddress,
  htmlText,
  markdownAddress,
  markdownText,
} from './markdownEscapes';

const IMG_TAG = /<(?:img|image)(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>/iy;
const OTHER_HTML = new RegExp(
  [
    // An open tag, as CommonMark reads one.
    `<[A-Za-z][A-Za-z0-9-]*(?:\\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\\s*=\\s*(?:[^\\s"'=<>\`]+|'[^']*'|"[^"]*"))?)*\\s*/?>`,
    `</[A-Za-z][A-Za-z0-9-]*\\s*>`,
    `<!--[\\s\\S]*?-->`,
    // An autolink.
    `<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*>`,
  ].join('|'),
  'y',
);
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const LABEL = /\[((?:[^\\[\]]|\\[\s\S]){0,999})\]/y;
const SPACE = /[ \t]*(?:\r?\n[ \t]*)?/y;
/** How deep links in links are read; deeper, text stays as written. */
const MAX_DEPTH = 8;

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.replace(/^<[A-Za-z]+/, '').matchAll(ATTRIBUTE)) {
    const name = m[1].toLowerCase();
    // As in HTML, the first of a repeated attribute counts.
    if (!found.has(name)) found.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return found;
}

function sticky(re: RegExp, s: string, at: number): string | undefined {
  re.lastIndex = at;
  return re.exec(s)?.[0];
}

type Link = {
  textStart: number;
  textEnd: number;
  end: number;
  address: string;
};

/**
 * One paragraph of user Markdown. Its backtick runs and the pairs of its
 * brackets are found once, so that no input takes more than a pass or two.
 */
export class Paragraph {
  /** The positions of the backtick runs of each length. */
  private readonly runs = new Map<number, number[]>();
  /** Each `[` that is closed, to its `]`. */
  private readonly brackets = new Map<number, number>();

  constructor(
    private readonly s: string,
    private readonly defs: Map<string, string>,
    private readonly policy: ImagePolicy,
  ) {
    for (const m of s.matchAll(/`+/g)) {
      const at = this.runs.get(m[0].length) ?? [];
      at.push(m.index!);
      this.runs.set(m[0].length, at);
    }
    const open: number[] = [];
    for (let i = 0; i < s.length; ) {
      const c = s[i];
      if (c === '\\') {
        i += 2;
      } else if (c === '`') {
        i = this.skipCode(i);
      } else if (c === '<' && this.html(i)) {
        i += this.html(i)!.length;
      } else {
        if (c === '[') open.push(i);
        else if (c === ']' && open.length) this.brackets.set(open.pop()!, i);
        i++;
      }
    }
  }

  /** Past the code span (or the unmatched backtick run) at `start`. */
  private skipCode(start: number): number {
    const length = sticky(/`+/y, this.s, start)!.length;
    const closers = this.runs.get(length) ?? [];
    // The first run of the same length after this one; runs are in order.
    let lo = 0;
    let hi = closers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (closers[mid] < start + length) lo = mid + 1;
      else hi = mid;
    }
    return lo < closers.length ? closers[lo] + length : start + length;
  }

  /** The raw HTML tag, comment or autolink at `start`. */
  private html(start: number): string | undefined {
    return sticky(IMG_TAG, this.s, start) ?? sticky(OTHER_HTML, this.s, start);
  }

  /** An image tag at `start` the policy keeps from loading, as a link. */
  private imageTag(start: number, insideLink: boolean): string | undefined {
    const tag = sticky(IMG_TAG, this.s, start);
    if (!tag) return undefined;
    const attrs = attributes(tag);
    const src = attrs.get('src');
    const verdict =
      src === undefined ? undefined : judgeImage(htmlText(src), this.policy);
    if (verdict?.kind !== 'link') return tag;
    const label = describe(
      htmlText(attrs.get('alt') ?? '').trim(),
      verdict.url,
    );
    if (insideLink) return label;
    return `<a href="${htmlAddress(verdict.url.href)}">${label}</a>`;
  }

  /** `(destination "title")` from just after its `(`. */
  private inlineTarget(
    start: number,
  ): { dest: string; end: number } | undefined {
    const s = this.s;
    let i = start + sticky(SPACE, s, start)!.length;
    let dest: string;
    if (s[i] === '<') {
      let j = i + 1;
      for (; j < s.length; j++) {
        if (s[j] === '\\') j++;
        else if (s[j] === '>') break;
        else if (s[j] === '<' || s[j] === '\n') return undefined;
      }
      if (j >= s.length) return undefined;
      dest = s.slice(i + 1, j);
      i = j + 1;
    } else {
      let depth = 0;
      let j = i;
      for (; j < s.length; j++) {
        const c = s[j];
        if (c === '\\' && /[!-/:-@[-`{-~]/.test(s[j + 1] ?? '')) j++;
        else if (c === '(') depth++;
        else if (c === ')') {
          if (depth === 0) break;
          depth--;
        } else if (c <= ' ' || c === '\x7f') break;
      }
      if (depth !== 0) return undefined;
      dest = s.slice(i, j);
      i = j;
    }
    const afterDest = i;
    i += sticky(SPACE, s, i)!.length;
    if (i > afterDest && (s[i] === '"' || s[i] === "'" || s[i] === '(')) {
      const close = s[i] === '(' ? ')' : s[i];
      let j = i + 1;
      for (; j < s.length; j++) {
        if (s[j] === '\\') j++;
        else if (s[j] === close) break;
        else if (close === ')' && s[j] === '(') return undefined;
      }
      if (j >= s.length) return undefined;
      i = j + 1 + sticky(SPACE, s, j + 1)!.length;
    }
    if (s[i] !== ')') return undefined;
    return { dest, end: i + 1 };
  }

  /** A link (or, after a `!`, an image) whose text opens at `open`. */
  private link(open: number): Link | undefined {
    const close = this.brackets.get(open);
    if (close === undefined) return undefined;
    const found = (end: number, address: string) => ({
      textStart: open + 1,
      textEnd: close,
      end,
      address,
    });
    const text = this.s.slice(open + 1, close);
    const after = close + 1;
    if (this.s[after] === '(') {
      const target = this.inlineTarget(after + 1);
      if (target) return found(target.end, markdownText(target.dest));
    }
    if (this.s[after] === '[') {
      LABEL.lastIndex = after;
      const label = LABEL.exec(this.s);
      if (label) {
        const key = normalizeLabel(label[1].trim() ? label[1] : text);
        const address = this.defs.get(key);
        if (address !== undefined) {
          return found(after + label[0].length, address);
        }
      }
    }
    const address = this.defs.get(normalizeLabel(text));
    return address === undefined ? undefined : found(after, address);
  }

  /** The text from `from` to `to`, with the images that must not load as links. */
  rewrite(from = 0, to = this.s.length, depth = 0): string {
    const s = this.s;
    if (depth > MAX_DEPTH) return s.slice(from, to);
    const insideLink = depth > 0;
    let out = '';
    let i = from;
    while (i < to) {
      const c = s[i];
      if (c === '\\') {
        out += s.slice(i, Math.min(i + 2, to));
        i += 2;
        continue;
      }
      if (c === '`') {
        const end = Math.min(this.skipCode(i), to);
        out += s.slice(i, end);
        i = end;
        continue;
      }
      if (c === '<') {
        const tag = this.imageTag(i, insideLink);
        const html = this.html(i);
        if (html && i + html.length <= to) {
          out += tag ?? html;
          i += html.length;
          continue;
        }
      }
      const image = c === '!' && s[i + 1] === '[';
      if (c === '[' || image) {
        const link = this.link(image ? i + 1 : i);
        if (link && link.end <= to) {
          const text = this.rewrite(link.textStart, link.textEnd, depth + 1);
          const verdict = image
            ? judgeImage(link.address, this.policy)
            : undefined;
          if (verdict?.kind === 'link') {
            const label = describe(text.trim(), verdict.url, true);
            // A link cannot hold a link: inside one, the words alone.
            out += insideLink
              ? label
              : `[${label}](<${markdownAddress(verdict.url.href)}>)`;
          } else {
            out +=
              s.slice(i, link.textStart) +
              text +
              s.slice(link.textEnd, link.end);
          }
          i = link.end;
          continue;
        }
      }
      out += c;
      i++;
    }
    return out;
  }
}
