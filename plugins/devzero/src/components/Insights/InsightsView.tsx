import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Charts } from './Charts';
import { InsightsFilters } from './InsightsFilters';
import { Totals } from './Totals';
import { useInsights, useInsightsFilter } from './useInsights';

/** Friction in numbers and charts, filtered by team and period (kept in the URL). */
export function InsightsView() {
  const { period, scope, filter, set } = useInsightsFilter();
  const { value, loading, error } = useInsights(filter);
  return (
    <>
      <InsightsFilters period={period} scope={scope} onChange={set} />
      {error && <ResponseErrorPanel error={error} />}
      {loading && <Progress />}
      {value && value.totals.findings === 0 && (
        <Typography color="textSecondary">
          No findings in this period yet. Once Developer Zero files some, this
          page shows where newcomers lose time.
        </Typography>
      )}
      {value && value.totals.findings > 0 && (
        <>
          <Totals totals={value.totals} />
          <Box mt={3}>
            <Charts insights={value} />
          </Box>
        </>
      )}
    </>
  );
}
