import { CountCell, ResultCell } from '@internal/plugin-skills-survey-common';

/** Why a cell shows no numbers, in words (never by colour alone). */
export const WITHHELD_LABELS: Record<
  Exclude<ResultCell['status'], 'published'>,
  string
> = {
  suppressed: 'below threshold',
  'no-data': 'no data',
  'team-below-minimum': 'team below minimum size',
};

/** What each withheld status means, for legends and tooltips. */
export const WITHHELD_HELP: Record<keyof typeof WITHHELD_LABELS, string> = {
  suppressed:
    'Fewer respondents than the minimum group size, or withheld so that it cannot be worked out from the others',
  'no-data': 'Nobody in this team answered',
  'team-below-minimum':
    'The team is smaller than the minimum group size; its answers count for the group above it',
};

/** A share (0 to 1) as a whole percentage. */
export const percent = (share: number | null | undefined) =>
  share === null || share === undefined ? '–' : `${Math.round(share * 100)}%`;

/** A change of share in percentage points, signed. */
export const points = (change: number | null | undefined) => {
  if (change === null || change === undefined) return '–';
  const value = Math.round(change * 100);
  let sign = '±';
  if (value > 0) sign = '+';
  if (value < 0) sign = '−';
  return `${sign}${Math.abs(value)} pts`;
};

/** A respondent count, or why there is none. */
export const countText = (cell: CountCell) =>
  cell.status === 'published'
    ? String(cell.respondents)
    : WITHHELD_LABELS[cell.status];

/** The last part of an entity ref: "group:default/payments" → "payments". */
export const shortRef = (ref: string) => ref.replace(/^[^:]+:(default\/)?/, '');
