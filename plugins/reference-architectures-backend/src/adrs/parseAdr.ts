import {
  ArchitectureDecision,
  DECISION_STATUSES,
  DecisionStatus,
} from '@internal/plugin-reference-architectures-common';
import { parse as parseYaml } from 'yaml';

/** The largest ADR file read; longer ones are refused, not cut. */
export const MAX_ADR_BYTES = 256 * 1024;
const MAX_FRONT_MATTER = 4096;
const MAX_TITLE = 200;
const MAX_SUMMARY = 400;

/**
 * Which files of an ADR directory are records: the MADR and adr-tools
 * convention of a four-digit number, a dash and a name (`0001-use-x.md`),
 * as Backstage's ADR plugin reads them. Templates and indexes are not.
 */
export const ADR_FILE_NAME = /^\d{4}-[^/]{1,200}\.md$/;

export type ParsedAdr =
  | { decision: ArchitectureDecision }
  | { error: string; id: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** YAML reads an unquoted date as a Date; the record wants YYYY-MM-DD. */
function dateText(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'string') return value.trim();
  return undefined;
}

/** A status as people write it ("Accepted", "superseded by 0007") in the kind's words. */
function statusOf(text: string): DecisionStatus | undefined {
  const word = text
    .trim()
    .toLocaleLowerCase('en-US')
    .split(/[\s,.;:(]/)[0];
  if ((DECISION_STATUSES as readonly string[]).includes(word)) {
    return word as DecisionStatus;
  }
  if (word === 'draft' || word === 'proposal') return 'proposed';
  if (word === 'approved' || word === 'decided') return 'accepted';
  if (word === 'replaced') return 'superseded';
  return undefined;
}

/** Markdown to one line of plain text, in one pass over the input. */
function plain(markdown: string): string {
  return markdown
    .replace(/[`*_>#]/g, '')
    .replace(/\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/**
 * Reads one architecture decision record: MADR's front matter (`status`,
 * `date`, and our `revisit-by`), or the older list form (`* Status:
 * accepted`, `* Date: 2024-05-01`, `Revisit by: …`) and a `## Status`
 * section; the first `# ` heading is the title and the first paragraph after
 * it (or of the context section) the summary. Line by line, in linear time.
 */
export function parseAdr(fileName: string, text: string): ParsedAdr {
  const id = fileName.replace(/\.md$/, '');
  if (text.length > MAX_ADR_BYTES) {
    return { id, error: `larger than ${MAX_ADR_BYTES / 1024} KB` };
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const fields: Record<string, string> = {};
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    const block = end > 0 ? lines.slice(1, end).join('\n') : '';
    if (end < 0 || block.length > MAX_FRONT_MATTER) {
      return { id, error: 'its front matter has no end or is too long' };
    }
    let data: unknown;
    try {
      data = parseYaml(block, { maxAliasCount: 0 });
    } catch (error) {
      return { id, error: `its front matter is not YAML: ${error}` };
    }
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      for (const [key, value] of Object.entries(data)) {
        const text2 = dateText(value);
        if (text2 !== undefined) {
          fields[key.toLocaleLowerCase('en-US').replace(/[\s_]/g, '-')] = text2;
        }
      }
    }
    start = end + 1;
  }

  let title: string | undefined;
  let summary: string | undefined;
  let section = '';
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (!summary && title && paragraph.length) {
      const candidate = plain(paragraph.join(' '));
      if (candidate && (section === '' || /context|problem/.test(section))) {
        summary = clip(candidate, MAX_SUMMARY);
      }
    }
    paragraph = [];
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      endParagraph();
      if (heading[1].length === 1 && !title) {
        title = heading[2].trim();
        section = '';
      } else {
        section = heading[2].trim().toLocaleLowerCase('en-US');
      }
      continue;
    }
    // "* Status: accepted", "- Date: 2024-01-01", "Revisit by: …" at the
    // start of a paragraph (under the title or in a status section) is
    // metadata, not prose.
    const field = /^\s*(?:[-*]\s+)?([A-Za-z][A-Za-z -]{0,30}):\s*(.+)$/.exec(
      line,
    );
    if (
      field &&
      !paragraph.length &&
      (section === '' || section === 'status')
    ) {
      const key = field[1]
        .trim()
        .toLocaleLowerCase('en-US')
        .replace(/\s+/g, '-');
      if (['status', 'date', 'revisit-by', 'revisit'].includes(key)) {
        fields[key] ??= field[2].trim();
      }
      continue;
    }
    if (section === 'status' && line.trim() && !fields.status) {
      fields.status = line.trim();
      continue;
    }
    if (!line.trim()) {
      endParagraph();
    } else if (title) {
      paragraph.push(line);
    }
  }
  endParagraph();

  if (!title) return { id, error: 'it has no "# " title' };
  const status = fields.status ? statusOf(fields.status) : 'accepted';
  if (!status) {
    return {
      id,
      error: `its status "${clip(
        fields.status,
        40,
      )}" is none of ${DECISION_STATUSES.join(', ')}`,
    };
  }
  const date = fields.date?.slice(0, 10);
  if (!date || !isDate(date)) {
    return {
      id,
      error: date
        ? `its date "${clip(date, 20)}" is not YYYY-MM-DD`
        : 'it has no date (front matter "date:" or a "Date:" line)',
    };
  }
  const revisit = (fields['revisit-by'] ?? fields.revisit)?.slice(0, 10);
  if (revisit !== undefined && !isDate(revisit)) {
    return {
      id,
      error: `its revisit date "${clip(revisit, 20)}" is not YYYY-MM-DD`,
    };
  }
  return {
    decision: {
      id: clip(id, 200),
      title: clip(plain(title), MAX_TITLE),
      status,
      date,
      ...(summary ? { summary } : {}),
      ...(revisit ? { revisitBy: revisit } : {}),
    },
  };
}
