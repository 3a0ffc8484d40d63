import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import ListItemText from '@material-ui/core/ListItemText';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import { useEffect, useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';

/** The filter bar's layout, shared by its controls. */
export const useFilterStyles = makeStyles(theme => ({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    alignItems: 'flex-end',
    marginBottom: theme.spacing(2),
  },
  select: { minWidth: 160, maxWidth: 240 },
}));

/** Picks any of a fixed list; the choice lives in the URL's `param`. */
export function MultiSelect(props: {
  label: string;
  param: string;
  options: readonly string[];
  labels: Record<string, string>;
  params: URLSearchParams;
  onChange: (values: string[]) => void;
}) {
  const classes = useFilterStyles();
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
        SelectDisplayProps={{ id: `${id}-display` } as any}
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
export function DebouncedField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  width?: number;
}) {
  const { value, onChange } = props;
  const [text, setText] = useState(value);
  // The URL changed another way (back, a shared link): show what it says.
  useEffect(() => setText(value), [value]);
  useDebounce(
    () => {
      if (text !== value) onChange(text);
    },
    350,
    [text],
  );
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
