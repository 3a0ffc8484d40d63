import {
  CATEGORIES,
  Category,
  JOURNEY_STEPS,
  JourneyStep,
  SEVERITIES,
  Severity,
} from '@internal/plugin-devzero-common';
import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormLabel from '@material-ui/core/FormLabel';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import { ReactNode } from 'react';
import {
  CATEGORY_LABELS,
  EntityPicker,
  JOURNEY_STEP_LABELS,
  SEVERITY_LABELS,
} from '../shared';
import { ImageAttach } from './ImageAttach';
import { FrictionForm } from './useFrictionForm';

/** The report's Markdown narrative after the scenario: its own words. */
const NARRATIVE: Array<{
  field: 'steps' | 'expected' | 'actual';
  id: string;
  label: string;
  wide?: boolean;
}> = [
  {
    field: 'steps',
    id: 'devzero-steps-you-took',
    label: 'Steps you took',
    wide: true,
  },
  {
    field: 'expected',
    id: 'devzero-what-you-expected',
    label: 'What you expected',
  },
  { field: 'actual', id: 'devzero-what-happened', label: 'What happened' },
];

/**
 * The filing form's fields: where, what you tried, how bad, how long it cost
 * you, the narrative, links and screenshots. `afterTitle` goes under the
 * title (the similar findings).
 */
export function ReportFrictionFields(props: {
  draft: FrictionForm;
  anonymousFiling: boolean;
  maxImageBytes: number;
  afterTitle?: ReactNode;
}) {
  const { form, set, errors, linksText, setLinksText } = props.draft;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12}>
        <EntityPicker
          value={form.entityRef || undefined}
          onChange={ref => set('entityRef', ref ?? '')}
          error={errors.entityRef}
        />
      </Grid>
      <Grid item xs={12}>
        <TextField
          id="devzero-title"
          label="Title"
          required
          fullWidth
          value={form.title}
          inputProps={{ maxLength: 200 }}
          onChange={e => set('title', e.target.value)}
          error={!!errors.title}
          helperText={errors.title ?? 'One line: what got in your way'}
        />
      </Grid>
      <Grid item xs={12}>
        {props.afterTitle}
      </Grid>
      <Grid item xs={12}>
        <TextField
          id="devzero-what-were-you-trying-to-do"
          label="What were you trying to do?"
          required
          fullWidth
          multiline
          minRows={2}
          value={form.scenario}
          inputProps={{ maxLength: 2000 }}
          onChange={e => set('scenario', e.target.value)}
          error={!!errors.scenario}
          helperText={
            errors.scenario ?? 'The scenario, in two sentences. Markdown works.'
          }
        />
      </Grid>
      <Grid item xs={12} sm={4}>
        <TextField
          id="devzero-journey-step"
          select
          label="Journey step"
          fullWidth
          value={form.journeyStep}
          onChange={e => set('journeyStep', e.target.value as JourneyStep)}
          SelectProps={{
            SelectDisplayProps: { id: 'devzero-journey-step-display' },
          }}
        >
          {JOURNEY_STEPS.map(s => (
            <MenuItem key={s} value={s}>
              {JOURNEY_STEP_LABELS[s]}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      <Grid item xs={12} sm={4}>
        <TextField
          id="devzero-category"
          select
          label="Category"
          fullWidth
          value={form.category}
          onChange={e => set('category', e.target.value as Category)}
          SelectProps={{
            SelectDisplayProps: { id: 'devzero-category-display' },
          }}
        >
          {CATEGORIES.map(c => (
            <MenuItem key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      <Grid item xs={12} sm={4}>
        <TextField
          id="devzero-minutes-lost"
          label="Minutes lost"
          type="number"
          fullWidth
          value={Number.isNaN(form.minutesLost) ? '' : form.minutesLost}
          inputProps={{ min: 0, max: 10080, step: 1 }}
          onChange={e => set('minutesLost', parseInt(e.target.value, 10))}
          error={!!errors.minutesLost}
          helperText={errors.minutesLost}
        />
      </Grid>
      <Grid item xs={12}>
        <FormControl component="fieldset">
          <FormLabel component="legend">How bad was it?</FormLabel>
          <RadioGroup
            row
            value={form.severity}
            onChange={e => set('severity', e.target.value as Severity)}
          >
            {SEVERITIES.map(s => (
              <FormControlLabel
                key={s}
                value={s}
                control={<Radio color="primary" />}
                label={SEVERITY_LABELS[s]}
              />
            ))}
          </RadioGroup>
        </FormControl>
      </Grid>
      {NARRATIVE.map(f => (
        <Grid item xs={12} sm={f.wide ? 12 : 6} key={f.field}>
          <TextField
            id={f.id}
            label={f.label}
            fullWidth
            multiline
            minRows={2}
            value={form[f.field] ?? ''}
            onChange={e => set(f.field, e.target.value)}
          />
        </Grid>
      ))}
      <Grid item xs={12} sm={6}>
        <TextField
          id="devzero-links-one-per-line"
          label="Links (one per line)"
          fullWidth
          multiline
          minRows={2}
          value={linksText}
          onChange={e => setLinksText(e.target.value)}
          error={!!errors.links}
          helperText={errors.links ?? 'Pages, logs, screenshots elsewhere'}
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <TextField
          id="devzero-issue-in-a-tracker-optional"
          label="Issue in a tracker (optional)"
          fullWidth
          value={form.externalUrl}
          placeholder="https://github.com/… or a Jira address"
          onChange={e => set('externalUrl', e.target.value)}
          error={!!errors.externalUrl}
          helperText={errors.externalUrl}
        />
      </Grid>
      <Grid item xs={12}>
        <ImageAttach
          images={props.draft.images}
          onChange={props.draft.setImages}
          maxImageBytes={props.maxImageBytes}
          error={errors.images}
        />
      </Grid>
      <Grid item xs={12}>
        {props.anonymousFiling && (
          <FormControlLabel
            control={
              <Checkbox
                checked={!!form.hideReporter}
                onChange={e => set('hideReporter', e.target.checked)}
              />
            }
            label="Keep my name from the owning team"
          />
        )}
        <FormControlLabel
          control={
            <Checkbox
              checked={form.mayContact}
              onChange={e => set('mayContact', e.target.checked)}
            />
          }
          label="The owning team may contact me about this"
        />
      </Grid>
    </Grid>
  );
}
