import { InfoCard } from '@backstage/core-components';
import { ReferenceArchitectureSpec } from '@internal/plugin-reference-architectures-common';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { MermaidDiagram } from './MermaidDiagram';

/** The design drawn, with its numbered data flow beside it. */
export function DiagramTab(props: { spec: ReferenceArchitectureSpec }) {
  const diagram = props.spec.diagram;
  if (!diagram)
    return (
      <Typography variant="body2">This version has no diagram.</Typography>
    );
  const steps = diagram.dataFlow ?? [];
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} lg={8}>
        <InfoCard title="Diagram">
          <MermaidDiagram
            source={diagram.mermaid}
            title={`Diagram of the design; the data flow lists its steps${
              steps.length ? ` (${steps.length})` : ''
            }`}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} lg={4}>
        <InfoCard title="Data flow">
          {steps.length ? (
            <ol aria-label="Data flow steps">
              {steps.map((step, i) => (
                <li key={i}>
                  <Typography variant="body2">{step}</Typography>
                </li>
              ))}
            </ol>
          ) : (
            <Typography variant="body2" color="textSecondary">
              No data flow is described.
            </Typography>
          )}
        </InfoCard>
      </Grid>
    </Grid>
  );
}
