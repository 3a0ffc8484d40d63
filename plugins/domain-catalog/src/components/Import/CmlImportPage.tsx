import {
  CodeSnippet,
  InfoCard,
  ResponseErrorPanel,
} from '@backstage/core-components';
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
import { saveBlob } from '../shared';

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
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const convert = async () => {
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await api.importCml({ source, owner }));
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <InfoCard
        title="Import a Context Mapper model"
        subheader="Paste CML; get Domain and BoundedContext entities to commit as catalog-info YAML."
      >
        <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
          <TextField
            id="domain-catalog-cml-source"
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
            label="Owner of the new entities"
            helperText="A group, e.g. group:default/architects"
            variant="outlined"
            size="small"
            value={owner}
            onChange={e => setOwner(e.target.value)}
          />
          <Box>
            <Button
              variant="contained"
              color="primary"
              disabled={busy || !source.trim() || !owner.trim()}
              onClick={convert}
            >
              Convert to catalog YAML
            </Button>
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
      {result && (
        <InfoCard
          title={`${result.contexts} contexts, ${result.domains} domains, ${result.relationships} relationships`}
          action={
            <Box mt={1} display="flex" style={{ gap: 8 }}>
              <Button
                size="small"
                onClick={() => navigator.clipboard?.writeText(result.yaml)}
              >
                Copy YAML
              </Button>
              <Button
                size="small"
                onClick={() =>
                  saveBlob(
                    new Blob([result.yaml], { type: 'text/yaml' }),
                    'catalog-info.yaml',
                  )
                }
              >
                Download YAML
              </Button>
            </Box>
          }
        >
          {result.warnings.map(w => (
            <Alert key={w} severity="warning" style={{ marginBottom: 8 }}>
              {w}
            </Alert>
          ))}
          <Typography variant="body2" paragraph>
            Commit this as a catalog-info.yaml (or add it to one) and register
            it; the catalog validates it on the way in.
          </Typography>
          <CodeSnippet text={result.yaml} language="yaml" showCopyCodeButton />
        </InfoCard>
      )}
    </Box>
  );
}
