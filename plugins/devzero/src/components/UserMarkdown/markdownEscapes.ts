/** Markdown's and HTML's escapes and character references, read and written. */

const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  sol: '/',
  bsol: '\\',
  period: '.',
  num: '#',
  quest: '?',
  equals: '=',
  percnt: '%',
  commat: '@',
  excl: '!',
  lpar: '(',
  rpar: ')',
  Tab: '\t',
  NewLine: '\n',
  nbsp: '\u00a0',
};

const ESCAPE_OR_REFERENCE =
  /\\([!-/:-@[-`{-~])|&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function decodeReference(
  whole: string,
  decimal?: string,
  hex?: string,
  name?: string,
): string {
  if (name) return NAMED_REFERENCES[name] ?? whole;
  const code = decimal ? parseInt(decimal, 10) : parseInt(hex!, 16);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : '\ufffd';
}

/** A link destination as Markdown reads it: escapes and character references decoded. */
export function markdownText(raw: string): string {
  return raw.replace(
    ESCAPE_OR_REFERENCE,
    (whole, escaped, decimal, hex, name) =>
      escaped ?? decodeReference(whole, decimal, hex, name),
  );
}

/** An attribute value as HTML reads it: character references decoded. */
export function htmlText(raw: string): string {
  return raw.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g,
    (whole, decimal, hex, name) => decodeReference(whole, decimal, hex, name),
  );
}

/** Text that reads the same in Markdown and in HTML: specials as references. */
export function literal(text: string): string {
  return text.replace(/[&<>"'`*_[\]\\!|~]/g, c => `&#${c.charCodeAt(0)};`);
}

/** An address inside `<...>` in Markdown (`|` escaped for tables). */
export function markdownAddress(href: string): string {
  return href.replace(/[\\&<>|]/g, '\\$&');
}

/** An address in a double-quoted HTML attribute (`|` escaped for tables). */
export function htmlAddress(href: string): string {
  return href.replace(/[&"|]/g, c => `&#${c.charCodeAt(0)};`);
}

/** The words a blocked image is shown as: its alt text and where it is from. */
export function describe(alt: string, url: URL, markdownAlt = false): string {
  const host = literal(url.host);
  if (!alt) return `image from ${host}`;
  return `${markdownAlt ? alt : literal(alt)} (image from ${host})`;
}
