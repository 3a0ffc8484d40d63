import {
  EmptyState,
  InfoCard,
  MarkdownContent,
  Progress,
} from '@backstage/core-components';
import { LoadErrorPanel, messageOf } from '@internal/plugin-fitsys-react';
import { Campaign } from '@internal/plugin-skills-survey-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { closingText, formatDay } from '../shared/dates';
import { useCampaigns } from '../shared/useCampaigns';
import { SurveyForm } from './SurveyForm';
import { useAnswer } from './useAnswer';

const BACK = { label: 'Home', to: '/' };

/** The open campaign's survey, or why there is none. */
export function SurveyView() {
  const { value, loading, error } = useCampaigns();
  if (loading) return <Progress />;
  if (error)
    return <LoadErrorPanel error={error} what="The survey" back={BACK} />;
  const open = value?.find(c => c.status === 'open');
  if (!open) {
    const last = value?.find(c => c.status === 'closed');
    return (
      <EmptyState
        missing="content"
        title="No survey is open"
        description={
          last
            ? `The last one, ${last.name}, closed${
                last.closedOn ? ` on ${formatDay(last.closedOn)}` : ''
              }. The platform team opens the next one; it will show here.`
            : 'The platform team opens a campaign each quarter; it will show here.'
        }
      />
    );
  }
  return <CampaignSurvey campaign={open} />;
}

function CampaignSurvey(props: { campaign: Campaign }) {
  const { campaign } = props;
  const answer = useAnswer(campaign);
  const { state } = answer;
  return (
    <InfoCard title={`Skills survey ${campaign.name}`}>
      <Typography variant="subtitle1" component="p" gutterBottom>
        {closingText(campaign.closesOn)}
      </Typography>
      {campaign.intro && <MarkdownContent content={campaign.intro} />}
      <Typography variant="body2" color="textSecondary" paragraph>
        Anonymous: your answer is stored apart from your name. Results show only
        groups of at least {campaign.minGroupSize ?? 'the minimum number of'}{' '}
        people. This browser keeps a receipt that lets you see and change your
        answer until the campaign closes.
      </Typography>
      {answer.loading && <Progress />}
      {answer.error && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={answer.retry}>
              Try again
            </Button>
          }
        >
          Could not load your answer: {messageOf(answer.error)}
        </Alert>
      )}
      {answer.sendError && (
        <Box mb={2}>
          <Alert severity="error">
            Your answer was not saved: {messageOf(answer.sendError)}
          </Alert>
        </Box>
      )}
      {answer.outcome && state?.mode === 'change' && (
        <Box mb={2}>
          <Alert severity="success" role="status">
            {answer.outcome === 'created'
              ? 'Thank you: your answer is recorded. You can change it here until the campaign closes.'
              : 'Your changes are saved.'}
          </Alert>
        </Box>
      )}
      {state?.mode === 'lost' && (
        <Alert severity="warning">
          You have already answered {campaign.name}
          {state.answeredOn ? ` (on ${formatDay(state.answeredOn)})` : ''}, but
          this browser does not have the receipt that lets you see or change
          that answer. It is kept only in the browser you answered from, and
          nobody, not even the platform team, can tell which answer is yours.
          Your answer still counts as it is; to change it, open this page in the
          browser you answered from.
        </Alert>
      )}
      {state?.mode === 'new' && (
        <SurveyForm
          campaign={campaign}
          sending={answer.sending}
          submitLabel="Send my answer"
          onSubmit={answer.send}
        />
      )}
      {state?.mode === 'change' && (
        <>
          {!answer.outcome && (
            <Box mb={2}>
              <Alert severity="info">
                You have answered {campaign.name}. This is your answer, read
                back with the receipt this browser keeps; change it and save.
              </Alert>
            </Box>
          )}
          <SurveyForm
            campaign={campaign}
            own={state.own}
            sending={answer.sending}
            submitLabel="Save changes"
            onSubmit={answer.send}
          />
        </>
      )}
    </InfoCard>
  );
}
