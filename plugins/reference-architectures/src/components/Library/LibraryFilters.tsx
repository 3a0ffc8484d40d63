import {
  ArchitectureList,
  Lifecycle,
  QUALITY_ATTRIBUTE_TITLES,
  QUALITY_ATTRIBUTES,
} from '@internal/plugin-reference-architectures-common';
import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import ListItemText from '@material-ui/core/ListItemText';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import { makeStyles } from '@material-ui/core/styles';
import TextField from '@material-ui/core/TextField';
import { useEffect, useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';
import { LibraryQuery } from '../../api/ReferenceArchitecturesApi';
import { LIFECYCLE_LABELS, shortRef } from '../shared';

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  search: { flex: '1 1 16rem' },
  control: { minWidth: '11rem', flex: '1 1 11rem' },
}));

function SingleSelect(props: {
  id: string;
  label: string;
  value?: string;
  options: Array<{ value: string; label: string }>;
  onChange: (value: string) => void;
  className: string;
}) {
  return (
    <FormControl variant="outlined" size="small" className={props.className}>
      <InputLabel id={`${props.id}-label`}>{props.label}</InputLabel>
      <Select
        labelId={`${props.id}-label`}
        id={props.id}
        // Named by its label and its value, as it reads.
        SelectDisplayProps={{ id: `${props.id}-display` }}
        label={props.label}
        value={props.value ?? ''}
        onChange={e => props.onChange(String(e.target.value))}
      >
        <MenuItem value="">
          <em>Any</em>
        </MenuItem>
        {props.options.map(o => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}

/** Search and filters of the library; the filter values come from the library's facets. */
export function LibraryFilters(props: {
  query: LibraryQuery;
  facets?: ArchitectureList['facets'];
  onChange: (changes: Partial<Record<string, string | string[]>>) => void;
}) {
  const classes = useStyles();
  const { query, facets, onChange } = props;
  const [text, setText] = useState(query.q ?? '');
  useEffect(() => setText(query.q ?? ''), [query.q]);
  useDebounce(
    () => {
      if (text !== (query.q ?? '')) onChange({ q: text.trim() });
    },
    300,
    [text],
  );
  const lifecycles = facets?.lifecycles ?? [];
  return (
    <div className={classes.bar} role="search" aria-label="Search the library">
      <TextField
        className={classes.search}
        id="ra-search"
        label="Search"
        placeholder="Title, problem, building block, tag…"
        variant="outlined"
        size="small"
        type="search"
        value={text}
        inputProps={{ maxLength: 200 }}
        onChange={e => setText(e.target.value)}
      />
      <FormControl variant="outlined" size="small" className={classes.control}>
        <InputLabel id="ra-lifecycle-label">Lifecycle</InputLabel>
        <Select
          labelId="ra-lifecycle-label"
          id="ra-lifecycle"
          // Named by its label and its value, as it reads.
          SelectDisplayProps={{ id: 'ra-lifecycle-display' }}
          label="Lifecycle"
          multiple
          value={query.lifecycle ?? []}
          renderValue={v =>
            (v as Lifecycle[]).map(l => LIFECYCLE_LABELS[l]).join(', ')
          }
          onChange={e => onChange({ lifecycle: e.target.value as string[] })}
        >
          {lifecycles.map(l => (
            <MenuItem key={l} value={l}>
              <Checkbox
                size="small"
                checked={query.lifecycle?.includes(l) ?? false}
              />
              <ListItemText primary={LIFECYCLE_LABELS[l] ?? l} />
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <SingleSelect
        id="ra-quality"
        label="Quality attribute"
        className={classes.control}
        value={query.quality}
        options={QUALITY_ATTRIBUTES.map(a => ({
          value: a,
          label: QUALITY_ATTRIBUTE_TITLES[a],
        }))}
        onChange={quality => onChange({ quality })}
      />
      <SingleSelect
        id="ra-tag"
        label="Tag"
        className={classes.control}
        value={query.tag}
        options={(facets?.tags ?? []).map(t => ({ value: t, label: t }))}
        onChange={tag => onChange({ tag })}
      />
      <SingleSelect
        id="ra-owner"
        label="Owner"
        className={classes.control}
        value={query.owner}
        options={(facets?.owners ?? []).map(o => ({
          value: o,
          label: shortRef(o),
        }))}
        onChange={owner => onChange({ owner })}
      />
    </div>
  );
}
