export { percentile, summarizeLatencies } from './percentile';
export type { LatencySummary } from './percentile';
export { realClock } from './types';
export type { LoadClock, LoadResult, LoadSend, LoadSendOutcome } from './types';
export { runPaced } from './runPaced';
export type { PacedOptions } from './runPaced';
export { runClosedLoop } from './runClosedLoop';
export type { ClosedLoopOptions } from './runClosedLoop';
export { findMaxRate, judgeLoad } from './findMaxRate';
export type {
  FindMaxRateOptions,
  LoadVerdict,
  MaxRateResult,
  RateTrial,
} from './findMaxRate';
export { HttpLoadClient } from './http';
export type { HttpLoadRoute, LoadRoute, PerRequest } from './http';
export { LoadWorker } from './LoadWorker';
export type { LoadWorkerTarget } from './LoadWorker';
export { formatRate, formatTable } from './formatTable';
export type { LoadTableRow } from './formatTable';
