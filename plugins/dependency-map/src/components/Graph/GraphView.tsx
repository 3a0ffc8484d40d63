import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { LoadErrorPanel } from '@internal/plugin-fitsys-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Typography from '@material-ui/core/Typography';
import { ToggleButton, ToggleButtonGroup } from '@material-ui/lab';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { dependencyMapApiRef } from '../../api/DependencyMapApi';
import { ExportButton } from '../shared/ExportButton';
import { NodePicker } from '../shared/NodePicker';
import { useNodeSuggestions } from '../shared/useNodeSuggestions';
import { GraphControls } from './GraphControls';
import { GraphDrawing } from './GraphDrawing';
import {
  aggregate,
  DrawnNode,
  filterSubgraph,
  kindOf,
  NO_FILTERS,
} from './graphModel';
import {
  graphSettingsParams,
  GraphSettings,
  readGraphSettings,
} from './graphQuery';
import { GraphStatus } from './GraphStatus';
import { canDrawWebGl } from './webgl';

/** Mermaid and DOT exports stop at the backend's bound for them. */
const MAX_EXPORT_NODES = 500;

/** The interactive graph around one node, with depth, grouping, filters, a table and exports. */
export function GraphView() {
  const api = useApi(dependencyMapApiRef);
  const [params, setParams] = useSearchParams();
  const settings = readGraphSettings(params);
  const setSettings = (s: GraphSettings) => setParams(graphSettingsParams(s));
  const suggestions = useNodeSuggestions();
  const [filters, setFilters] = useState(NO_FILTERS);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [drawAll, setDrawAll] = useState(false);
  const [view, setView] = useState<'graph' | 'table'>(() =>
    canDrawWebGl() ? 'graph' : 'table',
  );
  const { node, depth, direction, maxNodes, groupBy } = settings;

  const {
    value: subgraph,
    loading,
    error,
  } = useAsync(
    async () =>
      node ? api.getGraph({ node, depth, direction, maxNodes }) : undefined,
    [api, node, depth, direction, maxNodes],
  );
  useEffect(() => setExpanded(new Set()), [subgraph, groupBy]);
  const filtered = useMemo(
    () => (subgraph ? filterSubgraph(subgraph, filters) : undefined),
    [subgraph, filters],
  );
  const drawn = useMemo(
    () =>
      filtered
        ? aggregate(filtered, { groupBy, expanded, drawAll })
        : undefined,
    [filtered, groupBy, expanded, drawAll],
  );
  const kinds = useMemo(
    () => [...new Set(subgraph?.nodes.map(kindOf))].sort(),
    [subgraph],
  );
  const owners = useMemo(
    () =>
      [
        ...new Set(subgraph?.nodes.flatMap(n => (n.owner ? [n.owner] : []))),
      ].sort(),
    [subgraph],
  );
  // A group drills in; a node becomes the focus (the canvas reads this
  // through a ref, so a new function each render costs nothing).
  const expand = (n: DrawnNode) => {
    if (n.groupKey) setExpanded(e => new Set([...e, n.groupKey!]));
    else if (n.node && !n.focus) setSettings({ ...settings, node: n.node.id });
  };
  const exportAs = (format: 'mermaid' | 'dot') => () =>
    api.exportGraph({
      node: node!,
      format,
      depth: Math.min(depth, 4),
      direction,
      maxNodes: Math.min(maxNodes, MAX_EXPORT_NODES),
    });

  return (
    <>
      <NodePicker
        label="Graph around"
        initial={node ?? ''}
        suggestions={suggestions}
        onPick={id => setSettings({ ...settings, node: id })}
        button="Show graph"
      />
      <GraphControls
        settings={settings}
        onSettings={setSettings}
        filters={filters}
        onFilters={setFilters}
        kinds={kinds}
        owners={owners}
      />
      {!node ? (
        <Typography variant="body2" color="textSecondary">
          Pick a hot spot or name an entity to draw the graph around it.
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
      {drawn && filtered && subgraph && !loading ? (
        <>
          <Box
            display="flex"
            flexWrap="wrap"
            alignItems="center"
            my={1}
            style={{ gap: 8 }}
          >
            <ToggleButtonGroup
              size="small"
              exclusive
              value={view}
              onChange={(_e, v) => v && setView(v)}
              aria-label="Show as"
            >
              <ToggleButton value="graph">Graph</ToggleButton>
              <ToggleButton value="table">Table</ToggleButton>
            </ToggleButtonGroup>
            <FormControlLabel
              control={
                <Checkbox
                  checked={drawAll}
                  onChange={e => setDrawAll(e.target.checked)}
                />
              }
              label="Draw every node (up to 2,000)"
            />
            {expanded.size ? (
              <Button size="small" onClick={() => setExpanded(new Set())}>
                Collapse groups
              </Button>
            ) : null}
            <ExportButton label="Mermaid" load={exportAs('mermaid')} />
            <ExportButton label="DOT" load={exportAs('dot')} />
          </Box>
          <GraphStatus subgraph={subgraph} filtered={filtered} drawn={drawn} />
          <GraphDrawing graph={drawn} view={view} onNodeClick={expand} />
        </>
      ) : null}
    </>
  );
}
