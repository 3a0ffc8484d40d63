import { Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { CmlImportTargets } from '@internal/plugin-domain-catalog-common';
import { messageOf } from '@internal/plugin-fitsys-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { Alert, AlertTitle } from '@material-ui/lab';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { domainCatalogApiRef } from '../../api/DomainCatalogApi';
import { RegisterLocation } from './RegisterLocation';

/** What was converted: the pull request converts the same again. */
export interface ConvertedCml {
  source: string;
  owner: string;
}

const DEFAULT_DIRECTORY = 'catalog/domain-model';

/** Why the repository URL cannot be sent yet, or undefined when it can. */
function problemOf(url: string, targets: CmlImportTargets) {
  const text = url.trim();
  if (!text) return 'To open a pull request, write the repository URL.';
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return 'Write the repository as a URL, e.g. https://github.com/acme/architecture.';
  }
  const hosts = targets.pullRequestHosts.map(h => h.host);
  if (parsed.protocol !== 'https:' || !hosts.includes(parsed.host)) {
    return `The portal can open pull requests on ${hosts.join(
      ', ',
    )} only: for another host, download the files below.`;
  }
  if (parsed.pathname.split('/').filter(Boolean).length < 2) {
    return `Name the repository too: https://${parsed.host}/<owner>/<repository>.`;
  }
  return undefined;
}

/** The form and its outcome, once the portal can open a pull request. */
function PullRequestForm(props: {
  converted: ConvertedCml;
  targets: CmlImportTargets;
}) {
  const api = useApi(domainCatalogApiRef);
  const [repositoryUrl, setRepositoryUrl] = useState('');
  const [baseBranch, setBaseBranch] = useState('');
  const [directory, setDirectory] = useState(DEFAULT_DIRECTORY);
  const [state, open] = useAsyncFn(
    () =>
      api.openCmlImportPullRequest({
        ...props.converted,
        repositoryUrl: repositoryUrl.trim(),
        baseBranch: baseBranch.trim() || undefined,
        directory: directory.trim(),
      }),
    [api, props.converted, repositoryUrl, baseBranch, directory],
  );
  const problem = problemOf(repositoryUrl, props.targets);
  const blocked = state.loading ? 'Opening the pull request…' : problem;
  const hosts = props.targets.pullRequestHosts.map(h => h.host).join(', ');

  if (state.value) {
    const pull = state.value;
    return (
      <Box display="flex" flexDirection="column" style={{ gap: 12 }}>
        <Alert severity="success" role="status">
          <AlertTitle>Pull request #{pull.number} opened</AlertTitle>
          <Link to={pull.url} style={{ overflowWrap: 'anywhere' }}>
            {pull.url}
          </Link>{' '}
          proposes, on the branch <code>{pull.branch}</code> into{' '}
          <code>{pull.baseBranch}</code>:
          <Box component="ul" m={0} mt={1} pl={2}>
            {pull.files.map(file => (
              <li key={file}>
                <code style={{ overflowWrap: 'anywhere' }}>{file}</code>
              </li>
            ))}
          </Box>
        </Alert>
        <RegisterLocation locationUrl={pull.locationUrl} />
      </Box>
    );
  }
  return (
    <Box
      component="form"
      aria-label="Open a pull request"
      display="flex"
      flexDirection="column"
      style={{ gap: 12 }}
      onSubmit={e => {
        e.preventDefault();
        if (!blocked) open();
      }}
    >
      <Typography variant="body2">
        The portal can commit the files on a new branch of a repository on{' '}
        {hosts} and open a pull request for your team to review: the domains in{' '}
        <code>domains.yaml</code>, each context in a file of its own under{' '}
        <code>contexts/</code>, and a <code>catalog-info.yaml</code> listing
        them, to register once merged.
      </Typography>
      <TextField
        id="cml-import-repository"
        required
        label="Repository URL"
        placeholder={`https://${
          props.targets.pullRequestHosts[0]?.host ?? 'github.com'
        }/acme/architecture`}
        helperText="The repository that describes your architecture"
        variant="outlined"
        size="small"
        value={repositoryUrl}
        onChange={e => setRepositoryUrl(e.target.value)}
        inputProps={{ maxLength: 300 }}
      />
      <Box display="flex" flexWrap="wrap" style={{ gap: 12 }}>
        <TextField
          id="cml-import-base-branch"
          label="Base branch"
          helperText="Empty for the default branch"
          variant="outlined"
          size="small"
          value={baseBranch}
          onChange={e => setBaseBranch(e.target.value)}
          inputProps={{ maxLength: 200 }}
          style={{ flex: '1 1 160px' }}
        />
        <TextField
          id="cml-import-directory"
          label="Folder"
          helperText="Relative to the repository's root"
          variant="outlined"
          size="small"
          value={directory}
          onChange={e => setDirectory(e.target.value)}
          inputProps={{ maxLength: 200 }}
          style={{ flex: '2 1 220px' }}
        />
      </Box>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 12 }}
      >
        <Button
          type="submit"
          variant="contained"
          color="primary"
          disabled={!!blocked}
          aria-describedby={blocked ? 'cml-import-pr-blocked' : undefined}
        >
          Open pull request
        </Button>
        {blocked && (
          <Typography
            id="cml-import-pr-blocked"
            variant="body2"
            color="textSecondary"
          >
            {blocked}
          </Typography>
        )}
      </Box>
      {state.error && (
        <Alert severity="error">
          <AlertTitle>No pull request was opened</AlertTitle>
          {messageOf(state.error)}
        </Alert>
      )}
    </Box>
  );
}

/**
 * Where the files can go without a download: a pull request, where the
 * portal has an integration to open one with and the user may; otherwise
 * the reason, and the downloads below stay the way.
 */
export function PullRequestStep(props: { converted: ConvertedCml }) {
  const api = useApi(domainCatalogApiRef);
  const targets = useAsync(() => api.getCmlImportTargets(), [api]);
  if (targets.loading) return <Progress />;
  if (targets.error) {
    return (
      <Alert severity="warning">
        Could not ask the portal whether it can open a pull request (
        {messageOf(targets.error)}): download the files below and commit them
        yourself.
      </Alert>
    );
  }
  const value = targets.value!;
  if (!value.pullRequestHosts.length) {
    return (
      <Alert severity="info">
        This portal has no GitHub integration with credentials (
        <code>integrations.github</code> in its app-config), so it cannot open a
        pull request or register the files for you: download them below and
        commit each where it says.
      </Alert>
    );
  }
  if (!value.allowed) {
    return (
      <Alert severity="info">
        Opening a pull request is for people allowed to register catalog
        locations, and you are not: download the files below and commit each
        where it says, or ask someone who may.
      </Alert>
    );
  }
  return <PullRequestForm converted={props.converted} targets={value} />;
}
