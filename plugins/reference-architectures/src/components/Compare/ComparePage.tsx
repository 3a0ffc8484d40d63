import { Content, Header, Page, Progress } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { LoadErrorPanel } from '@internal/plugin-fitsys-react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { referenceArchitecturesApiRef } from '../../api/ReferenceArchitecturesApi';
import { rootRouteRef } from '../../routes';
import { parseVersionRef } from '../shared';
import { CompareColumn } from './CompareColumn';
import { ComparePicker } from './ComparePicker';

function Side(props: { side: 'left' | 'right'; value: string | null }) {
  const api = useApi(referenceArchitecturesApiRef);
  const rootPath = useRouteRef(rootRouteRef);
  const ref = parseVersionRef(props.value);
  const { value, loading, error } = useAsync(
    async () => (ref ? api.getArchitecture(ref.name, ref.version) : undefined),
    [api, ref?.name, ref?.version],
  );
  if (!ref)
    return (
      <Typography variant="body2">
        Choose a reference architecture for the {props.side} side.
      </Typography>
    );
  if (loading) return <Progress />;
  if (error)
    return (
      <LoadErrorPanel
        error={error}
        what={`"${props.value}"`}
        back={{ label: 'Back to the library', to: rootPath() }}
      />
    );
  return value ? <CompareColumn detail={value} /> : null;
}

/** Two reference architecture versions side by side: ratings, building blocks, rules. */
export function ComparePage() {
  const rootPath = useRouteRef(rootRouteRef);
  const [params] = useSearchParams();
  const left = params.get('left');
  const right = params.get('right');
  return (
    <Page themeId="tool">
      <Header
        title="Compare reference architectures"
        subtitle="Two versions side by side: quality ratings, building blocks and conformance rules"
        type="Reference architectures"
        typeLink={rootPath()}
      />
      <Content>
        <ComparePicker left={left} right={right} />
        <Grid container spacing={3}>
          <Grid item xs={12} md={6} component="section" aria-label="Left">
            <Side side="left" value={left} />
          </Grid>
          <Grid item xs={12} md={6} component="section" aria-label="Right">
            <Side side="right" value={right} />
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
}
