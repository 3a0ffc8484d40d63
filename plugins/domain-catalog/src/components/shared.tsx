import { Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import {
  ContextSummary,
  DomainClassification,
} from '@internal/plugin-domain-catalog-common';
import Chip from '@material-ui/core/Chip';
import { Theme, useTheme } from '@material-ui/core/styles';
import { contextRouteRef } from '../routes';
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

/** The path of a context's page in the domain catalog, from its ref. */
export function useContextPath() {
  const contextPath = useRouteRef(contextRouteRef);
  return (ref: string) => {
    const { namespace, name } = parseRef(ref);
    return contextPath({ namespace, name });
  };
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
  /** In running text the link is underlined, so it is told apart without colour. */
  inText?: boolean;
}) {
  const contextPath = useContextPath();
  const ref =
    typeof props.context === 'string' ? props.context : props.context.ref;
  const label =
    typeof props.context === 'string'
      ? parseRef(ref).name
      : props.context.title ?? props.context.name;
  return (
    <Link to={contextPath(ref)} underline={props.inText ? 'always' : 'hover'}>
      {label}
    </Link>
  );
}

/** Hands a file to the browser to save. */
export function saveBlob(blob: Blob, filename: string) {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(href);
}

/** Downloads through the API (with credentials) and saves the file. */
export function useDownload() {
  const api = useApi(domainCatalogApiRef);
  return async (url: string, filename: string) =>
    saveBlob(await api.download(url), filename);
}
