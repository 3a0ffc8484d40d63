import { useApi } from '@backstage/core-plugin-api';
import { DateTime } from 'luxon';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { devzeroApiRef, InsightsFilter } from '../../api/DevzeroApi';

/** The periods insights cover, by their key in the URL. */
export const PERIODS = {
  '90d': { label: 'Last 90 days', months: 3 },
  '6m': { label: 'Last 6 months', months: 6 },
  '12m': { label: 'Last 12 months', months: 12 },
  all: { label: 'All time', months: 0 },
} as const;
/** A period's key. */
export type Period = keyof typeof PERIODS;

/** The team and period insights are for, kept in the URL, and the filter they make. */
export function useInsightsFilter() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('period') ?? '6m';
  const period: Period = Object.keys(PERIODS).includes(asked)
    ? (asked as Period)
    : '6m';
  const scope: 'all' | 'mine' = params.get('scope') === 'mine' ? 'mine' : 'all';
  const filter = useMemo((): InsightsFilter => {
    const months = PERIODS[period].months;
    return {
      owner: scope === 'mine' ? ['mine'] : undefined,
      from: months
        ? DateTime.utc().minus({ months }).startOf('day').toISO()!
        : undefined,
    };
  }, [period, scope]);
  const set = (name: 'period' | 'scope', value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    setParams(next, { replace: true });
  };
  return { period, scope, filter, set };
}

/** Friction in numbers for the filter: totals, by team, entity, category, step and week. */
export function useInsights(filter: InsightsFilter) {
  const api = useApi(devzeroApiRef);
  return useAsync(() => api.getInsights(filter), [api, filter]);
}
