import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import { Autocomplete } from '@material-ui/lab';
import { FormEvent, useEffect, useState } from 'react';
import { NodeSuggestion } from './useNodeSuggestions';

/** Longest node id the backend takes. */
export const MAX_NODE_ID = 300;

/** A node picker: hot spots offered, any ref or fact typed. */
export function NodePicker(props: {
  label: string;
  initial: string;
  suggestions: NodeSuggestion[];
  onPick: (id: string) => void;
  button: string;
}) {
  const [text, setText] = useState(props.initial);
  useEffect(() => setText(props.initial), [props.initial]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = text.trim();
    if (id) props.onPick(id);
  };
  return (
    <Box
      component="form"
      onSubmit={submit}
      display="flex"
      alignItems="flex-start"
      flexWrap="wrap"
    >
      <Box flex="1 1 280px" mr={1} mb={1}>
        <Autocomplete
          freeSolo
          options={props.suggestions.map(s => s.id)}
          inputValue={text}
          onInputChange={(_e, value) => setText(value.slice(0, MAX_NODE_ID))}
          renderInput={params => (
            <TextField
              {...params}
              label={props.label}
              variant="outlined"
              size="small"
              helperText="A ref such as resource:default/identity-db, a name, or a fact such as zone:eu-west-1a"
              inputProps={{ ...params.inputProps, maxLength: MAX_NODE_ID }}
            />
          )}
        />
      </Box>
      <Button
        type="submit"
        variant="contained"
        color="primary"
        disabled={!text.trim()}
      >
        {props.button}
      </Button>
    </Box>
  );
}
