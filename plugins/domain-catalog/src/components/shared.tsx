import { Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import {
  ContextSummary,
  DomainClassification,
} from '@internal/plugin-domain-catalog-common';
import Chip from '@material-ui/core/Chip';
import { Theme, useTheme } from '@material-ui/core/styles';
import { rootRouteRef } from '../routes';
import { domainCatalogApiRef } from '../api/DomainCatalogApi';

/** Background colours of the three classifications, readable in both themes. */
export function classificationColour(
  theme: Theme,
  classification?: DomainClassification,
) {
  const dark = theme.palette.type === 'dark';
  switch (classification) {
    case 'core':
      return dark ? '#8a5a12' : '#f9d6a5';
    case 'supporting':
      return dark ? '#1f4f7a' : '#cfe3f7';
    case 'generic':
      return dark ? '#4a4a4a' : '#e4e4e4';
    default:
      return theme.palette.background.paper;
  }
}

/** A chip naming a classification in its colour. */
export function ClassificationChip(props: {
  classification?: DomainClassification;
}) {
  const theme = useTheme();
  const background = classificationColour(theme, props.classification);
  return (
    <Chip
      size="small"
      label={props.classification ?? 'unclassified'}
      style={{
        backgroundColor: background,
        color: theme.palette.getContrastText(background),
      }}
    />
  );
}

/** The path of the domain catalog's page, for links to its sub-pages. */
export function useDomainCatalogPath() {
  const root = useRouteRef(rootRouteRef)();
  return (sub = '') => `${root.replace(/\/$/, '')}${sub}`;
}

/** The namespace and name of an entity ref ("kind:ns/name"). */
export function parseRef(ref: string) {
  const colon = ref.indexOf(':');
  const slash = ref.indexOf('/', colon + 1);
  return {
    kind: ref.slice(0, colon),
    namespace: ref.slice(colon + 1, slash),
    name: ref.slice(slash + 1),
  };
}

/** A link to a context's page in the domain catalog. */
export function ContextLink(props: {
  context: Pick<ContextSummary, 'ref' | 'title' | 'name'> | string;
}) {
  const path = useDomainCatalogPath();
  const ref =
    typeof props.context === 'string' ? props.context : props.context.ref;
  const { namespace, name } = parseRef(ref);
  const label =
    typeof props.context === 'string'
      ? name
      : props.context.title ?? props.context.name;
  return <Link to={path(`/contexts/${namespace}/${name}`)}>{label}</Link>;
}

/** Downloads through the API (with credentials) and saves the file. */
export function useDownload() {
  const api = useApi(domainCatalogApiRef);
  return async (url: string, filename: string) => {
    const blob = await api.download(url);
    const href = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = href;
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(href);
  };
}
