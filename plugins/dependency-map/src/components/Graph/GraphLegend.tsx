import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { colourOf } from './palette';

/** What the node colours mean, for the kinds on screen. */
export function GraphLegend(props: { kinds: string[] }) {
  const entries = [
    ['focus', colourOf('', true)],
    ...props.kinds.map(k => [
      k === 'group' ? 'group (click to expand)' : k,
      colourOf(k, false),
    ]),
  ];
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      component="ul"
      p={0}
      m={0}
      aria-label="Legend"
      style={{ listStyle: 'none', gap: 12 }}
    >
      {entries.map(([name, colour]) => (
        <Box component="li" key={name} display="flex" alignItems="center">
          <span
            aria-hidden
            style={{
              width: 10,
              height: 10,
              borderRadius: 5,
              background: colour,
              display: 'inline-block',
              marginRight: 4,
            }}
          />
          <Typography variant="caption">{name}</Typography>
        </Box>
      ))}
    </Box>
  );
}
