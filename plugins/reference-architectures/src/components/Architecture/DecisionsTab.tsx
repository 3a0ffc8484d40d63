import { ArchitectureDecision } from '@internal/plugin-reference-architectures-common';
import Typography from '@material-ui/core/Typography';
import { DecisionsTable } from '../shared';

const today = () => new Date().toISOString().slice(0, 10);

/** The decisions this version records, with their revisit dates. */
export function DecisionsTab(props: { decisions: ArchitectureDecision[] }) {
  if (!props.decisions.length)
    return (
      <Typography variant="body2">
        This version records no decisions.
      </Typography>
    );
  const now = today();
  return (
    <DecisionsTable
      caption="Decisions recorded in this version"
      decisions={props.decisions.map(d => ({
        ...d,
        revisitOverdue: Boolean(d.revisitBy && d.revisitBy < now),
      }))}
    />
  );
}
