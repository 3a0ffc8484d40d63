import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import {
  CATEGORIES,
  JOURNEY_STEPS,
  SEVERITIES,
  STATUSES,
} from '@internal/plugin-devzero-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import ListItemText from '@material-ui/core/ListItemText';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { ReactNode, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { devzeroApiRef, FindingListQuery } from '../api/DevzeroApi';
import { messageOf } from '../api/messageOf';
import { EntityPicker } from './EntityPicker';
import { FindingsTable, FindingsTableOptions } from './FindingsTable';
import {
  CATEGORY_LABELS,
  JOURNEY_STEP_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
} from './labels';

const useStyles = makeStyles(theme => ({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    alignItems: 'flex-end',
    marginBottom: theme.spacing(2),
  },
  select: { minWidth: 160, maxWidth: 240 },
}));

/** The filters that pick from a fixed list, in the order they are shown. */
const ENUM_FILTERS: Array<{
  param: keyof FindingListQuery;
  label: string;
  options: readonly string[];
  labels: Record<string, string>;
}> = [
  {
    param: 'status',
    label: 'Status',
    options: STATUSES,
    labels: STATUS_LABELS,
  },
  {
    param: 'severity',
    label: 'Severity',
    options: SEVERITIES,
    labels: SEVERITY_LABELS,
  },
  {
    param: 'category',
    label: 'Category',
    options: CATEGORIES,
    labels: CATEGORY_LABELS,
  },
  {
    param: 'journeyStep',
    label: 'Journey step',
    options: JOURNEY_STEPS,
    labels: JOURNEY_STEP_LABELS,
  },
];

const MY_TEAMS = [{ ref: 'mine', label: 'My teams' }];
const ME = [{ ref: 'me', label: 'Me' }];

const SORTS = {
  'created:desc': 'Newest first',
  'created:asc': 'Oldest first',
  'updated:desc': 'Recently updated',
  'severity:desc': 'Most severe',
  'minutes-lost:desc': 'Most minutes lost',
} as const;

/** The list query the URL describes, with fixed filters on top. */
export function queryFromParams(
  params: URLSearchParams,
  fixed: FindingListQuery = {},
): FindingListQuery {
  const all = (key: string) => {
    const values = params.getAll(key).filter(Boolean);
    return values.length ? values : undefined;
  };
  const [sort, order] = (params.get('sort') ?? 'created:desc').split(':');
  const date = (key: string, endOfDay: boolean) => {
    const value = params.get(key);
    if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
    const day = new Date(`${value}T00:00:00.000Z`);
    if (endOfDay) day.setUTCDate(day.getUTCDate() + 1);
    return day.toISOString();
  };
  return {
    status: all('status') as FindingListQuery['status'],
    severity: all('severity') as FindingListQuery['severity'],
    category: all('category') as FindingListQuery['category'],
    journeyStep: all('journeyStep') as FindingListQuery['journeyStep'],
    owner: all('owner'),
    entity: all('entity'),
    reporter: params.get('reporter') || undefined,
    assignee: params.get('assignee') || undefined,
    from: date('from', false),
    to: date('to', true),
    q: params.get('q') || undefined,
    sort: sort as FindingListQuery['sort'],
    order: order === 'asc' ? 'asc' : 'desc',
    offset: Math.max(0, Number(params.get('offset')) || 0),
    limit: Math.min(100, Math.max(1, Number(params.get('limit')) || 25)),
    ...fixed,
  };
}

