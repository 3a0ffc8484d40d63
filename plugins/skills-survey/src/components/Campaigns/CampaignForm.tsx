import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { messageOf } from '@internal/plugin-fitsys-react';
import {
  LIMITS,
  NewCampaignInput,
} from '@internal/plugin-skills-survey-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { DateTime } from 'luxon';
import { FormEvent, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { skillsSurveyApiRef } from '../../api/SkillsSurveyApi';
import { todayIso } from '../shared/dates';
import { TechnologyPicker } from './TechnologyPicker';

/** Creates a draft campaign; opening it is a separate step. */
export function CampaignForm(props: {
  sending: boolean;
  error?: Error;
  onCreate: (input: NewCampaignInput) => void;
  onCancel: () => void;
}) {
  const api = useApi(skillsSurveyApiRef);
  const technologies = useAsync(() => api.listTechnologies(), [api]);
  const today = todayIso();
  const [name, setName] = useState('');
  const [intro, setIntro] = useState('');
  const [opensOn, setOpensOn] = useState(today);
  const [closesOn, setClosesOn] = useState(
    DateTime.now().plus({ weeks: 2 }).toISODate()!,
  );
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const datesWrong = closesOn < opensOn;
  const tooMany = selected.size > LIMITS.technologiesPerCampaign;
  const ready =
    name.trim() && opensOn && closesOn && selected.size && !datesWrong;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready || tooMany) return;
    props.onCreate({
      name: name.trim(),
      ...(intro.trim() && { intro: intro.trim() }),
      opensOn,
      closesOn,
      technologyIds: [...selected],
    });
  };

  return (
    <InfoCard title="New campaign">
      <form onSubmit={submit} aria-label="New campaign">
        <Grid container spacing={2}>
          <Grid item xs={12} md={4}>
            <TextField
              id="skills-survey-campaign-name"
              label="Name"
              required
              fullWidth
              variant="outlined"
              value={name}
              onChange={e => setName(e.target.value)}
              inputProps={{ maxLength: LIMITS.campaignName }}
              helperText="Such as 2027-Q1"
            />
          </Grid>
          <Grid item xs={6} md={4}>
            <TextField
              id="skills-survey-campaign-opens-on"
              label="Opens on"
              type="date"
              required
              fullWidth
              variant="outlined"
              value={opensOn}
              onChange={e => setOpensOn(e.target.value)}
              InputLabelProps={{ shrink: true }}
            />
          </Grid>
          <Grid item xs={6} md={4}>
            <TextField
              id="skills-survey-campaign-closes-on"
              label="Closes on"
              type="date"
              required
              fullWidth
              variant="outlined"
              value={closesOn}
              onChange={e => setClosesOn(e.target.value)}
              InputLabelProps={{ shrink: true }}
              error={datesWrong}
              helperText={
                datesWrong
                  ? 'Closes before it opens: choose a later day'
                  : 'Answers are taken through this day'
              }
            />
          </Grid>
          <Grid item xs={12}>
            <TextField
              id="skills-survey-campaign-intro"
              label="Introduction (Markdown)"
              multiline
              minRows={3}
              fullWidth
              variant="outlined"
              value={intro}
              onChange={e => setIntro(e.target.value)}
              inputProps={{ maxLength: LIMITS.intro }}
              helperText={`${intro.length} of ${LIMITS.intro} characters`}
            />
          </Grid>
          <Grid item xs={12}>
            {technologies.loading && <Progress />}
            {technologies.error && (
              <Alert severity="error">
                Could not load the technologies: {messageOf(technologies.error)}
              </Alert>
            )}
            {technologies.value && (
              <TechnologyPicker
                technologies={technologies.value}
                selected={selected}
                onChange={setSelected}
              />
            )}
          </Grid>
          {props.error && (
            <Grid item xs={12}>
              <Alert severity="error">{messageOf(props.error)}</Alert>
            </Grid>
          )}
          <Grid item xs={12}>
            <Box display="flex" style={{ gap: 8 }}>
              <Button
                type="submit"
                variant="contained"
                color="primary"
                disabled={!ready || tooMany || props.sending}
              >
                Create draft
              </Button>
              <Button onClick={props.onCancel}>Cancel</Button>
            </Box>
          </Grid>
        </Grid>
      </form>
    </InfoCard>
  );
}
