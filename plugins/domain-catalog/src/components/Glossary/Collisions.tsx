import { TermCollision } from '@internal/plugin-domain-catalog-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { ContextLink } from '../shared';

/** Each term defined by several contexts, with the definitions side by side. */
export function Collisions(props: { collisions: TermCollision[] }) {
  if (props.collisions.length === 0) {
    return (
      <Typography>No term is defined by more than one context.</Typography>
    );
  }
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      {props.collisions.map(collision => (
        <Box
          key={collision.term}
          component="section"
          aria-label={`${collision.term} in ${collision.entries.length} contexts`}
        >
          <Box display="flex" alignItems="center" style={{ gap: 8 }} mb={1}>
            <Typography variant="h6" component="h3">
              {collision.term}
            </Typography>
            <Chip
              size="small"
              label={
                collision.sameDefinition
                  ? 'same definition'
                  : `${collision.entries.length} meanings`
              }
              color={collision.sameDefinition ? 'default' : 'secondary'}
            />
          </Box>
          <Box
            display="grid"
            style={{
              gap: 12,
              gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
            }}
          >
            {collision.entries.map(entry => (
              <Paper
                key={`${entry.context}:${entry.term}`}
                variant="outlined"
                style={{ padding: 12 }}
              >
                <Typography variant="subtitle2">
                  <ContextLink
                    context={{
                      ref: entry.context,
                      title: entry.contextTitle,
                      name: entry.context,
                    }}
                  />
                  {entry.term !== collision.term && ` (as ${entry.term})`}
                </Typography>
                <Typography variant="body2">{entry.definition}</Typography>
              </Paper>
            ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
