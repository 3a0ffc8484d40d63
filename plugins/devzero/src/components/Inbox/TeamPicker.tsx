import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { Teams } from './useTeams';

/** Picks one of the viewer's teams, or the one asked for, or all of them. */
export function TeamPicker(props: {
  teams: Teams;
  team: string;
  onChange: (team: string) => void;
}) {
  const { teams } = props;
  return (
    <Box mb={2}>
      <TextField
        select
        id="devzero-inbox-team"
        label="Team"
        value={props.team}
        onChange={e => props.onChange(e.target.value)}
        style={{ minWidth: 240 }}
        SelectProps={{ displayEmpty: true }}
        InputLabelProps={{ shrink: true }}
      >
        <MenuItem value="">All my teams</MenuItem>
        {teams.mine.map(t => (
          <MenuItem key={t.ref} value={t.ref}>
            {t.label}
          </MenuItem>
        ))}
        {teams.other.map(t => (
          <MenuItem key={t.ref} value={t.ref}>
            {t.label} (not your team)
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}
