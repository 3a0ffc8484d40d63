import { Link, LinkButton, Progress } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { rootRouteRef } from '../../routes';
import { formatDay } from '../shared/dates';
import { useSurveyInvitation } from './SkillsSurveySidebarItem';

/** About six seconds a technology: 30 in three minutes. */
const minutesFor = (technologies: number) =>
  Math.max(1, Math.ceil((technologies * 6) / 60));

/**
 * The home page card of the skills survey. While a campaign is open and the
 * signed-in person has not answered it: what it asks, how long it takes,
 * that the answer is anonymous, and a button to the survey. Otherwise a
 * line saying they answered, or that no survey is open, with a link to the
 * survey's page.
 */
export function SkillsSurveyHomeCardContent() {
  const survey = useRouteRef(rootRouteRef)();
  const { value, loading, error } = useSurveyInvitation();
  if (loading) return <Progress aria-label="Reading the skills survey" />;
  if (error || !value)
    return (
      <Typography color="textSecondary">
        The skills survey could not be read ({error?.message ?? 'no answer'}
        ). <Link to={survey}>Open the skills survey</Link>
      </Typography>
    );
  const { open, unanswered } = value;
  if (unanswered) {
    const technologies =
      unanswered.technologies?.length ?? unanswered.technologyIds.length;
    return (
      // The button right under the headline: on a phone the card's fixed
      // height cuts what comes last, and the details may be cut, not it.
      <Box display="flex" flexDirection="column" alignItems="flex-start">
        <Typography variant="subtitle1" component="p">
          <strong>
            {unanswered.name} is open until the end of{' '}
            {formatDay(unanswered.closesOn)}
          </strong>
        </Typography>
        <Box my={1}>
          <LinkButton
            to={survey}
            variant="contained"
            color="primary"
            aria-label={`Answer the survey ${unanswered.name}`}
            // It goes to a page: a link that looks like a button.
            role="link"
          >
            Answer the survey
          </LinkButton>
        </Box>
        <Typography variant="body2">
          Rate how well you know {technologies}{' '}
          {technologies === 1 ? 'technology' : 'technologies'}: about{' '}
          {minutesFor(technologies)} min. Your answer is kept apart from your
          name, and results are published only for groups of at least{' '}
          {unanswered.minGroupSize ?? 5} people, once the survey closes.
        </Typography>
      </Box>
    );
  }
  if (open.length)
    return (
      <Typography variant="body1">
        Thank you: you have answered {open.map(c => c.name).join(' and ')}.{' '}
        {open.length === 1
          ? `Results are published when it closes, at the end of ${formatDay(
              open[0].closesOn,
            )}.`
          : 'Results are published when each closes.'}{' '}
        <Link to={survey}>Skills survey</Link>
      </Typography>
    );
  return (
    <Typography variant="body1">
      No skills survey is open at the moment.{' '}
      <Link to={survey}>Skills survey: results and helpers</Link>
    </Typography>
  );
}
