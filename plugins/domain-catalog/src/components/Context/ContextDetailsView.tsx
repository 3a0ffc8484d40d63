import { Link, Progress } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { LoadErrorPanel } from '@internal/plugin-fitsys-react';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
// Material's, not core-components': that one folds a trail of four into "...".
import Breadcrumbs from '@material-ui/core/Breadcrumbs';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import Typography from '@material-ui/core/Typography';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { domainCatalogApiRef } from '../../api/DomainCatalogApi';
import { rootRouteRef } from '../../routes';
import { DriftList } from '../Drift/DriftList';
import { TermsTable } from '../Glossary/TermsTable';
import { ClassificationChip } from '../shared';
import { CanvasView } from './CanvasView';
import { ContextOverview } from './ContextOverview';

const TABS = ['overview', 'glossary', 'canvas', 'drift'] as const;

/** One bounded context: summary, then relationships, glossary, canvas and drift in tabs (tab in the URL). */
export function ContextDetailsView(props: { namespace: string; name: string }) {
  const api = useApi(domainCatalogApiRef);
  const [params, setParams] = useSearchParams();
  const tab = TABS.find(t => t === params.get('tab')) ?? 'overview';
  const mapLink = useRouteRef(rootRouteRef);
  const { value, loading, error } = useAsync(
    () => api.getContext(props.namespace, props.name),
    [props.namespace, props.name],
  );
  // Only for the parent of the context's domain in the breadcrumbs; without it they are one step shorter.
  const map = useAsync(() => api.getMap(), []);
  if (error)
    return (
      <LoadErrorPanel
        error={error}
        what="This bounded context"
        back={{ label: 'Back to the context map', to: mapLink() }}
      />
    );
  if (loading || !value) return <Progress />;
  const c = value.context;
  const counts = {
    overview: value.edges.length,
    glossary: c.terms.length,
    canvas: undefined,
    drift: value.drift.length,
  };
  const domains = new Map(map.value?.domains.map(d => [d.ref, d]));
  const domain = domains.get(c.domain);
  const parent = domain?.parent ? domains.get(domain.parent) : undefined;
  const mapOf = (ref: string) =>
    `${mapLink()}?${new URLSearchParams({ domain: ref })}`;
  return (
    <Box>
      <Breadcrumbs aria-label="Breadcrumbs" separator="›">
        <Link to={mapLink()}>Context map</Link>
        {parent && (
          <Link to={mapOf(parent.ref)}>{parent.title ?? parent.name}</Link>
        )}
        <Link to={mapOf(c.domain)}>
          {domain?.title ?? c.domainTitle ?? c.domain.split('/').pop()}
        </Link>
        <Typography aria-current="page">{c.title ?? c.name}</Typography>
      </Breadcrumbs>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 12 }}
        mb={1}
        mt={1}
      >
        <Typography variant="h5" component="h2">
          {c.title ?? c.name}
        </Typography>
        <ClassificationChip classification={c.classification} />
        <Typography variant="body2" color="textSecondary">
          Domain <EntityRefLink entityRef={c.domain} /> · owned by{' '}
          <EntityRefLink entityRef={c.owner} /> ·{' '}
          <EntityRefLink entityRef={c.ref}>catalog entity</EntityRefLink>
        </Typography>
      </Box>
      <Typography paragraph>{c.purpose}</Typography>
      <Tabs
        value={tab}
        onChange={(_, next) => {
          const nextParams = new URLSearchParams(params);
          nextParams.set('tab', next);
          setParams(nextParams, { replace: true });
        }}
        indicatorColor="primary"
        aria-label="Context sections"
      >
        {TABS.map(t => (
          <Tab
            key={t}
            value={t}
            label={`${t[0].toUpperCase()}${t.slice(1)}${
              counts[t] === undefined ? '' : ` (${counts[t]})`
            }`}
          />
        ))}
      </Tabs>
      <Box mt={2}>
        {tab === 'overview' && <ContextOverview details={value} />}
        {tab === 'glossary' &&
          (c.terms.length ? (
            <TermsTable
              title={`Ubiquitous language of ${c.title ?? c.name}`}
              terms={c.terms}
            />
          ) : (
            <Typography>
              No terms yet: add them under spec.terms of the BoundedContext.
            </Typography>
          ))}
        {tab === 'canvas' && <CanvasView details={value} />}
        {tab === 'drift' && <DriftList findings={value.drift} />}
      </Box>
    </Box>
  );
}