function MultiSelect(props: {
  label: string;
  param: string;
  options: readonly string[];
  labels: Record<string, string>;
  params: URLSearchParams;
  onChange: (values: string[]) => void;
}) {
  const classes = useStyles();
  const selected = props.params.getAll(props.param);
  const id = `devzero-filter-${props.param}`;
  return (
    <FormControl className={classes.select} size="small">
      <InputLabel id={`${id}-label`}>{props.label}</InputLabel>
      <Select
        labelId={`${id}-label`}
        multiple
        value={selected}
        onChange={e => props.onChange(e.target.value as string[])}
        renderValue={v =>
          (v as string[]).map(s => props.labels[s] ?? s).join(', ')
        }
        SelectDisplayProps={{ 'aria-label': props.label } as any}
      >
        {props.options.map(o => (
          <MenuItem key={o} value={o}>
            <Checkbox size="small" checked={selected.includes(o)} />
            <ListItemText primary={props.labels[o]} />
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}

/** A text filter that writes to the URL once typing pauses. */
function DebouncedField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  width?: number;
}) {
  const [text, setText] = useState(props.value);
  const { value, onChange } = props;
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return undefined;
    const timer = setTimeout(() => onChange(text), 350);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <TextField
      id={`devzero-filter-${props.label.toLocaleLowerCase('en-US')}`}
      label={props.label}
      value={text}
      placeholder={props.placeholder}
      onChange={e => setText(e.target.value)}
      style={{ width: props.width ?? 220 }}
    />
  );
}

/**
 * Findings with their filters, sorting and paging, all kept in the URL so a
 * view can be shared. `fixed` filters (the entity tab's entity, "my
 * findings") and the filters of hidden columns are not shown as controls.
 */
export function FindingsView(
  props: {
    fixed?: FindingListQuery;
    caption: string;
    empty?: ReactNode;
  } & FindingsTableOptions,
) {
  const classes = useStyles();
  const api = useApi(devzeroApiRef);
  const alertApi = useApi(alertApiRef);
  const [params, setParams] = useSearchParams();
  const { fixed } = props;
  const query = useMemo(() => queryFromParams(params, fixed), [params, fixed]);
  const key = JSON.stringify(query);
  const { value, loading, error } = useAsync(
    () => api.listFindings(query),
    [api, key],
  );

  const update = (changes: Record<string, string | string[] | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [name, v] of Object.entries(changes)) {
      next.delete(name);
      for (const item of Array.isArray(v) ? v : [v]) {
        if (item) next.append(name, item);
      }
    }
    if (!('offset' in changes)) next.delete('offset');
    setParams(next, { replace: true });
  };

  const download = async (format: 'csv' | 'json') => {
    try {
      const blob = await api.exportFindings(query, format);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `findings.${format}`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      alertApi.post({
        message: `Could not export: ${messageOf(e)}`,
        severity: 'error',
      });
    }
  };

  // A fixed filter has no control, and neither has a column the table hides
  // (the entity tab's findings all have one entity and, nearly always, one
  // owner).
  const hidden = new Set(Object.keys(fixed ?? {}));
  if (props.hideEntity) hidden.add('entity');
  if (props.hideOwner) hidden.add('owner');
  const [sortKey] = [`${query.sort}:${query.order}`];
  return (
    <>
      <div
        className={classes.filters}
        role="search"
        aria-label="Filter findings"
      >
        <DebouncedField
          label="Search"
          placeholder="Text in a title or scenario"
          value={params.get('q') ?? ''}
          onChange={q => update({ q })}
        />
        {ENUM_FILTERS.filter(f => !hidden.has(f.param)).map(f => (
          <MultiSelect
            key={f.param}
            label={f.label}
            param={f.param}
            options={f.options}
            labels={f.labels}
            params={params}
            onChange={values => update({ [f.param]: values })}
          />
        ))}
        {!hidden.has('owner') && (
          <EntityPicker
            id="devzero-filter-owner"
            label="Owner"
            placeholder="Any team"
            kinds={['Group', 'User']}
            required={false}
            special={MY_TEAMS}
            value={params.get('owner') ?? undefined}
            onChange={owner => update({ owner })}
            style={{ width: 220 }}
          />
        )}
        {!hidden.has('entity') && (
          <EntityPicker
            id="devzero-filter-entity"
            label="Entity"
            placeholder="Any entity"
            required={false}
            value={params.get('entity') ?? undefined}
            onChange={entity => update({ entity })}
            style={{ width: 240 }}
          />
        )}
        {!hidden.has('reporter') && (
          <EntityPicker
            id="devzero-filter-reporter"
            label="Reporter"
            placeholder="Anyone"
            kinds={['User']}
            required={false}
            special={ME}
            value={params.get('reporter') ?? undefined}
            onChange={reporter => update({ reporter })}
            style={{ width: 200 }}
          />
        )}
        <TextField
          id="devzero-filed-from"
          label="Filed from"
          type="date"
          InputLabelProps={{ shrink: true }}
          value={params.get('from') ?? ''}
          onChange={e => update({ from: e.target.value })}
        />
        <TextField
          id="devzero-filed-until"
          label="Filed until"
          type="date"
          InputLabelProps={{ shrink: true }}
          value={params.get('to') ?? ''}
          onChange={e => update({ to: e.target.value })}
        />
        <FormControl className={classes.select} size="small">
          <InputLabel id="devzero-sort-label">Sort</InputLabel>
          <Select
            labelId="devzero-sort-label"
            value={sortKey in SORTS ? sortKey : 'created:desc'}
            onChange={e => update({ sort: e.target.value as string })}
            SelectDisplayProps={{ 'aria-label': 'Sort' } as any}
          >
            {Object.entries(SORTS).map(([k, label]) => (
              <MenuItem key={k} value={k}>
                {label}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      </div>
      <Box display="flex" alignItems="center" mb={1}>
        <Typography
          variant="body2"
          color="textSecondary"
          style={{ flexGrow: 1 }}
        >
          {value
            ? `${
                value.totalCapped ? 'More than ' : ''
              }${value.totalItems.toLocaleString('en-US')} finding${
                value.totalItems === 1 ? '' : 's'
              }`
            : ''}
        </Typography>
        <Button size="small" onClick={() => download('csv')}>
          Export CSV
        </Button>
        <Button size="small" onClick={() => download('json')}>
          Export JSON
        </Button>
      </Box>
      {error && <ResponseErrorPanel error={error} />}
      {loading && <Progress />}
      {value && value.totalItems === 0 && (
        <Box py={4}>
          {props.empty ?? (
            <Typography color="textSecondary">
              No findings match these filters.
            </Typography>
          )}
        </Box>
      )}
      {value && value.totalItems > 0 && (
        <FindingsTable
          caption={props.caption}
          items={value.items}
          totalItems={value.totalItems}
          totalCapped={value.totalCapped}
          offset={query.offset ?? 0}
          limit={query.limit ?? 25}
          hideEntity={props.hideEntity}
          hideOwner={props.hideOwner}
          onPage={(offset, limit) =>
            update({ offset: String(offset), limit: String(limit) })
          }
        />
      )}
    </>
  );
}
