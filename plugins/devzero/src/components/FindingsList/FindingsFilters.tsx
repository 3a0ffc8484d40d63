import {
  CATEGORIES,
  JOURNEY_STEPS,
  SEVERITIES,
  STATUSES,
} from '@internal/plugin-devzero-common';
import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import TextField from '@material-ui/core/TextField';
import { FindingListQuery } from '../../api/DevzeroApi';
import {
  CATEGORY_LABELS,
  EntityPicker,
  JOURNEY_STEP_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
} from '../shared';
import { DebouncedField, MultiSelect, useFilterStyles } from './FilterControls';
import { FilterChanges } from './useFindingsQuery';

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

/**
 * The findings list's filter bar, read from and written to the URL. A
 * `hidden` filter (a fixed one, or one of a column the table leaves out)
 * has no control.
 */
export function FindingsFilters(props: {
  params: URLSearchParams;
  query: FindingListQuery;
  hidden: Set<string>;
  onChange: (changes: FilterChanges) => void;
}) {
  const classes = useFilterStyles();
  const { params, query, hidden, onChange: update } = props;
  const sortKey = `${query.sort}:${query.order}`;
  return (
    <div className={classes.filters} role="search" aria-label="Filter findings">
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
          SelectDisplayProps={{ id: 'devzero-sort-display' }}
        >
          {Object.entries(SORTS).map(([k, label]) => (
            <MenuItem key={k} value={k}>
              {label}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
    </div>
  );
}
