import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { DependencyNodeType } from '@internal/plugin-dependency-map-common';
import { messageOf } from '@internal/plugin-fitsys-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { Alert, Autocomplete } from '@material-ui/lab';
import { FormEvent, useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { dependencyMapApiRef, WhatIfRequest } from '../../api/DependencyMapApi';
import { describeNode, plural } from '../shared/format';
import { MAX_NODE_ID } from '../shared/NodePicker';
import { ImpactSummary } from './ImpactSummary';
import { NodeSuggestion } from '../shared/useNodeSuggestions';

type Category = Exclude<keyof WhatIfRequest, 'limit'>;

const CATEGORIES: Array<{
  key: Category;
  type: DependencyNodeType;
  label: string;
  example: string;
}> = [
  {
    key: 'entities',
    type: 'entity',
    label: 'Entities',
    example: 'resource:default/identity-db',
  },
  { key: 'zones', type: 'zone', label: 'Zones', example: 'eu-west-1a' },
  { key: 'regions', type: 'region', label: 'Regions', example: 'eu-west-1' },
  { key: 'clusters', type: 'cluster', label: 'Clusters', example: 'prod-eu-1' },
  {
    key: 'images',
    type: 'image',
    label: 'Base images',
    example: 'registry.example/base/jvm:21.0.4',
  },
  {
    key: 'libraries',
    type: 'library',
    label: 'Library versions',
    example: 'fernhill-http-client@3.2.1',
  },
];

/** Most things named per category: enough for a region's worth, bounded. */
const MAX_PER_CATEGORY = 100;
/** Impacted entities listed; the counts are always complete. */
const LISTED = 500;

type Failures = Record<Category, string[]>;
const NONE: Failures = {
  entities: [],
  zones: [],
  regions: [],
  clusters: [],
  images: [],
  libraries: [],
};

/** The request a set of picked failures makes; undefined when nothing is picked. */
export function whatIfRequestOf(failures: Failures): WhatIfRequest | undefined {
  const request: WhatIfRequest = { limit: LISTED };
  let any = false;
  for (const { key } of CATEGORIES) {
    const list = [...new Set(failures[key].map(v => v.trim()).filter(Boolean))];
    if (list.length) {
      request[key] = list;
      any = true;
    }
  }
  return any ? request : undefined;
}

/** What fails if several things fail at once: entities, zones, regions, clusters, images, libraries. */
export function WhatIfPanel(props: {
  suggestions: NodeSuggestion[];
  initialEntities?: string[];
}) {
  const api = useApi(dependencyMapApiRef);
  const [failures, setFailures] = useState<Failures>({
    ...NONE,
    entities: props.initialEntities ?? [],
  });
  const [state, run] = useAsyncFn(
    async (request: WhatIfRequest) => api.whatIf(request),
    [api],
  );
  const request = whatIfRequestOf(failures);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (request) run(request);
  };
  return (
    <Box component="section" aria-label="What if">
      <Typography variant="h5" component="h2" gutterBottom>
        What if…
      </Typography>
      <Typography variant="body2" paragraph>
        Mark several things failed at once (press Enter after each) and see what
        fails with them, and which customer journeys break.
      </Typography>
      <Box component="form" onSubmit={submit}>
        <Box
          display="grid"
          gridGap={12}
          gridTemplateColumns="repeat(auto-fill, minmax(260px, 1fr))"
        >
          {CATEGORIES.map(c => (
            <Autocomplete
              key={c.key}
              multiple
              freeSolo
              options={props.suggestions
                .filter(s => s.type === c.type)
                .map(s => s.value)}
              value={failures[c.key]}
              onChange={(_e, value) =>
                setFailures(f => ({
                  ...f,
                  [c.key]: (value as string[])
                    .map(v => v.slice(0, MAX_NODE_ID))
                    .slice(0, MAX_PER_CATEGORY),
                }))
              }
              renderInput={params => (
                <TextField
                  {...params}
                  label={`${c.label} that fail`}
                  placeholder={c.example}
                  variant="outlined"
                  size="small"
                  inputProps={{ ...params.inputProps, maxLength: MAX_NODE_ID }}
                />
              )}
            />
          ))}
        </Box>
        <Box mt={2}>
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={!request || state.loading}
          >
            Run what-if
          </Button>
        </Box>
      </Box>
      {state.loading ? <Progress /> : null}
      {state.error ? (
        <Box mt={2}>
          <Alert severity="error">{messageOf(state.error)}</Alert>
        </Box>
      ) : null}
      {state.value && !state.loading ? (
        <Box mt={2}>
          <Typography variant="body1" paragraph>
            If {state.value.failed.map(describeNode).join(', ')} fail,{' '}
            {plural(state.value.impacted, 'more entity', 'more entities')} fail
            with them.
          </Typography>
          {state.value.journeysBroken.length ? (
            <Box mb={2}>
              <Alert severity="error">
                Journeys broken:{' '}
                {state.value.journeysBroken
                  .map(j => `${j.name} (${j.entries.join(', ')})`)
                  .join('; ')}
              </Alert>
            </Box>
          ) : (
            <Typography variant="body2" paragraph>
              No customer journey breaks.
            </Typography>
          )}
          <ImpactSummary impact={state.value} title="What fails" />
        </Box>
      ) : null}
    </Box>
  );
}
