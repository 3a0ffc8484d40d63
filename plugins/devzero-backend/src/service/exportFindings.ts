import { Finding } from '@internal/plugin-devzero-common';

const COLUMNS: Array<[string, (f: Finding) => string | number | undefined]> = [
  ['id', f => f.id],
  ['created_at', f => f.createdAt],
  ['status', f => f.status],
  ['severity', f => f.severity],
  ['category', f => f.category],
  ['journey_step', f => f.journeyStep],
  ['entity', f => f.entityRef],
  ['owner', f => f.ownerRef],
  ['reporter', f => f.reporterRef],
  ['title', f => f.title],
  ['scenario', f => f.scenario],
  ['steps', f => f.steps],
  ['expected', f => f.expected],
  ['actual', f => f.actual],
  ['links', f => f.links.join(' ')],
  ['minutes_lost', f => f.minutesLost],
  ['total_minutes_lost', f => f.totalMinutesLost],
  ['me_too', f => f.meTooCount],
  ['triaged_at', f => f.triagedAt],
  ['closed_at', f => f.closedAt],
  ['triage_sla', f => f.sla.triage.state],
  ['resolve_sla', f => f.sla.resolve.state],
  ['assignee', f => f.assigneeRef],
  ['resolution_note', f => f.resolutionNote],
  ['fix_url', f => f.fixUrl],
  ['decline_reason', f => f.declineReason],
  ['duplicate_of', f => f.duplicateOf],
  ['external_url', f => f.externalUrl],
];

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Findings as CSV (RFC 4180, with a header row). */
export function findingsToCsv(findings: Finding[]): string {
  const rows = [COLUMNS.map(([name]) => name).join(',')];
  for (const f of findings)
    rows.push(COLUMNS.map(([, get]) => cell(get(f))).join(','));
  return `${rows.join('\r\n')}\r\n`;
}
