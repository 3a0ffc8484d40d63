import { InfoCard } from '@backstage/core-components';
import { FrictionInsights } from '@internal/plugin-devzero-common';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { formatMinutes } from '../shared';

/** The period's findings, how many are still open, and the time lost. */
export function Totals(props: { totals: FrictionInsights['totals'] }) {
  const { totals } = props;
  return (
    <Grid container spacing={3}>
      {[
        ['Findings', totals.findings.toLocaleString('en-US')],
        ['Still open', totals.open.toLocaleString('en-US')],
        ['Time lost', formatMinutes(totals.minutesLost)],
      ].map(([label, figure]) => (
        <Grid item xs={12} sm={4} key={label}>
          <InfoCard>
            <Typography variant="overline" component="p">
              {label}
            </Typography>
            <Typography variant="h4" component="p">
              {figure}
            </Typography>
          </InfoCard>
        </Grid>
      ))}
    </Grid>
  );
}
