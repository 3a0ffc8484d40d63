import { useApi } from '@backstage/core-plugin-api';
import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import { makeStyles } from '@material-ui/core/styles';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { referenceArchitecturesApiRef } from '../../api/ReferenceArchitecturesApi';

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(3),
  },
  control: { minWidth: '18rem' },
}));

/** Picks what each side shows: any version of any reference architecture. */
export function ComparePicker(props: {
  left: string | null;
  right: string | null;
}) {
  const classes = useStyles();
  const api = useApi(referenceArchitecturesApiRef);
  const [, setParams] = useSearchParams();
  const { value } = useAsync(
    () => api.listArchitectures({ limit: 200 }),
    [api],
  );
  const options = (value?.items ?? []).flatMap(a =>
    a.versions.map(v => ({
      value: `${a.series}@${v.version}`,
      label: `${a.title} ${v.version}`,
      shown: v.version === a.version,
      series: a.series,
    })),
  );
  // A side named without its version shows the series' shown version.
  const selected = (raw: string | null) => {
    if (!raw) return '';
    if (raw.includes('@')) return raw;
    return options.find(o => o.series === raw && o.shown)?.value ?? '';
  };
  const select = (side: 'left' | 'right', label: string) => (
    <FormControl variant="outlined" size="small" className={classes.control}>
      <InputLabel id={`ra-compare-${side}-label`}>{label}</InputLabel>
      <Select
        labelId={`ra-compare-${side}-label`}
        id={`ra-compare-${side}`}
        // Named by its label and its value, as it reads.
        SelectDisplayProps={{ id: `ra-compare-${side}-display` }}
        label={label}
        value={options.length ? selected(props[side]) : ''}
        onChange={e =>
          setParams(
            previous => {
              const next = new URLSearchParams(previous);
              next.set(side, String(e.target.value));
              return next;
            },
            { replace: true },
          )
        }
      >
        {options.map(o => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
  return (
    <div className={classes.bar}>
      {select('left', 'Left side')}
      {select('right', 'Right side')}
    </div>
  );
}
