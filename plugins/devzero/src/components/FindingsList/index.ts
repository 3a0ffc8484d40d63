export { FindingsView } from './FindingsView';
export { FindingsTable } from './FindingsTable';
export type { FindingsTableOptions } from './FindingsTable';
export { queryFromParams } from './queryFromParams';
export { useFindings } from './useFindings';
export { useFindingsQuery } from './useFindingsQuery';
