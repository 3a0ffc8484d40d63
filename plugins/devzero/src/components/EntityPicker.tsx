import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useEffect, useState } from 'react';
import { FINDING_KINDS } from '../kinds';

interface Option {
  ref: string;
  label: string;
}

/**
 * How an entity is shown: a person by their display name, anything else by
 * its title, with its kind when the picker offers several.
 */
export function labelOf(e: Entity, withKind: boolean) {
  const name =
    (e.spec?.profile as { displayName?: string } | undefined)?.displayName ??
    e.metadata.title ??
    e.metadata.name;
  // BoundedContext reads "bounded context".
  const kind = e.kind.replace(/([a-z])([A-Z])/g, '$1 $2');
  return withKind ? `${name} (${kind.toLocaleLowerCase('en-US')})` : name;
}

/** A choice that is not an entity, such as "My teams". */
export interface SpecialOption {
  ref: string;
  label: string;
}

/**
 * Picks a catalog entity, searching as one types: by default the entity a
 * finding is about; with other kinds and labels, a filter.
 */
export function EntityPicker(props: {
  value?: string;
  onChange: (ref: string | undefined) => void;
  error?: string;
  id?: string;
  kinds?: string[];
  label?: string;
  placeholder?: string;
  helperText?: string;
  required?: boolean;
  special?: SpecialOption[];
  style?: React.CSSProperties;
}) {
  const kinds = props.kinds ?? FINDING_KINDS;
  const kindKey = kinds.join(',');
  const several = kinds.length > 1;
  const special = props.special;
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
          filter: { kind: kindKey.split(',') },
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
            'spec.profile.displayName',
          ],
        });
        if (!cancelled) {
          setOptions(
            result.items.map(e => ({
              ref: stringifyEntityRef(e),
              label: labelOf(e, several),
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
  }, [catalogApi, input, kindKey, several]);

  // A pre-filled entity is shown by its title, not its ref.
  const { value } = props;
  const [chosen, setChosen] = useState<Option>();
  useEffect(() => {
    if (!value || chosen?.ref === value || special?.some(o => o.ref === value))
      return undefined;
    let cancelled = false;
    catalogApi
      .getEntityByRef(value)
      .then(e => {
        if (!cancelled && e) {
          setChosen({ ref: value, label: labelOf(e, several) });
        }
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [catalogApi, value, chosen, special, several]);

  const selected = props.value
    ? special?.find(o => o.ref === props.value) ??
      options.find(o => o.ref === props.value) ??
      (chosen?.ref === props.value ? chosen : undefined) ?? {
        ref: props.value,
        label: props.value,
      }
    : null;
  return (
    <Autocomplete<Option>
      id={props.id ?? 'devzero-entity'}
      style={props.style}
      options={[...(special ?? []), ...options]}
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
          required={props.required ?? true}
          label={props.label ?? 'Where was the friction?'}
          placeholder={
            props.placeholder ?? 'Search the catalog: a service, API, template…'
          }
          error={!!props.error}
          helperText={
            props.error ??
            (props.label
              ? props.helperText
              : 'The finding goes to the team that owns it')
          }
        />
      )}
    />
  );
}
