import { ContextMap } from '@internal/plugin-domain-catalog-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { Fragment } from 'react';
import { MapFilter } from '../../api/DomainCatalogApi';
import { ClassificationChip } from '../shared';

const name = (ref: string) => ref.slice(ref.indexOf('/') + 1);

/** Domain, owner and focus filters; every change goes into the URL. */
export function MapFilters(props: {
  map: ContextMap;
  filter: MapFilter;
  onChange: (change: (params: URLSearchParams) => void) => void;
}) {
  const { map, filter, onChange } = props;
  const owners = [...new Set(map.contexts.map(c => c.owner))].sort();
  const domains = [...map.domains].sort((a, b) =>
    (a.title ?? a.name).localeCompare(b.title ?? b.name),
  );
  const contexts = [...map.contexts].sort((a, b) =>
    (a.title ?? a.name).localeCompare(b.title ?? b.name),
  );
  const select = (
    label: string,
    key: string,
    value: string,
    options: Array<[string, string]>,
  ) => (
    <TextField
      id={`domain-catalog-map-${key}`}
      select
      label={label}
      value={value}
      variant="outlined"
      size="small"
      style={{ minWidth: 200 }}
      SelectProps={{
        SelectDisplayProps: {
          id: `domain-catalog-map-${key}-display`,
        },
      }}
      onChange={e =>
        onChange(p => {
          p.delete(key);
          if (e.target.value) p.set(key, e.target.value);
          if (key === 'focus' && !e.target.value) p.delete('depth');
        })
      }
    >
      <MenuItem value="">
        <em>All</em>
      </MenuItem>
      {options.map(([v, l]) => (
        <MenuItem key={v} value={v}>
          {l}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Box display="flex" flexWrap="wrap" alignItems="center" style={{ gap: 12 }}>
      {select(
        'Domain',
        'domain',
        filter.domains?.[0] ?? '',
        domains.map(d => [d.ref, d.title ?? d.name]),
      )}
      {select(
        'Owner',
        'owner',
        filter.owners?.[0] ?? '',
        owners.map(o => [o, name(o)]),
      )}
      {select(
        'Focus on context',
        'focus',
        filter.focus ?? '',
        contexts.map(c => [c.ref, c.title ?? c.name]),
      )}
      {filter.focus &&
        select('Steps around it', 'depth', String(filter.depth ?? 1), [
          ['1', '1 step'],
          ['2', '2 steps'],
          ['3', '3 steps'],
        ])}
      {(filter.domains?.length || filter.owners?.length || filter.focus) && (
        <Button
          size="small"
          onClick={() =>
            onChange(p =>
              ['domain', 'owner', 'focus', 'depth'].forEach(k => p.delete(k)),
            )
          }
        >
          Clear filters
        </Button>
      )}
    </Box>
  );
}

const NOTATION: Array<[string, string]> = [
  ['U / D', 'upstream / downstream'],
  ['OHS', 'open host service'],
  ['PL', 'published language'],
  ['ACL', 'anticorruption layer'],
  ['CF', 'conformist'],
  ['C/S', 'customer / supplier'],
  ['SK', 'shared kernel'],
  ['P', 'partnership'],
  ['SW', 'separate ways'],
];

/** What the colours and the notation mean; stands beside the map. */
export function Legend() {
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 8 }}>
      <Typography variant="subtitle2" component="h3">
        Legend
      </Typography>
      <Box display="flex" flexWrap="wrap" style={{ gap: 6 }}>
        <ClassificationChip classification="core" />
        <ClassificationChip classification="supporting" />
        <ClassificationChip classification="generic" />
      </Box>
      <Typography variant="caption" color="textSecondary">
        Arrows run from upstream to downstream; symmetric relationships have
        none.
      </Typography>
      <Box
        component="dl"
        m={0}
        display="grid"
        style={{ gridTemplateColumns: 'auto 1fr', columnGap: 8, rowGap: 2 }}
      >
        {NOTATION.map(([abbreviation, meaning]) => (
          <Fragment key={abbreviation}>
            <Typography variant="caption" component="dt">
              <strong>{abbreviation}</strong>
            </Typography>
            <Typography variant="caption" component="dd" style={{ margin: 0 }}>
              {meaning}
            </Typography>
          </Fragment>
        ))}
      </Box>
    </Box>
  );
}
