import { InfoCard } from '@backstage/core-components';
import { CampaignResults } from '@internal/plugin-skills-survey-common';
import Typography from '@material-ui/core/Typography';
import { NumbersTable } from '@internal/plugin-fitsys-react';
import { countText, percent } from '../shared/cells';

/** How many answered, per team, as far as the backend publishes it. */
export function ResponseRates(props: { results: CampaignResults }) {
  const { results } = props;
  return (
    <InfoCard title="Response rate per team">
      <Typography variant="body2" paragraph>
        Respondents in all: {countText(results.respondents)}. Counts of fewer
        than {results.minGroupSize} people are withheld.
      </Typography>
      <NumbersTable
        label="Response rate per team"
        head={['Team', 'Size', 'Respondents', 'Response rate']}
        rows={results.teams.map(t => [
          t.title,
          t.size,
          countText(t.responses),
          t.responseRate === null ? '–' : percent(t.responseRate),
        ])}
      />
    </InfoCard>
  );
}
