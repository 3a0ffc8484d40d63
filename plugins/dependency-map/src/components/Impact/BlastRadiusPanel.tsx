import { Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { LoadErrorPanel } from '@internal/plugin-fitsys-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { dependencyMapApiRef } from '../../api/DependencyMapApi';
import { describeNode, plural } from '../shared/format';
import { useNodeLinks } from '../shared/NodeLink';
import { NodePicker } from '../shared/NodePicker';
import { ImpactSummary } from './ImpactSummary';
import { NodeSuggestion } from '../shared/useNodeSuggestions';

/** Impacted entities listed; the counts are always complete. */
const LISTED = 500;
/** The blast radius of one node: what fails, transitively, if it fails. */
export function BlastRadiusPanel(props: {
  node?: string;
  suggestions: NodeSuggestion[];
  onPick: (id: string) => void;
}) {
  const api = useApi(dependencyMapApiRef);
  const { node } = props;
  const links = useNodeLinks();
  const { value, loading, error } = useAsync(
    async () => (node ? api.getBlastRadius(node, LISTED) : undefined),
    [api, node],
  );
  return (
    <Box component="section" aria-label="Blast radius">
      <Typography variant="h5" component="h2" gutterBottom>
        Blast radius
      </Typography>
      <NodePicker
        label="Entity or shared fact"
        initial={node ?? ''}
        suggestions={props.suggestions}
        onPick={props.onPick}
        button="Show blast radius"
      />
      {!node ? (
        <Typography variant="body2" color="textSecondary">
          Pick a hot spot or name any entity to see what fails with it.
        </Typography>
      ) : null}
      {loading ? <Progress /> : null}
      {error ? (
        <LoadErrorPanel
          error={error}
          what={`"${node}"`}
          back={{ label: 'Hot spots', to: '..' }}
        />
      ) : null}
      {value ? (
        <Box mt={2}>
          <Typography variant="body1" paragraph>
            If <strong>{describeNode(value.node)}</strong> fails,{' '}
            {plural(value.impacted, 'entity', 'entities')} fail with it (
            {plural(value.directDependents, 'direct dependent')}).{' '}
            <Link to={links.graph(value.node.id)}>See the graph around it</Link>
          </Typography>
          <ImpactSummary
            impact={value}
            title={`What fails with ${value.node.label}`}
          />
        </Box>
      ) : null}
    </Box>
  );
}
