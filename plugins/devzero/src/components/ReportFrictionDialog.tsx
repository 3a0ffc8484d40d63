import { Link } from '@backstage/core-components';
import { configApiRef, useApi, useRouteRef } from '@backstage/core-plugin-api';
import {
  CATEGORIES,
  Category,
  Finding,
  JOURNEY_STEPS,
  JourneyStep,
  SEVERITIES,
  Severity,
} from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import MenuItem from '@material-ui/core/MenuItem';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { devzeroApiRef, NewFindingInput } from '../api/DevzeroApi';
import { messageOf } from '../api/messageOf';
import { findingRouteRef } from '../routes';
import { EntityPicker } from './EntityPicker';
import {
  CATEGORY_LABELS,
  JOURNEY_STEP_LABELS,
  SEVERITY_LABELS,
  StatusChip,
} from './labels';

/** The largest image the backend accepts unless `devzero.attachments.maxBytes` says otherwise. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
const MAX_IMAGES = 10;

/** What a dialog may start with: the entity, a quote, the page. */
export interface ReportFrictionInitial {
  entityRef?: string;
  title?: string;
  scenario?: string;
  actual?: string;
  links?: string[];
  journeyStep?: JourneyStep;
  category?: Category;
}

function newKey() {
  const c = globalThis.crypto as Crypto | undefined;
  if (c?.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** A size as people read it: kilobytes under a megabyte (a limit may be that small). */
const megabytes = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Open findings on the entity whose titles resemble the one being typed. */
function SimilarFindings(props: {
  entityRef?: string;
  title: string;
  onMeToo: (finding: Finding) => void;
}) {
  const api = useApi(devzeroApiRef);
  const findingLink = useRouteRef(findingRouteRef);
  const [similar, setSimilar] = useState<Finding[]>([]);
  const { entityRef, title } = props;
  useEffect(() => {
    if (!entityRef || title.trim().length < 4) {
      setSimilar([]);
      return undefined;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      api
        .findSimilar(entityRef, title.trim())
        .then(items => !cancelled && setSimilar(items))
        .catch(() => !cancelled && setSimilar([]));
    }, 300);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [api, entityRef, title]);
  if (similar.length === 0) return null;
  return (
    <Alert severity="info" role="region" aria-label="Similar open findings">
      <Typography variant="body2">
        Someone may have hit this already. Add a “me too” with your minutes
        instead of filing again:
      </Typography>
      <List dense>
        {similar.map(f => (
          <ListItem key={f.id} disableGutters>
            <ListItemText
              primary={
                <Link to={findingLink({ id: f.id })} target="_blank">
                  {f.title}
                </Link>
              }
              secondary={`${f.meTooCount} me too · ${f.totalMinutesLost} min lost`}
            />
            <Box mx={1}>
              <StatusChip status={f.status} />
            </Box>
            <Button
              size="small"
              variant="outlined"
              onClick={() => props.onMeToo(f)}
              aria-label={`Me too: ${f.title}`}
            >
              Me too
            </Button>
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}

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

type Errors = Partial<Record<keyof NewFindingInput | 'images', string>>;

function validate(
  form: NewFindingInput,
  images: File[],
  maxImageBytes: number,
): Errors {
  const errors: Errors = {};
  if (!form.entityRef)
    errors.entityRef = 'Choose the entity the friction was in';
  if (!form.title.trim()) errors.title = 'Give the finding a title';
  if (!form.scenario.trim()) errors.scenario = 'Say what you were trying to do';
  if (!Number.isInteger(form.minutesLost) || form.minutesLost < 0)
    errors.minutesLost = 'Minutes lost is a whole number, 0 or more';
  else if (form.minutesLost > 10_080)
    errors.minutesLost = 'At most a week (10,080 minutes)';
  const badLink = form.links.find(l => !/^https?:\/\/\S+$/i.test(l));
  if (badLink) errors.links = `“${badLink}” is not an http(s) address`;
  if (form.externalUrl && !/^https?:\/\/\S+$/i.test(form.externalUrl))
    errors.externalUrl = 'An http(s) address of the issue, or nothing';
  const tooBig = images.find(f => f.size > maxImageBytes);
  if (tooBig)
    errors.images = `${tooBig.name} is ${megabytes(
      tooBig.size,
    )}; images may be at most ${megabytes(maxImageBytes)}`;
  const notImage = images.find(f => !IMAGE_TYPES.includes(f.type));
  if (notImage)
    errors.images = `${notImage.name} is not a PNG, JPEG, GIF or WebP image`;
  if (images.length > MAX_IMAGES)
    errors.images = `At most ${MAX_IMAGES} images per finding`;
  return errors;
}

/**
 * Files a finding in under a minute: where, what you tried, how bad, how
 * long it cost you. Suggests similar open findings while the title is typed.
 */
export function ReportFrictionDialog(props: {
  open: boolean;
  onClose: () => void;
  initial?: ReportFrictionInitial;
  onFiled?: (finding: Finding) => void;
}) {
  const api = useApi(devzeroApiRef);
  const findingLink = useRouteRef(findingRouteRef);
  const configApi = useApi(configApiRef);
  const anonymousFiling =
    configApi.getOptionalBoolean('devzero.anonymousFiling') ?? true;
  const maxImageBytes =
    configApi.getOptionalNumber('devzero.attachments.maxBytes') ??
    MAX_IMAGE_BYTES;
  const { initial, open } = props;
  const blank = useMemo(
    (): NewFindingInput => ({
      entityRef: initial?.entityRef ?? '',
      title: initial?.title ?? '',
      scenario: initial?.scenario ?? '',
      journeyStep: initial?.journeyStep ?? 'first-use',
      category: initial?.category ?? 'documentation',
      severity: 'slowed-me-down',
      minutesLost: 15,
      steps: '',
      expected: '',
      actual: initial?.actual ?? '',
      mayContact: true,
      links: initial?.links ?? [],
      externalUrl: '',
    }),
    [initial],
  );
  const [form, setForm] = useState(blank);
  const [linksText, setLinksText] = useState('');
  const [images, setImages] = useState<File[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [filed, setFiled] = useState<{ finding: Finding; note?: string }>();
  const [meTooOf, setMeTooOf] = useState<Finding>();
  const [key, setKey] = useState(newKey);

  // Start afresh each time the dialog opens, not when the page behind it re-renders.
  const wasOpen = useRef(false);
  useEffect(() => {
    const opened = open && !wasOpen.current;
    wasOpen.current = open;
    if (opened) {
      setForm(blank);
      setLinksText((blank.links ?? []).join('\n'));
      setImages([]);
      setErrors({});
      setFailure(undefined);
      setFiled(undefined);
      setMeTooOf(undefined);
      setKey(newKey());
    }
  }, [open, blank]);

  // A retry of a failed attempt keeps its key, so that it never files twice;
  // once the form changes it is another finding, under a key of its own (the
  // backend refuses one key for two different findings).
  const failedUnchanged = useRef(false);
  useEffect(() => {
    if (!failedUnchanged.current) return;
    failedUnchanged.current = false;
    setKey(newKey());
  }, [form, linksText]);

  const set = <K extends keyof NewFindingInput>(
    field: K,
    value: NewFindingInput[K],
  ) => setForm(f => ({ ...f, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const links = linksText
      .split(/\s+/)
      .map(l => l.trim())
      .filter(Boolean);
    const input: NewFindingInput = {
      ...form,
      title: form.title.trim(),
      scenario: form.scenario.trim(),
      links,
    };
    const problems = validate(input, images, maxImageBytes);
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const body: NewFindingInput = {
        ...input,
        steps: input.steps?.trim() || undefined,
        expected: input.expected?.trim() || undefined,
        actual: input.actual?.trim() || undefined,
        externalUrl: input.externalUrl?.trim() || undefined,
        hideReporter: input.hideReporter || undefined,
      };
      const finding = await api.fileFinding(body, key);
      const failed: string[] = [];
      for (const image of images) {
        try {
          await api.uploadAttachment(finding.id, image);
        } catch (e) {
          failed.push(`${image.name}: ${messageOf(e)}`);
        }
      }
      setFiled({
        finding,
        note: failed.length
          ? `The finding was filed, but these images were not attached: ${failed.join(
              '; ',
            )}`
          : undefined,
      });
      props.onFiled?.(finding);
    } catch (e) {
      setFailure(messageOf(e));
      failedUnchanged.current = true;
    } finally {
      setBusy(false);
    }
  };

  const sendMeToo = async () => {
    if (!meTooOf) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const finding = await api.meToo(meTooOf.id, {
        minutesLost: form.minutesLost,
        note: form.scenario.trim() || undefined,
      });
      setFiled({ finding, note: 'Your “me too” and minutes were added.' });
    } catch (e) {
      setFailure(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={props.onClose}
      maxWidth="md"
      fullWidth
      aria-labelledby="devzero-report-title"
    >
      <DialogTitle id="devzero-report-title">Report friction</DialogTitle>
      {filed ? (
        <>
          <DialogContent>
            <Alert
              severity={
                filed.note?.startsWith('The finding') ? 'warning' : 'success'
              }
            >
              {filed.note ?? 'Thank you. The owning team has been told.'}{' '}
              <Link to={findingLink({ id: filed.finding.id })}>
                Open “{filed.finding.title}”
              </Link>
            </Alert>
          </DialogContent>
          <DialogActions>
            <Button onClick={props.onClose} color="primary">
              Close
            </Button>
          </DialogActions>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <DialogContent>
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
                <SimilarFindings
                  entityRef={form.entityRef || undefined}
                  title={form.title}
                  onMeToo={setMeTooOf}
                />
                {meTooOf && (
                  <Box mt={1}>
                    <Alert
                      severity="info"
                      action={
                        <>
                          <Button
                            size="small"
                            onClick={() => setMeTooOf(undefined)}
                          >
                            Cancel
                          </Button>
                          <Button
                            size="small"
                            color="primary"
                            variant="contained"
                            disabled={busy}
                            onClick={sendMeToo}
                          >
                            Add me too
                          </Button>
                        </>
                      }
                    >
                      Add your {form.minutesLost} minutes lost to “
                      {meTooOf.title}”
                      {form.scenario.trim()
                        ? ', with your scenario as a note'
                        : ''}
                      ?
                    </Alert>
                  </Box>
                )}
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
                    errors.scenario ??
                    'The scenario, in two sentences. Markdown works.'
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
                  onChange={e =>
                    set('journeyStep', e.target.value as JourneyStep)
                  }
                  SelectProps={{
                    SelectDisplayProps: { 'aria-label': 'Journey step' } as any,
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
                    SelectDisplayProps: { 'aria-label': 'Category' } as any,
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
                  onChange={e =>
                    set('minutesLost', parseInt(e.target.value, 10))
                  }
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
                  helperText={
                    errors.links ?? 'Pages, logs, screenshots elsewhere'
                  }
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
                <FormControl error={!!errors.images}>
                  <FormLabel htmlFor="devzero-images">
                    Screenshots (PNG, JPEG, GIF or WebP; up to{' '}
                    {megabytes(maxImageBytes)} each)
                  </FormLabel>
                  <input
                    id="devzero-images"
                    type="file"
                    accept={IMAGE_TYPES.join(',')}
                    multiple
                    onChange={e => setImages(Array.from(e.target.files ?? []))}
                  />
                  <FormHelperText>
                    {errors.images ??
                      (images.length
                        ? images
                            .map(i => `${i.name} (${megabytes(i.size)})`)
                            .join(', ')
                        : 'Optional')}
                  </FormHelperText>
                </FormControl>
              </Grid>
              <Grid item xs={12}>
                {anonymousFiling && (
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
              {failure && (
                <Grid item xs={12}>
                  <Alert severity="error">{failure}</Alert>
                </Grid>
              )}
            </Grid>
          </DialogContent>
          <DialogActions>
            <Button onClick={props.onClose}>Cancel</Button>
            <Button
              type="submit"
              color="primary"
              variant="contained"
              disabled={busy}
            >
              {busy ? 'Filing…' : 'File finding'}
            </Button>
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
}
