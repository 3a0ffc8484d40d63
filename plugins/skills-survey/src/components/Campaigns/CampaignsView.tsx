import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { LoadErrorPanel, messageOf } from '@internal/plugin-fitsys-react';
import { Campaign } from '@internal/plugin-skills-survey-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { skillsSurveyApiRef } from '../../api/SkillsSurveyApi';
import { formatDay } from '../shared/dates';
import { useCampaigns } from '../shared/useCampaigns';
import { CampaignForm } from './CampaignForm';

type Step = { action: 'open' | 'close'; campaign: Campaign };

const CONFIRM: Record<Step['action'], (c: Campaign) => string> = {
  open: c =>
    `Opening ${
      c.name
    } freezes its technologies, the scale and the teams as they are now, and everyone can answer until the end of ${formatDay(
      c.closesOn,
    )}.`,
  close: c =>
    `Closing ${c.name} ends answering now and publishes its results. A closed campaign is read-only: it cannot be opened again.`,
};

/** Campaigns for the platform team: create a draft, open it, close it. */
export function CampaignsView() {
  const api = useApi(skillsSurveyApiRef);
  const campaigns = useCampaigns();
  const [creating, setCreating] = useState(false);
  const [step, setStep] = useState<Step>();
  const [created, create] = useAsyncFn(
    async (input: Parameters<typeof api.createCampaign>[0]) => {
      const campaign = await api.createCampaign(input);
      setCreating(false);
      campaigns.retry();
      return campaign;
    },
    [api, campaigns.retry],
  );
  const [moved, move] = useAsyncFn(
    async (next: Step) => {
      const campaign =
        next.action === 'open'
          ? await api.openCampaign(next.campaign.id)
          : await api.closeCampaign(next.campaign.id);
      setStep(undefined);
      campaigns.retry();
      return campaign;
    },
    [api, campaigns.retry],
  );

  if (campaigns.loading && !campaigns.value) return <Progress />;
  if (campaigns.error)
    return (
      <LoadErrorPanel
        error={campaigns.error}
        what="Campaigns"
        back={{ label: 'Back to the survey', to: '..' }}
      />
    );
  const list = campaigns.value ?? [];
  return (
    <>
      {creating ? (
        <Box mb={3}>
          <CampaignForm
            sending={created.loading}
            error={created.error}
            onCreate={create}
            onCancel={() => setCreating(false)}
          />
        </Box>
      ) : (
        <Box mb={2}>
          <Button
            variant="contained"
            color="primary"
            onClick={() => setCreating(true)}
          >
            New campaign
          </Button>
        </Box>
      )}
      {moved.error && !step && (
        <Box mb={2}>
          <Alert severity="error">{messageOf(moved.error)}</Alert>
        </Box>
      )}
      <InfoCard title="Campaigns">
        {list.length === 0 ? (
          <Typography color="textSecondary">
            No campaigns yet. Create one, choose its technologies, then open it.
          </Typography>
        ) : (
          <Table size="small" aria-label="Campaigns">
            <TableHead>
              <TableRow>
                <TableCell>Name</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>Opens</TableCell>
                <TableCell>Closes</TableCell>
                <TableCell align="right">Technologies</TableCell>
                <TableCell>Action</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.map(c => (
                <TableRow key={c.id}>
                  <TableCell component="th" scope="row">
                    {c.name}
                  </TableCell>
                  <TableCell>
                    {c.status}
                    {c.status === 'closed' && c.closedOn
                      ? ` on ${c.closedOn} (read-only)`
                      : ''}
                  </TableCell>
                  <TableCell>{c.opensOn}</TableCell>
                  <TableCell>{c.closesOn}</TableCell>
                  <TableCell align="right">{c.technologyIds.length}</TableCell>
                  <TableCell>
                    {c.status !== 'closed' && (
                      <Button
                        size="small"
                        variant="outlined"
                        aria-label={`${
                          c.status === 'draft' ? 'Open' : 'Close'
                        } ${c.name}`}
                        onClick={() =>
                          setStep({
                            action: c.status === 'draft' ? 'open' : 'close',
                            campaign: c,
                          })
                        }
                      >
                        {c.status === 'draft' ? 'Open' : 'Close'}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </InfoCard>
      <Dialog
        open={Boolean(step)}
        onClose={() => setStep(undefined)}
        aria-labelledby="skills-survey-confirm-title"
      >
        {step && (
          <>
            <DialogTitle id="skills-survey-confirm-title">
              {step.action === 'open' ? 'Open' : 'Close'} {step.campaign.name}?
            </DialogTitle>
            <DialogContent>
              <DialogContentText>
                {CONFIRM[step.action](step.campaign)}
              </DialogContentText>
              {moved.error && (
                <Alert severity="error">{messageOf(moved.error)}</Alert>
              )}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setStep(undefined)}>Cancel</Button>
              <Button
                color="primary"
                variant="contained"
                disabled={moved.loading}
                onClick={() => move(step)}
              >
                {step.action === 'open' ? 'Open campaign' : 'Close campaign'}
              </Button>
            </DialogActions>
          </>
        )}
      </Dialog>
    </>
  );
}
