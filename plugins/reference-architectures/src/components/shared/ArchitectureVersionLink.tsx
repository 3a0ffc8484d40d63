import { Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { createContext, ReactNode, useContext, useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { referenceArchitecturesApiRef } from '../../api/ReferenceArchitecturesApi';
import { architectureRouteRef } from '../../routes';

type VersionIndex = Map<string, { series: string; version: string }>;

const IndexContext = createContext<VersionIndex | undefined>(undefined);

/**
 * Which series and version each architecture entity is, read once from the
 * library (at most 200 series), so that a list naming versions by entity ref
 * links to the right page.
 */
export function ArchitectureIndexProvider(props: { children: ReactNode }) {
  const api = useApi(referenceArchitecturesApiRef);
  const { value } = useAsync(
    () => api.listArchitectures({ limit: 200 }),
    [api],
  );
  const index = useMemo(() => {
    const map: VersionIndex = new Map();
    for (const a of value?.items ?? [])
      for (const v of a.versions)
        map.set(v.ref, { series: a.series, version: v.version });
    return map;
  }, [value]);
  return (
    <IndexContext.Provider value={index}>
      {props.children}
    </IndexContext.Provider>
  );
}

/** A link to an architecture version's page, or its catalog entity while unknown. */
export function ArchitectureVersionLink(props: { entityRef: string }) {
  const index = useContext(IndexContext);
  const detailPath = useRouteRef(architectureRouteRef);
  const found = index?.get(props.entityRef);
  if (!found) return <EntityRefLink entityRef={props.entityRef} />;
  return (
    <Link
      to={`${detailPath({ name: found.series })}?version=${encodeURIComponent(
        found.version,
      )}`}
    >
      {found.series} {found.version}
    </Link>
  );
}
