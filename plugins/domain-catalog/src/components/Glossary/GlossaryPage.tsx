import {
  EmptyState,
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { Alert } from '@material-ui/lab';
import TablePagination from '@material-ui/core/TablePagination';
import TextField from '@material-ui/core/TextField';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { domainCatalogApiRef } from '../../api/DomainCatalogApi';
import { Collisions } from './Collisions';
import { GlossaryFilters } from './GlossaryFilters';
import { TermsTable } from './TermsTable';

const PAGE_SIZE = 25;

/** The organisation's ubiquitous language: search, paging, and terms with several meanings. */
export function GlossaryPage() {
  const api = useApi(domainCatalogApiRef);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const context = params.get('context') ?? undefined;
  const domain = params.get('domain') ?? undefined;
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  useDebounce(
    () => {
      if (text === q) return;
      const next = new URLSearchParams(params);
      if (text) next.set('q', text);
      else next.delete('q');
      next.delete('page');
      setParams(next, { replace: true });
    },
    300,
    [text],
  );

  const results = useAsync(
    () =>
      api.searchGlossary({
        q: q || undefined,
        context,
        domain,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      }),
    [q, context, domain, page],
  );
  const collisions = useAsync(() => api.getCollisions(), []);
  const tab = params.get('tab') === 'collisions' ? 'collisions' : 'terms';
  // The search narrows the collisions too, by the term or any of its definitions.
  const matchingCollisions = collisions.value?.filter(
    c =>
      !q ||
      [c.term, ...c.entries.flatMap(e => [e.term, ...(e.aliases ?? [])])].some(
        t => t.toLowerCase().includes(q.toLowerCase()),
      ),
  );
  const collisionsParams = new URLSearchParams(params);
  collisionsParams.set('tab', 'collisions');

  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <Box
        display="flex"
        alignItems="center"
        style={{ gap: 16 }}
        flexWrap="wrap"
      >
        <TextField
          id="domain-catalog-glossary-search"
          label="Search terms, aliases and definitions"
          variant="outlined"
          size="small"
          value={text}
          onChange={e => setText(e.target.value)}
          style={{ flex: '1 1 260px', maxWidth: 480, minWidth: 0 }}
          inputProps={{ 'aria-label': 'Search the glossary' }}
        />
        <GlossaryFilters
          context={context}
          domain={domain}
          onChange={(key, value) => {
            const next = new URLSearchParams(params);
            if (value) next.set(key, value);
            else next.delete(key);
            next.delete('page');
            setParams(next);
          }}
        />
      </Box>
      <Tabs
        value={tab}
        onChange={(_, next) => {
          const nextParams = new URLSearchParams(params);
          if (next === 'collisions') nextParams.set('tab', next);
          else nextParams.delete('tab');
          setParams(nextParams, { replace: true });
        }}
        indicatorColor="primary"
        variant="scrollable"
        aria-label="Glossary sections"
      >
        <Tab
          value="terms"
          label={
            results.value ? `Terms (${results.value.totalItems})` : 'Terms'
          }
        />
        <Tab
          value="collisions"
          label={
            matchingCollisions
              ? `Same term, different meanings (${matchingCollisions.length})`
              : 'Same term, different meanings'
          }
        />
      </Tabs>
      {tab === 'terms' && (
        <>
          {results.error && <ResponseErrorPanel error={results.error} />}
          {results.loading && <Progress />}
          {!!matchingCollisions?.length && (
            <Alert severity="info">
              {matchingCollisions.length === 1
                ? `${matchingCollisions[0].term} is defined by ${matchingCollisions[0].entries.length} contexts`
                : `${matchingCollisions.length} terms here are defined by several contexts`}
              :{' '}
              <Link to={`?${collisionsParams}`} underline="always">
                compare the definitions
              </Link>
              .
            </Alert>
          )}
          {results.value?.totalItems === 0 && !q && !context && !domain && (
            <EmptyState
              missing="data"
              title="No terms yet"
              description="Give each BoundedContext its ubiquitous language under spec.terms: a list of { term, definition, aliases, notToBeConfusedWith }."
            />
          )}
          {results.value &&
            (results.value.totalItems > 0 || q || context || domain) && (
              <Box>
                <TermsTable
                  title={
                    q
                      ? `Terms matching "${q}" (${results.value.totalItems})`
                      : `All terms (${results.value.totalItems})`
                  }
                  terms={results.value.items}
                  showContext
                  paging={false}
                />
                <TablePagination
                  component="div"
                  count={results.value.totalItems}
                  page={Math.min(
                    page,
                    Math.max(
                      0,
                      Math.ceil(results.value.totalItems / PAGE_SIZE) - 1,
                    ),
                  )}
                  rowsPerPage={PAGE_SIZE}
                  rowsPerPageOptions={[PAGE_SIZE]}
                  onPageChange={(_, next) => {
                    const nextParams = new URLSearchParams(params);
                    nextParams.set('page', String(next));
                    setParams(nextParams);
                  }}
                />
              </Box>
            )}
        </>
      )}
      {tab === 'collisions' && (
        <InfoCard
          title={
            q
              ? `Terms matching "${q}" that several contexts define`
              : 'Same term, different meanings'
          }
          subheader="A term that several contexts define. Different definitions are bounded contexts doing their job, or a collision to resolve; the same definition twice may be a shared kernel."
        >
          {collisions.error && <ResponseErrorPanel error={collisions.error} />}
          {collisions.loading && <Progress />}
          {matchingCollisions && <Collisions collisions={matchingCollisions} />}
        </InfoCard>
      )}
    </Box>
  );
}
