import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  ContextMap,
  ContextMapExportFormat,
} from '@internal/plugin-domain-catalog-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import ButtonGroup from '@material-ui/core/ButtonGroup';
import Typography from '@material-ui/core/Typography';
import { useNavigate, useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { domainCatalogApiRef, MapFilter } from '../../api/DomainCatalogApi';
import { useContextPath, useDownload } from '../shared';
import { ContextGraph } from './ContextGraph';
import { EdgeTable } from './EdgeTable';
import { HierarchyView } from './HierarchyView';
import { Legend, MapFilters } from './MapFilters';

/** Above this many contexts, the unfiltered map is drawn one node per domain. */
export const AGGREGATE_ABOVE = 60;

function filterFrom(params: URLSearchParams): MapFilter {
  const depth = Number(params.get('depth'));
  return {
    domains: params.getAll('domain'),
    owners: params.getAll('owner'),
    focus: params.get('focus') ?? undefined,
    depth: depth >= 1 && depth <= 3 ? depth : undefined,
  };
}

/** The context map page: filters in the URL, a diagram or a table, exports. */
export function ContextMapView() {
  const api = useApi(domainCatalogApiRef);
  const navigate = useNavigate();
  const contextPath = useContextPath();
  const download = useDownload();
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const filtered = !!(
    filter.domains?.length ||
    filter.owners?.length ||
    filter.focus
  );
  const view =
    (['table', 'hierarchy'] as const).find(v => v === params.get('view')) ??
    'diagram';
  const key = params.toString();

  const whole = useAsync(() => api.getMap(), []);
  const map = useAsync(
    async (): Promise<ContextMap | undefined> =>
      filtered ? api.getMap(filter) : whole.value,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, whole.value],
  );
  const aggregate =
    !filtered && (whole.value?.contexts.length ?? 0) > AGGREGATE_ABOVE;
  const domains = useAsync(
    async () => (aggregate ? api.getDomainAggregate() : undefined),
    [aggregate],
  );

  const update = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    change(next);
    setParams(next, { replace: false });
  };
  const openContext = (ref: string) => navigate(contextPath(ref));
  const exportAs = async (format: ContextMapExportFormat) => {
    const extension = { cml: 'cml', mermaid: 'mmd', dot: 'dot' }[format];
    await download(
      await api.exportUrl(format, filter),
      `context-map.${extension}`,
    );
  };

  const error = whole.error ?? map.error ?? domains.error;
  if (error) return <ResponseErrorPanel error={error} />;
  if (whole.loading || map.loading || !whole.value) return <Progress />;
  if (whole.value.contexts.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No bounded contexts yet"
        description="Declare a BoundedContext (apiVersion fitsys.dev/v1alpha1) in a catalog-info.yaml next to your code, and give your components the fitsys.dev/bounded-context annotation. The catalog picks it up on its next refresh."
      />
    );
  }
  const shown = map.value ?? whole.value;

  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <MapFilters map={whole.value} filter={filter} onChange={update} />
      <Box
        display="flex"
        alignItems="center"
        justifyContent="space-between"
        flexWrap="wrap"
        style={{ gap: 8 }}
      >
        <ButtonGroup size="small" aria-label="How to show the map">
          <Button
            variant={view === 'diagram' ? 'contained' : 'outlined'}
            onClick={() => update(p => p.delete('view'))}
          >
            Diagram
          </Button>
          <Button
            variant={view === 'table' ? 'contained' : 'outlined'}
            onClick={() => update(p => p.set('view', 'table'))}
          >
            Table
          </Button>
          <Button
            variant={view === 'hierarchy' ? 'contained' : 'outlined'}
            onClick={() => update(p => p.set('view', 'hierarchy'))}
          >
            Hierarchy
          </Button>
        </ButtonGroup>
        <ButtonGroup size="small" aria-label="Export the map">
          <Button onClick={() => exportAs('cml')}>Export CML</Button>
          <Button onClick={() => exportAs('mermaid')}>Export Mermaid</Button>
          <Button onClick={() => exportAs('dot')}>Export DOT</Button>
        </ButtonGroup>
      </Box>
      {view === 'table' && <EdgeTable map={shown} />}
      {view === 'hierarchy' && <HierarchyView map={shown} />}
      {view === 'diagram' && aggregate && domains.value && (
        <InfoCard
          title={`${whole.value.contexts.length} contexts in ${domains.value.nodes.length} domains`}
          subheader="The map is drawn one node per domain; choose a domain to see its contexts."
        >
          <ContextGraph
            title="Context map by domain"
            nodes={domains.value.nodes.map(n => ({
              id: n.ref,
              label: n.title ?? n.name,
              sublabel: `${n.contextCount} contexts`,
              classification: n.classification,
            }))}
            edges={domains.value.edges.map(e => ({
              from: e.source,
              to: e.target,
              label: `${e.relationshipCount}`,
            }))}
            onSelect={ref => update(p => p.append('domain', ref))}
          />
          <Legend />
        </InfoCard>
      )}
      {view === 'diagram' && !aggregate && (
        <InfoCard
          title={`${shown.contexts.length} contexts, ${shown.edges.length} relationships`}
          subheader="Arrows run from upstream to downstream. Select a context to open it."
        >
          {shown.contexts.length === 0 ? (
            <Typography>No context matches these filters.</Typography>
          ) : (
            <ContextGraph
              title="Context map"
              nodes={shown.contexts.map(c => ({
                id: c.ref,
                label: c.title ?? c.name,
                sublabel: c.driftCount ? `${c.driftCount} drift` : undefined,
                classification: c.classification,
              }))}
              edges={shown.edges.map(e => ({
                from: e.upstream,
                to: e.downstream,
                label: e.label,
              }))}
              onSelect={openContext}
            />
          )}
          <Legend />
        </InfoCard>
      )}
    </Box>
  );
}
