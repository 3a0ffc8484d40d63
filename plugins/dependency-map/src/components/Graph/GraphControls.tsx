import { Tier } from '@internal/plugin-dependency-map-common';
import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { ReactNode } from 'react';
import { shortRef } from '../shared/format';
import { GraphFilters, RELATION_NAMES, RelationKind } from './graphModel';
import {
  DEPTHS,
  DIRECTIONS,
  GraphSettings,
  GROUPINGS,
  NODE_LIMITS,
} from './graphQuery';

const DIRECTION_NAMES = {
  both: 'both ways',
  dependencies: 'what it needs',
  dependents: 'what needs it',
};

/** The id of a control, from its label: "At most nodes" is graph-at-most-nodes. */
function controlId(label: string) {
  return `graph-${label.toLocaleLowerCase('en-US').replace(/\W+/g, '-')}`;
}

function Select<T extends string | number>(props: {
  label: string;
  value: T;
  options: T[];
  name?: (v: T) => ReactNode;
  onChange: (v: T) => void;
}) {
  const id = controlId(props.label);
  return (
    <Box minWidth={150} mr={1} mb={1}>
      <TextField
        select
        id={id}
        fullWidth
        size="small"
        variant="outlined"
        label={props.label}
        value={props.value}
        // Named by its label and its value, as it reads.
        SelectProps={{ SelectDisplayProps: { id: `${id}-display` } }}
        onChange={e =>
          props.onChange(
            (typeof props.value === 'number'
              ? Number(e.target.value)
              : e.target.value) as T,
          )
        }
      >
        {props.options.map(o => (
          <MenuItem key={o} value={o}>
            {props.name ? props.name(o) : o}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}

function MultiSelect<T extends string | number>(props: {
  label: string;
  value: T[];
  options: T[];
  name?: (v: T) => string;
  onChange: (v: T[]) => void;
}) {
  const name = props.name ?? String;
  const id = controlId(props.label);
  return (
    <Box minWidth={170} maxWidth={260} mr={1} mb={1}>
      <TextField
        select
        id={id}
        fullWidth
        size="small"
        variant="outlined"
        label={props.label}
        value={props.value}
        SelectProps={{
          multiple: true,
          renderValue: v =>
            (v as T[]).length ? (v as T[]).map(name).join(', ') : 'all',
          displayEmpty: true,
          // Named by its label and its value, as it reads.
          SelectDisplayProps: { id: `${id}-display` },
        }}
        InputLabelProps={{ shrink: true }}
        onChange={e => props.onChange(e.target.value as unknown as T[])}
      >
        {props.options.map(o => (
          <MenuItem key={o} value={o}>
            {name(o)}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}

/** Walk settings (depth, direction, size, grouping) and filters (kind, relation, owner, tier). */
export function GraphControls(props: {
  settings: GraphSettings;
  onSettings: (s: GraphSettings) => void;
  filters: GraphFilters;
  onFilters: (f: GraphFilters) => void;
  kinds: string[];
  owners: string[];
}) {
  const { settings: s, filters: f } = props;
  const set = (patch: Partial<GraphSettings>) =>
    props.onSettings({ ...s, ...patch });
  const filter = (patch: Partial<GraphFilters>) =>
    props.onFilters({ ...f, ...patch });
  return (
    <Box display="flex" flexWrap="wrap" alignItems="flex-start">
      <Select
        label="Depth"
        value={s.depth}
        options={DEPTHS}
        onChange={depth => set({ depth })}
      />
      <Select
        label="Direction"
        value={s.direction}
        options={DIRECTIONS}
        name={d => DIRECTION_NAMES[d]}
        onChange={direction => set({ direction })}
      />
      <Select
        label="At most nodes"
        value={s.maxNodes}
        options={NODE_LIMITS}
        name={n => n.toLocaleString('en-US')}
        onChange={maxNodes => set({ maxNodes })}
      />
      <Select
        label="Group by"
        value={s.groupBy}
        options={GROUPINGS}
        name={g => (g === 'none' ? 'nothing' : g)}
        onChange={groupBy => set({ groupBy })}
      />
      <MultiSelect
        label="Kind"
        value={f.kinds}
        options={props.kinds}
        onChange={kinds => filter({ kinds })}
      />
      <MultiSelect<RelationKind>
        label="Relation"
        value={f.relations}
        options={Object.keys(RELATION_NAMES) as RelationKind[]}
        name={r => RELATION_NAMES[r]}
        onChange={relations => filter({ relations })}
      />
      <MultiSelect
        label="Owner"
        value={f.owners}
        options={props.owners}
        name={shortRef}
        onChange={owners => filter({ owners })}
      />
      <MultiSelect<Tier | 'none'>
        label="Tier"
        value={f.tiers}
        options={[1, 2, 3, 'none']}
        name={t => (t === 'none' ? 'no tier' : `tier ${t}`)}
        onChange={tiers => filter({ tiers })}
      />
    </Box>
  );
}
