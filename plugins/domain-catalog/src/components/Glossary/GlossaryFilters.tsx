import { useApi } from '@backstage/core-plugin-api';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import useAsync from 'react-use/esm/useAsync';
import { domainCatalogApiRef } from '../../api/DomainCatalogApi';

const byTitle = (a: { title?: string; name: string }, b: typeof a) =>
  (a.title ?? a.name).localeCompare(b.title ?? b.name);

/** Narrows the glossary to one context or one domain; the options come from the map. */
export function GlossaryFilters(props: {
  context?: string;
  domain?: string;
  onChange: (key: 'context' | 'domain', value: string | undefined) => void;
}) {
  const api = useApi(domainCatalogApiRef);
  // Without the map there is nothing to choose from; the search still works.
  const map = useAsync(() => api.getMap(), []);
  const select = (
    label: string,
    key: 'context' | 'domain',
    value: string | undefined,
    options: Array<{ ref: string; name: string; title?: string }>,
  ) => (
    <TextField
      id={`domain-catalog-glossary-${key}`}
      select
      label={label}
      value={value ?? ''}
      variant="outlined"
      size="small"
      style={{ flex: '1 1 180px', maxWidth: 280 }}
      disabled={!map.value}
      SelectProps={{
        SelectDisplayProps: {
          id: `domain-catalog-glossary-${key}-display`,
        },
      }}
      onChange={e => props.onChange(key, e.target.value || undefined)}
    >
      <MenuItem value="">
        <em>All</em>
      </MenuItem>
      {/* Keeps a value from the URL selectable before the map arrives. */}
      {value && !options.some(o => o.ref === value) && (
        <MenuItem value={value}>{value.split('/').pop()}</MenuItem>
      )}
      {[...options].sort(byTitle).map(o => (
        <MenuItem key={o.ref} value={o.ref}>
          {o.title ?? o.name}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <>
      {select('Domain', 'domain', props.domain, map.value?.domains ?? [])}
      {select('Context', 'context', props.context, map.value?.contexts ?? [])}
    </>
  );
}
