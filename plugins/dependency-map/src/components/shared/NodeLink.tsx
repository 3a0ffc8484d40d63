import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { DependencyNode } from '@internal/plugin-dependency-map-common';
import Typography from '@material-ui/core/Typography';
import { graphRouteRef, impactRouteRef } from '../../routes';

/** A node by name: an entity links to its catalog page, a fact is shown as text. */
export function NodeName(props: { node: DependencyNode }) {
  const { node } = props;
  if (node.type === 'entity') {
    return <EntityRefLink entityRef={node.id} title={node.label} />;
  }
  return (
    <span>
      <Typography component="span" variant="caption" color="textSecondary">
        {node.type}{' '}
      </Typography>
      {node.label}
    </span>
  );
}

/** Links to a node's blast radius, or its graph. */
export function useNodeLinks() {
  const impact = useRouteRef(impactRouteRef);
  const graph = useRouteRef(graphRouteRef);
  return {
    blastRadius: (id: string) => `${impact()}?node=${encodeURIComponent(id)}`,
    graph: (id: string) => `${graph()}?node=${encodeURIComponent(id)}`,
  };
}

/**
 * "Blast radius" and "Graph" links for a node, named so a screen reader tells
 * rows apart, and underlined: they often follow the node's name in a line.
 */
export function NodeActions(props: { node: DependencyNode }) {
  const links = useNodeLinks();
  const { node } = props;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Link
        to={links.blastRadius(node.id)}
        aria-label={`Blast radius of ${node.label}`}
        underline="always"
      >
        Blast radius
      </Link>
      {' · '}
      <Link
        to={links.graph(node.id)}
        aria-label={`Graph around ${node.label}`}
        underline="always"
      >
        Graph
      </Link>
    </span>
  );
}
