import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useEffect, useState } from 'react';

interface Option {
  ref: string;
  label: string;
}

/** Kinds a newcomer uses and finds friction in. */
const KINDS = ['Component', 'API', 'System', 'Resource', 'Template', 'Domain'];

/** Picks the catalog entity a finding is about, searching as one types. */
export function EntityPicker(props: {
  value?: string;
  onChange: (ref: string | undefined) => void;
  error?: string;
}) {
  const catalogApi = useApi(catalogApiRef);
  const [input, setInput] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    const timer = setTimeout(async () => {
      try {
        const result = await catalogApi.queryEntities({
          filter: { kind: KINDS },
          fullTextFilter: input.trim()
            ? {
                term: input.trim(),
                fields: ['metadata.name', 'metadata.title'],
              }
            : undefined,
          limit: 20,
          fields: [
            'kind',
            'metadata.name',
            'metadata.namespace',
            'metadata.title',
          ],
        });
        if (!cancelled) {
          setOptions(
            result.items.map(e => ({
              ref: stringifyEntityRef(e),
              label: `${
                e.metadata.title ?? e.metadata.name
              } (${e.kind.toLocaleLowerCase('en-US')})`,
            })),
          );
        }
      } catch {
        if (!cancelled) setOptions([]);
      } finally {
        if (!cancelled) setLoading(false);
      }
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [catalogApi, input]);

  // A pre-filled entity is shown by its title, not its ref.
  const { value } = props;
  const [chosen, setChosen] = useState<Option>();
  useEffect(() => {
    if (!value || chosen?.ref === value) return undefined;
    let cancelled = false;
    catalogApi
      .getEntityByRef(value)
      .then(e => {
        if (!cancelled && e) {
          setChosen({
            ref: value,
            label: `${
              e.metadata.title ?? e.metadata.name
            } (${e.kind.toLocaleLowerCase('en-US')})`,
          });
        }
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [catalogApi, value, chosen]);

  const selected = props.value
    ? options.find(o => o.ref === props.value) ??
      (chosen?.ref === props.value ? chosen : undefined) ?? {
        ref: props.value,
        label: props.value,
      }
    : null;
  return (
    <Autocomplete<Option>
      id="devzero-entity"
      options={options}
      loading={loading}
      value={selected}
      getOptionLabel={o => o.label}
      getOptionSelected={(a, b) => a.ref === b.ref}
      filterOptions={o => o}
      onInputChange={(_e, typed, reason) => {
        if (reason === 'input') setInput(typed);
      }}
      onChange={(_e, option) => {
        setChosen(option ?? undefined);
        props.onChange(option?.ref);
      }}
      renderInput={params => (
        <TextField
          {...params}
          required
          label="Where was the friction?"
          placeholder="Search the catalog: a service, API, template…"
          error={!!props.error}
          helperText={
            props.error ?? 'The finding goes to the team that owns it'
          }
        />
      )}
    />
  );
}
