import { Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { devzeroApiRef } from '../../api/DevzeroApi';
import { findingRouteRef } from '../../routes';

/**
 * Another finding, by its title: a link that says where it goes. Without
 * the title (not readable by the viewer, or not loaded yet), "another
 * finding".
 */
export function OriginalLink(props: { id: string }) {
  const api = useApi(devzeroApiRef);
  const findingLink = useRouteRef(findingRouteRef);
  const { value: title } = useAsync(
    () =>
      api
        .getFinding(props.id)
        .then(d => d.finding.title)
        .catch(() => undefined),
    [api, props.id],
  );
  return (
    <Link to={findingLink({ id: props.id })}>
      {title ? `“${title}”` : 'another finding'}
    </Link>
  );
}
