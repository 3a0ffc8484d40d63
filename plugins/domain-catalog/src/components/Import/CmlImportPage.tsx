import { InfoCard, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { CmlImportResult } from '@internal/plugin-domain-catalog-common';
import { messageOf } from '@internal/plugin-fitsys-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { Alert, AlertTitle } from '@material-ui/lab';
import { ResponseError } from '@backstage/errors';
import { useState } from 'react';
import { domainCatalogApiRef } from '../../api/DomainCatalogApi';
import { NotImportedList, WhereFilesGo } from './ImportSteps';
import { ConvertedCml } from './PullRequestStep';

const EXAMPLE = `ContextMap Fernhill {
  contains CardAuthorisation, Ledger
  CardAuthorisation [U,PL]->[D,ACL] Ledger
}
Domain Payments { Subdomain Authorisation { type = CORE_DOMAIN } }
BoundedContext CardAuthorisation implements Authorisation
BoundedContext Ledger implements Authorisation`;

/** A 400 from the backend: the CML did not parse, and the message says where. */
const isInputError = (error: Error): error is ResponseError =>
  error.name === 'ResponseError' && (error as ResponseError).statusCode === 400;

/** Converts a Context Mapper model into catalog YAML to commit next to the code. */
export function CmlImportPage() {
  const api = useApi(domainCatalogApiRef);
  const [source, setSource] = useState('');
  const [owner, setOwner] = useState('');
  const [result, setResult] = useState<CmlImportResult>();
  // What the result was converted from, for the pull request to send again.
  const [converted, setConverted] = useState<ConvertedCml>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const convert = async () => {
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await api.importCml({ source, owner }));
      setConverted({ source, owner });
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  const missing = [
    !source.trim() && 'paste the CML',
    !owner.trim() && 'name the owner',
  ].filter(Boolean);
  // Said beside the button, so a disabled button never leaves the user guessing.
  let blocked: string | undefined;
  if (busy) blocked = 'Converting…';
  else if (missing.length) blocked = `To convert, ${missing.join(' and ')}.`;
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <InfoCard
        title="1. Import a Context Mapper model"
        subheader="Paste CML; get Domain and BoundedContext entities to commit as catalog-info YAML."
      >
        <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
          <Typography variant="body2" color="textSecondary">
            Fields marked * are required.
          </Typography>
          <TextField
            id="domain-catalog-cml-source"
            required
            label="CML"
            multiline
            minRows={10}
            variant="outlined"
            value={source}
            placeholder={EXAMPLE}
            onChange={e => setSource(e.target.value)}
            inputProps={{
              style: { fontFamily: 'monospace' },
              'aria-label': 'CML source',
            }}
          />
          <TextField
            id="domain-catalog-cml-owner"
            required
            label="Owner of the new entities"
            helperText="A group, e.g. group:default/architects"
            variant="outlined"
            size="small"
            value={owner}
            onChange={e => setOwner(e.target.value)}
          />
          <Box
            display="flex"
            alignItems="center"
            flexWrap="wrap"
            style={{ gap: 12 }}
          >
            <Button
              variant="contained"
              color="primary"
              disabled={!!blocked}
              onClick={convert}
              aria-describedby={blocked ? 'cml-import-blocked' : undefined}
            >
              Convert to catalog YAML
            </Button>
            {blocked && (
              <Typography
                id="cml-import-blocked"
                variant="body2"
                color="textSecondary"
              >
                {blocked}
              </Typography>
            )}
          </Box>
        </Box>
      </InfoCard>
      {error && isInputError(error) && (
        <Alert severity="error">
          <AlertTitle>The CML does not parse</AlertTitle>
          <span style={{ fontFamily: 'monospace' }}>{messageOf(error)}</span>
        </Alert>
      )}
      {error && !isInputError(error) && (
        <ResponseErrorPanel
          title="The CML could not be converted"
          error={error}
        />
      )}
      {result && converted && (
        <InfoCard
          title={`2. Review: ${result.contexts} contexts, ${result.domains} domains, ${result.relationships} relationships`}
          subheader="The catalog validates each entity again when it reads the files."
        >
          <Box display="flex" flexDirection="column" style={{ gap: 12 }}>
            {result.warnings.map(w => (
              <Alert key={w} severity="warning">
                {w}
              </Alert>
            ))}
            <NotImportedList result={result} />
            <WhereFilesGo result={result} converted={converted} />
          </Box>
        </InfoCard>
      )}
    </Box>
  );
}
