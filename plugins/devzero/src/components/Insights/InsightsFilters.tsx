import Box from '@material-ui/core/Box';
import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import { Period, PERIODS } from './useInsights';

/** The period and the teams insights are for. */
export function InsightsFilters(props: {
  period: Period;
  scope: 'all' | 'mine';
  onChange: (name: 'period' | 'scope', value: string) => void;
}) {
  return (
    <Box
      display="flex"
      style={{ gap: 16 }}
      mb={2}
      flexWrap="wrap"
      alignItems="flex-end"
    >
      <FormControl size="small" style={{ minWidth: 180 }}>
        <InputLabel id="devzero-period-label">Period</InputLabel>
        <Select
          labelId="devzero-period-label"
          value={props.period}
          onChange={e => props.onChange('period', e.target.value as string)}
          SelectDisplayProps={{ id: 'devzero-period-display' }}
        >
          {Object.entries(PERIODS).map(([k, p]) => (
            <MenuItem key={k} value={k}>
              {p.label}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <FormControl size="small" style={{ minWidth: 180 }}>
        <InputLabel id="devzero-scope-label">Teams</InputLabel>
        <Select
          labelId="devzero-scope-label"
          value={props.scope}
          onChange={e => props.onChange('scope', e.target.value as string)}
          SelectDisplayProps={{ id: 'devzero-scope-display' }}
        >
          <MenuItem value="all">Every team</MenuItem>
          <MenuItem value="mine">My teams</MenuItem>
        </Select>
      </FormControl>
    </Box>
  );
}
