import {
  EmptyState,
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
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import { Theme } from '@material-ui/core/styles';
import { useNavigate, useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { domainCatalogApiRef, MapFilter } from '../../api/DomainCatalogApi';
import { useContextPath, useDownload } from '../shared';
import { ContextGraph } from './ContextGraph';
import { EdgeTable } from './EdgeTable';
import { ExportMenu } from './ExportMenu';
import { HierarchyView } from './HierarchyView';
import { compactNotation } from './layout';
import { Legend, MapFilters } from './MapFilters';

const VIEWS = [
  ['diagram', 'Diagram'],
  ['table', 'Table'],
  ['hierarchy', 'Hierarchy'],
] as const;
const VIEWS_NARROW = [VIEWS[1], VIEWS[0], VIEWS[2]] as const;

/** A diagram under a one-line heading, so the map keeps the window's height. */
function DiagramCard(props: {
  title: string;
  subheader: string;
  children: ReactNode;
}) {
  return (
    <Paper>
      <Box p={2}>
        <Box
          display="flex"
          alignItems="baseline"
          flexWrap="wrap"
          style={{ columnGap: 16 }}
          mb={1}
        >
          <Typography variant="h6" component="h2">
            {props.title}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {props.subheader}
          </Typography>
        </Box>
        {props.children}
      </Box>
    </Paper>
  );
}

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
  // On a phone the table reads better than a diagram; the diagram is a tap away.
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('xs'), {
    noSsr: true,
  });
  const view =
    (['diagram', 'table', 'hierarchy'] as const).find(
      v => v === params.get('view'),
    ) ?? (narrow ? 'table' : 'diagram');
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
      {/* Filters, views and export share one row, so the map keeps the window's height. */}
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 12 }}
      >
        <MapFilters map={whole.value} filter={filter} onChange={update} />
        <ButtonGroup size="small" aria-label="How to show the map">
          {(narrow ? VIEWS_NARROW : VIEWS).map(([v, label]) => (
            <Button
              key={v}
              variant={view === v ? 'contained' : 'outlined'}
              aria-pressed={view === v}
              onClick={() => update(p => p.set('view', v))}
            >
              {label}
            </Button>
          ))}
        </ButtonGroup>
        <Box flex="1 0 auto" display="flex" justifyContent="flex-end">
          <ExportMenu onExport={exportAs} />
        </Box>
      </Box>
      {view === 'table' && <EdgeTable map={shown} />}
      {view === 'hierarchy' && <HierarchyView map={shown} />}
      {view === 'diagram' && aggregate && domains.value && (
        <DiagramCard
          title={`${whole.value.contexts.length} contexts in ${domains.value.nodes.length} domains`}
          subheader="Drawn one node per domain; choose a domain to see its contexts."
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
              title: `${e.relationshipCount} relationships`,
            }))}
            onSelect={ref => update(p => p.append('domain', ref))}
            legend={<Legend />}
          />
        </DiagramCard>
      )}
      {view === 'diagram' && !aggregate && (
        <DiagramCard
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
                label: compactNotation(e.label),
                title: e.label,
                symmetric: e.symmetric,
              }))}
              onSelect={openContext}
              legend={<Legend />}
            />
          )}
        </DiagramCard>
      )}
    </Box>
  );
}
