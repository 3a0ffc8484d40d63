import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import { ContextDetailsView } from '../Context/ContextDetailsView';

/** The "Context" tab of a BoundedContext's entity page: the domain catalog's view of it. */
export function EntityContextContent() {
  const { entity } = useEntity();
  return (
    <Box p={2}>
      <ContextDetailsView
        namespace={entity.metadata.namespace ?? 'default'}
        name={entity.metadata.name}
      />
    </Box>
  );
}
