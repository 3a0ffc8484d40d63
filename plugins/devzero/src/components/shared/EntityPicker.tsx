import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { CSSProperties, useState } from 'react';
import { FINDING_KINDS } from '../../kinds';
import {
  EntityOption,
  useEntityOption,
  useEntityOptions,
} from './useEntitySearch';

/** A choice that is not an entity, such as "My teams". */
export type SpecialOption = EntityOption;

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
  style?: CSSProperties;
}) {
  const { value, special } = props;
  const kinds = props.kinds ?? FINDING_KINDS;
  const [input, setInput] = useState('');
  const { options, loading } = useEntityOptions(kinds, input);
  // What was picked stays labelled when the options move on.
  const [chosen, setChosen] = useState<EntityOption>();
  const known =
    special?.find(o => o.ref === value) ??
    (chosen?.ref === value ? chosen : undefined);
  const looked = useEntityOption(value, kinds.length > 1, !!known);
  const selected = value
    ? options.find(o => o.ref === value) ??
      known ??
      looked ?? { ref: value, label: value }
    : null;
  return (
    <Autocomplete<EntityOption>
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
