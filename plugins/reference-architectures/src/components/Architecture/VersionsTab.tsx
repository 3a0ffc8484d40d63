import { InfoCard, Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { ArchitectureDetail } from '@internal/plugin-reference-architectures-common';
import FormControl from '@material-ui/core/FormControl';
import Grid from '@material-ui/core/Grid';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import { makeStyles } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useSearchParams } from 'react-router-dom';
import { architectureRouteRef } from '../../routes';
import { LifecycleChip } from '../shared';
import { VersionDiffView } from './VersionDiffView';

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  control: { minWidth: '10rem' },
}));

/** Compares semantic versions, highest first (pre-releases ignored). */
const byVersionDescending = (a: string, b: string) => {
  const pa = a.split(/[.-]/).map(Number);
  const pb = b.split(/[.-]/).map(Number);
  for (let i = 0; i < 3; i++)
    if ((pa[i] || 0) !== (pb[i] || 0)) return (pb[i] || 0) - (pa[i] || 0);
  return 0;
};

/** The series' versions, and what changed between two of them. */
export function VersionsTab(props: { detail: ArchitectureDetail }) {
  const classes = useStyles();
  const detailPath = useRouteRef(architectureRouteRef);
  const [params, setParams] = useSearchParams();
  const { summary } = props.detail;
  const versions = [...summary.versions].sort((a, b) =>
    byVersionDescending(a.version, b.version),
  );
  const known = new Set(versions.map(v => v.version));
  const pick = (key: string) => {
    const value = params.get(key);
    return value && known.has(value) ? value : undefined;
  };
  // By default the shown version against the one before it.
  const to = pick('to') ?? summary.version;
  const from =
    pick('from') ??
    versions.find(v => byVersionDescending(v.version, to) > 0)?.version ??
    versions.find(v => v.version !== to)?.version;
  const choose = (key: 'from' | 'to', value: string) =>
    setParams(
      previous => {
        const next = new URLSearchParams(previous);
        next.set('tab', 'versions');
        next.set('from', from ?? '');
        next.set('to', to);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const versionSelect = (key: 'from' | 'to', label: string, value?: string) => (
    <FormControl variant="outlined" size="small" className={classes.control}>
      <InputLabel id={`ra-diff-${key}-label`}>{label}</InputLabel>
      <Select
        labelId={`ra-diff-${key}-label`}
        id={`ra-diff-${key}`}
        // Named by its label and its value, as it reads.
        SelectDisplayProps={{ id: `ra-diff-${key}-display` }}
        label={label}
        value={value ?? ''}
        onChange={e => choose(key, String(e.target.value))}
      >
        {versions.map(v => (
          <MenuItem key={v.version} value={v.version}>
            {v.version}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={5}>
        <InfoCard title="Versions">
          <Table size="small">
            <caption>Every version of this reference architecture</caption>
            <TableHead>
              <TableRow>
                <TableCell>Version</TableCell>
                <TableCell>Lifecycle</TableCell>
                <TableCell align="right" style={{ whiteSpace: 'nowrap' }}>
                  Adopters
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {versions.map(v => (
                <TableRow key={v.version}>
                  <TableCell component="th" scope="row">
                    <Link
                      to={`${detailPath({
                        name: summary.series,
                      })}?version=${encodeURIComponent(v.version)}`}
                      // Its cell goes on in text ("shown in the library").
                      underline="always"
                    >
                      {v.version}
                    </Link>
                    {v.version === summary.version && ' (shown in the library)'}
                  </TableCell>
                  <TableCell>
                    <LifecycleChip lifecycle={v.lifecycle} />
                  </TableCell>
                  <TableCell align="right">{v.adopters}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={7}>
        <InfoCard title="What changed">
          {versions.length < 2 || !from ? (
            <Typography variant="body2">
              There is only one version, so nothing to compare yet.
            </Typography>
          ) : (
            <>
              <div className={classes.bar}>
                {versionSelect('from', 'From version', from)}
                {versionSelect('to', 'To version', to)}
              </div>
              <VersionDiffView series={summary.series} from={from} to={to} />
            </>
          )}
        </InfoCard>
      </Grid>
    </Grid>
  );
}
