import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { messageOf } from '@internal/plugin-fitsys-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { Alert } from '@material-ui/lab';
import useAsyncFn from 'react-use/esm/useAsyncFn';

/**
 * Registers the import's Location file with the catalog, once. The catalog
 * reads it from the base branch, so this is for after the merge; a location
 * registered before is refreshed instead of refused, so that a second
 * import into the same folder is read at once too.
 */
export function RegisterLocation(props: { locationUrl: string }) {
  const catalogApi = useApi(catalogApiRef);
  const [state, register] = useAsyncFn(
    () =>
      catalogApi.addLocation({
        type: 'url',
        target: props.locationUrl,
        onConflict: 'refresh',
      }),
    [catalogApi, props.locationUrl],
  );
  return (
    <Box
      component="section"
      aria-labelledby="cml-import-register"
      display="flex"
      flexDirection="column"
      style={{ gap: 8 }}
    >
      <Typography variant="subtitle1" component="h4" id="cml-import-register">
        Then register it
      </Typography>
      <Typography variant="body2">
        Once the pull request is merged, register{' '}
        <Link to={props.locationUrl} style={{ overflowWrap: 'anywhere' }}>
          {props.locationUrl}
        </Link>{' '}
        once: it lists the other files, and the catalog reads them all and keeps
        them up to date. Registering before the merge leaves a location the
        catalog cannot read until then.
      </Typography>
      <Box>
        <Button
          variant="outlined"
          color="primary"
          onClick={register}
          disabled={state.loading}
        >
          {state.loading ? 'Registering…' : 'Register in the catalog'}
        </Button>
      </Box>
      {state.error && (
        <Alert severity="error">
          The catalog did not register it: {messageOf(state.error)}
        </Alert>
      )}
      {state.value && (
        <Alert severity="success">
          Registered as {state.value.location.id}: the catalog reads the files
          on its next pass, in a minute or two.
        </Alert>
      )}
    </Box>
  );
}
