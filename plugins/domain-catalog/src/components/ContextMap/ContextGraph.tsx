import {
  DependencyGraph,
  DependencyGraphTypes,
} from '@backstage/core-components';
import { DomainClassification } from '@internal/plugin-domain-catalog-common';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import { classificationColour } from '../shared';

/** A node of the drawn map: a context, or a domain in the aggregate view. */
export type GraphNode = {
  id: string;
  label: string;
  sublabel?: string;
  classification?: DomainClassification;
};

const useStyles = makeStyles(theme => ({
  graph: { width: '100%', minHeight: 420 },
  node: {
    cursor: 'pointer',
    outline: 'none',
    '&:focus rect, &:hover rect': {
      stroke: theme.palette.primary.main,
      strokeWidth: 3,
    },
  },
  label: { fill: theme.palette.text.primary, fontSize: 11 },
}));

const WIDTH = 170;
const HEIGHT = 46;

/**
 * The context map as a layered diagram (dagre, through Backstage's
 * DependencyGraph): nodes coloured by classification, edges from upstream to
 * downstream labelled with their patterns. Nodes are focusable and open on
 * Enter as well as on click.
 */
export function ContextGraph(props: {
  nodes: GraphNode[];
  edges: Array<{ from: string; to: string; label: string }>;
  onSelect: (id: string) => void;
  title: string;
}) {
  const classes = useStyles();
  const theme = useTheme();
  const renderNode = ({
    node,
  }: DependencyGraphTypes.RenderNodeProps<GraphNode>) => {
    const fill = classificationColour(theme, node.classification);
    const text = theme.palette.getContrastText(fill);
    return (
      <g
        className={classes.node}
        role="link"
        tabIndex={0}
        aria-label={`${node.label}${node.sublabel ? `, ${node.sublabel}` : ''}`}
        onClick={() => props.onSelect(node.id)}
        onKeyDown={e => {
          if (e.key === 'Enter' || e.key === ' ') props.onSelect(node.id);
        }}
      >
        <rect
          width={WIDTH}
          height={HEIGHT}
          rx={8}
          fill={fill}
          stroke={theme.palette.divider}
        />
        <text
          x={WIDTH / 2}
          y={node.sublabel ? 19 : 27}
          textAnchor="middle"
          fill={text}
          fontSize={13}
          fontWeight={600}
        >
          {node.label.length > 24 ? `${node.label.slice(0, 23)}…` : node.label}
        </text>
        {node.sublabel && (
          <text
            x={WIDTH / 2}
            y={35}
            textAnchor="middle"
            fill={text}
            fontSize={11}
          >
            {node.sublabel}
          </text>
        )}
      </g>
    );
  };
  const renderLabel = ({
    edge,
  }: DependencyGraphTypes.RenderLabelProps<{ label: string }>) => (
    <text className={classes.label}>{edge.label}</text>
  );
  return (
    <div role="figure" aria-label={props.title}>
      <DependencyGraph<GraphNode, { label: string }>
        className={classes.graph}
        nodes={props.nodes.map(n => ({ ...n, width: WIDTH, height: HEIGHT }))}
        edges={props.edges}
        direction={DependencyGraphTypes.Direction.TOP_BOTTOM}
        renderNode={renderNode}
        renderLabel={renderLabel}
        labelPosition={DependencyGraphTypes.LabelPosition.CENTER}
        rankMargin={70}
        nodeMargin={24}
        zoom="enable-on-click"
        showArrowHeads
        fit="grow"
      />
    </div>
  );
}
