import { EmptyState, Progress } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { LoadErrorPanel, messageOf } from '@internal/plugin-fitsys-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { skillsSurveyApiRef } from '../../api/SkillsSurveyApi';
import { formatDay } from '../shared/dates';
import { useCampaigns } from '../shared/useCampaigns';
import { Distribution } from './Distribution';
import { FreeTextCard } from './FreeTextCard';
import { GapsCard } from './GapsCard';
import { HeatmapCard } from './HeatmapCard';
import { Quadrant } from './Quadrant';
import { ResponseRates } from './ResponseRates';
import { TechnologySignals } from './TechnologySignals';
import { Trend } from './Trend';
import { useCampaignResults } from './useResults';
import { WantToLearn } from './WantToLearn';

const BACK = { label: 'Back to the survey', to: '..' };

function ExportButton(props: { campaignId: string; name: string }) {
  const api = useApi(skillsSurveyApiRef);
  const alertApi = useApi(alertApiRef);
  const [state, download] = useAsyncFn(async () => {
    try {
      const blob = await api.exportResults(props.campaignId);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `skills-survey-${props.name}.csv`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      alertApi.post({
        message: `Could not export: ${messageOf(e)}`,
        severity: 'error',
      });
    }
  }, [api, alertApi, props.campaignId, props.name]);
  return (
    <Button
      variant="outlined"
      startIcon={<GetAppIcon />}
      onClick={download}
      disabled={state.loading}
    >
      Export aggregates (CSV)
    </Button>
  );
}

function CampaignResultsView(props: { campaignId: string }) {
  const { value, loading, error } = useCampaignResults(props.campaignId);
  if (loading) return <Progress />;
  if (error)
    return <LoadErrorPanel error={error} what="These results" back={BACK} />;
  if (!value) return null;
  if (!value.published)
    return (
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <Typography>
            {value.campaign.name} is open until the end of{' '}
            {formatDay(value.campaign.closesOn)}. Technology results are
            published when it closes; until then only response counts show, so
            that nobody can watch results move as a colleague answers.
          </Typography>
        </Grid>
        <Grid item xs={12} md={8}>
          <ResponseRates results={value} />
        </Grid>
      </Grid>
    );
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <GapsCard campaignId={value.campaign.id} />
      </Grid>
      <Grid item xs={12}>
        <TechnologySignals results={value} />
      </Grid>
      <Grid item xs={12}>
        <HeatmapCard campaignId={value.campaign.id} />
      </Grid>
      <Grid item xs={12} lg={6}>
        <Distribution results={value} />
      </Grid>
      <Grid item xs={12} lg={6}>
        <Quadrant results={value} />
      </Grid>
      <Grid item xs={12} lg={6}>
        <WantToLearn results={value} />
      </Grid>
      <Grid item xs={12} lg={6}>
        <Trend results={value} />
      </Grid>
      <Grid item xs={12} lg={6}>
        <ResponseRates results={value} />
      </Grid>
      <Grid item xs={12} lg={6}>
        <FreeTextCard campaignId={value.campaign.id} />
      </Grid>
    </Grid>
  );
}

/** Results for the platform team: a campaign's aggregates, gaps and free text. */
export function ResultsView() {
  const campaigns = useCampaigns();
  const [chosen, setChosen] = useState<string>();
  if (campaigns.loading) return <Progress />;
  if (campaigns.error)
    return (
      <LoadErrorPanel error={campaigns.error} what="Campaigns" back={BACK} />
    );
  const started = (campaigns.value ?? []).filter(c => c.status !== 'draft');
  const campaign =
    started.find(c => c.id === chosen) ??
    started.find(c => c.status === 'closed') ??
    started[0];
  if (!campaign)
    return (
      <EmptyState
        missing="data"
        title="No results yet"
        description="Results show here once a campaign has opened; technology results once it has closed."
      />
    );
  return (
    <>
      <Box
        mb={3}
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 16 }}
      >
        <TextField
          select
          id="skills-survey-campaign"
          size="small"
          variant="outlined"
          label="Campaign"
          value={campaign.id}
          onChange={e => setChosen(e.target.value)}
          style={{ minWidth: 220 }}
          // Named by its label and its value, as it reads.
          SelectProps={{
            SelectDisplayProps: { id: 'skills-survey-campaign-display' },
          }}
        >
          {started.map(c => (
            <MenuItem key={c.id} value={c.id}>
              {c.name} ({c.status})
            </MenuItem>
          ))}
        </TextField>
        {campaign.status === 'closed' && (
          <ExportButton campaignId={campaign.id} name={campaign.name} />
        )}
      </Box>
      <CampaignResultsView key={campaign.id} campaignId={campaign.id} />
    </>
  );
}
