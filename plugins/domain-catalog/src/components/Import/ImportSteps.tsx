import { CodeSnippet } from '@backstage/core-components';
import {
  BOUNDED_CONTEXT_ANNOTATION,
  CmlImportResult,
} from '@internal/plugin-domain-catalog-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { Alert, AlertTitle } from '@material-ui/lab';
import { ReactNode } from 'react';
import { saveBlob } from '../shared';
import { ConvertedCml, PullRequestStep } from './PullRequestStep';

/** What the CML says that the catalog does not keep, so nothing is lost unnoticed. */
export function NotImportedList(props: { result: CmlImportResult }) {
  const { notImported, notImportedCount } = props.result;
  if (notImportedCount === 0) return null;
  return (
    <Alert severity="info" role="region" aria-label="Not carried over">
      <AlertTitle>
        {notImportedCount} element{notImportedCount === 1 ? '' : 's'} of the CML
        not carried over
      </AlertTitle>
      <Typography variant="body2">
        The catalog holds domains, sub-domains, bounded contexts and their
        relationships. Aggregates, modules, responsibilities, a context's type
        and the rest below stay in your CML; copy what matters into the
        context's purpose or canvas by hand.
      </Typography>
      <Box component="ul" m={0} mt={1} pl={2}>
        {notImported.map((item, i) => (
          <li key={i}>
            <Typography variant="body2" component="span">
              line {item.line}: <code>{item.element}</code>
              {item.within && ` in ${item.within}`}
            </Typography>
          </li>
        ))}
      </Box>
      {notImportedCount > notImported.length && (
        <Typography variant="body2">
          and {notImportedCount - notImported.length} more.
        </Typography>
      )}
    </Alert>
  );
}

type Document = CmlImportResult['documents'][number];

const textOf = (result: CmlImportResult, documents: Document[]) =>
  documents
    .map(d => result.yaml.slice(d.offset, d.offset + d.length))
    .join('---\n');

function FileCard(props: {
  heading: string;
  where: ReactNode;
  filename: string;
  text: string;
}) {
  return (
    <Paper variant="outlined" style={{ padding: 12 }}>
      <Box
        display="flex"
        alignItems="center"
        justifyContent="space-between"
        flexWrap="wrap"
        style={{ gap: 8 }}
      >
        <Typography variant="subtitle1" component="h4">
          {props.heading}
        </Typography>
        <Box display="flex" style={{ gap: 8 }}>
          <Button
            size="small"
            variant="outlined"
            onClick={() => navigator.clipboard?.writeText(props.text)}
            aria-label={`Copy ${props.filename}`}
          >
            Copy
          </Button>
          <Button
            size="small"
            variant="outlined"
            onClick={() =>
              saveBlob(
                new Blob([props.text], { type: 'text/yaml' }),
                props.filename,
              )
            }
            aria-label={`Download ${props.filename}`}
          >
            Download
          </Button>
        </Box>
      </Box>
      <Typography variant="body2" color="textSecondary">
        {props.where}
      </Typography>
    </Paper>
  );
}

/**
 * The last step: a pull request where the portal has an integration for
 * the repository; and always each entity's file and where it goes. Domains
 * belong with the architecture; a context belongs next to its code, in the
 * same catalog-info.yaml as the components that make it up.
 */
export function WhereFilesGo(props: {
  result: CmlImportResult;
  converted: ConvertedCml;
}) {
  const { result } = props;
  const domains = result.documents.filter(d => d.kind === 'Domain');
  const contexts = result.documents.filter(d => d.kind === 'BoundedContext');
  return (
    <Box
      component="section"
      aria-labelledby="cml-import-where"
      display="flex"
      flexDirection="column"
      style={{ gap: 12 }}
    >
      <Typography variant="h6" component="h3" id="cml-import-where">
        3. Put the files where they belong
      </Typography>
      <PullRequestStep converted={props.converted} />
      <Typography variant="subtitle1" component="h4">
        Download the files
      </Typography>
      <Typography variant="body2">
        Nothing is registered yet. Commit each file below where it says; the
        catalog reads it on its next refresh of that repository, or once you
        register the file's URL (Create, then Register existing component).
      </Typography>
      {domains.length > 0 && (
        <FileCard
          heading={`Domains (${domains.length})`}
          filename="domains.yaml"
          text={textOf(result, domains)}
          where={
            <>
              In the repository that describes your architecture, as{' '}
              <code>catalog/domains.yaml</code>; register that file once.
            </>
          }
        />
      )}
      {contexts.map(context => (
        <FileCard
          key={context.name}
          heading={context.title ?? context.name}
          filename={`${context.name}.yaml`}
          text={textOf(result, [context])}
          where={
            <>
              At the root of the repository that holds this context's code: add
              it to the <code>catalog-info.yaml</code> there, after a{' '}
              <code>---</code> line, next to the components it is made of; then
              give those components the annotation{' '}
              <code>
                {BOUNDED_CONTEXT_ANNOTATION}: {context.name}
              </code>
              .
            </>
          }
        />
      ))}
      <details>
        <summary>
          <Typography variant="body2" component="span">
            All entities in one file
          </Typography>
        </summary>
        <CodeSnippet text={result.yaml} language="yaml" showCopyCodeButton />
      </details>
    </Box>
  );
}
