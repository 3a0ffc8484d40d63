import { InfoCard } from '@backstage/core-components';
import {
  CampaignResults,
  FrictionSource,
  TechnologyFriction,
} from '@internal/plugin-skills-survey-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { NumbersTable } from '@internal/plugin-fitsys-react';
import { percent } from '../shared/cells';

/** Minutes as hours, to a tenth. */
export const hours = (minutes: number) =>
  `${(Math.round(minutes / 6) / 10).toLocaleString('en-GB')} h`;

/** A friction figure, or a dash when Developer Zero could not be read. */
export const frictionFigure = (
  friction: TechnologyFriction | null,
  figure: (f: TechnologyFriction) => string | number,
) => (friction ? figure(friction) : '–');

/** Where the friction comes from, or why it is missing. */
export function FrictionNote(props: { source: FrictionSource | null }) {
  const { source } = props;
  if (!source) return null;
  if (source.status === 'unavailable')
    return (
      <Alert severity="warning" role="status">
        Developer Zero friction is left out: {source.reason}. The rest of the
        results stand; try again later.
      </Alert>
    );
  return (
    <Typography variant="body2" color="textSecondary">
      Friction: Developer Zero findings filed since {source.since} on the
      components and resources that use each technology (those you may see); an
      entity using two technologies counts for both.
    </Typography>
  );
}

/**
 * Beside each technology, every signal the survey has: catalog footprint,
 * proficiency, and friction newcomers reported on what uses it.
 */
export function TechnologySignals(props: { results: CampaignResults }) {
  const { results } = props;
  const rows = [...results.technologies].sort(
    (a, b) =>
      (b.friction?.minutesLost ?? 0) - (a.friction?.minutesLost ?? 0) ||
      b.technology.footprint.components - a.technology.footprint.components ||
      a.technology.title.localeCompare(b.technology.title),
  );
  return (
    <InfoCard title="Technologies: footprint, proficiency and friction">
      <Box mb={1}>
        <FrictionNote source={results.friction} />
      </Box>
      <Box style={{ overflowX: 'auto' }}>
        <NumbersTable
          label="Footprint, proficiency and friction by technology"
          head={[
            'Technology',
            'Components',
            'Teams',
            'Share at 3+',
            'Findings',
            'Open',
            'Time lost',
          ]}
          rows={rows.map(t => [
            t.technology.title,
            t.technology.footprint.components,
            t.technology.footprint.teams,
            t.overall.status === 'published'
              ? percent(t.overall.shareIndependent)
              : 'below threshold',
            frictionFigure(t.friction, f => f.findings),
            frictionFigure(t.friction, f => f.openFindings),
            frictionFigure(t.friction, f => hours(f.minutesLost)),
          ])}
        />
      </Box>
    </InfoCard>
  );
}
