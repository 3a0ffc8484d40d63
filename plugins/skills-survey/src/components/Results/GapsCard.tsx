import { InfoCard, Progress } from '@backstage/core-components';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import { messageOf, NumbersTable } from '@internal/plugin-fitsys-react';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { percent } from '../shared/cells';
import { FrictionNote, frictionFigure } from './TechnologySignals';
import { useGaps } from './useResults';

/** The gaps list, ranked, with the numbers behind each rank and who offers help. */
export function GapsCard(props: { campaignId: string }) {
  const { value, loading, error } = useGaps(props.campaignId);
  return (
    <InfoCard title="Gaps: build or teach these first">
      {loading && <Progress />}
      {error && <Alert severity="error">{messageOf(error)}</Alert>}
      {value && (
        <>
          <Typography variant="body2" color="textSecondary" paragraph>
            {value.gaps.method}
          </Typography>
          {value.gaps.friction.status === 'unavailable' && (
            <FrictionNote source={value.gaps.friction} />
          )}
          <NumbersTable
            label="Gaps, ranked"
            textColumns={2}
            head={[
              'Rank',
              'Technology',
              'Components',
              'Teams',
              'Below 3',
              'Respondents',
              'Want to learn',
              'Findings',
              'Hours lost',
              'Score',
              'Helpers',
            ]}
            rows={value.gaps.gaps.map(g => {
              const helpers = value.helpers
                .filter(h => h.technologyId === g.technology.id)
                .map(h => h.userRef);
              return [
                g.rank,
                g.technology.title,
                g.footprint.components,
                g.footprint.teams,
                percent(g.shareBelowIndependent),
                g.respondents,
                g.wantToLearn,
                frictionFigure(g.friction, f => f.findings),
                frictionFigure(g.friction, () => g.hoursLost),
                g.score.toFixed(1),
                helpers.length ? (
                  <EntityRefLinks
                    entityRefs={helpers}
                    defaultKind="user"
                    hideIcons
                  />
                ) : (
                  'none yet'
                ),
              ];
            })}
          />
          {value.gaps.unpublished.length > 0 && (
            <Typography variant="body2" color="textSecondary">
              Not ranked, because too few answered them:{' '}
              {value.gaps.unpublished.join(', ')}.
            </Typography>
          )}
        </>
      )}
    </InfoCard>
  );
}
