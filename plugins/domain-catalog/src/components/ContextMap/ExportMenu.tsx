import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { ContextMapExportFormat } from '@internal/plugin-domain-catalog-common';
import Button from '@material-ui/core/Button';
import ListItemText from '@material-ui/core/ListItemText';
import Menu from '@material-ui/core/Menu';
import MenuItem from '@material-ui/core/MenuItem';
import ArrowDropDownIcon from '@material-ui/icons/ArrowDropDown';
import { useState } from 'react';

const FORMATS: Array<{
  format: ContextMapExportFormat;
  label: string;
  detail: string;
}> = [
  { format: 'cml', label: 'CML', detail: 'for Context Mapper' },
  { format: 'mermaid', label: 'Mermaid', detail: 'for Markdown and TechDocs' },
  { format: 'dot', label: 'DOT', detail: 'for Graphviz' },
];

/**
 * One "Export" button whose menu offers the map's formats; the file holds
 * what the filters show. A failed download is reported, not swallowed.
 */
export function ExportMenu(props: {
  onExport: (format: ContextMapExportFormat) => Promise<void>;
}) {
  const alertApi = useApi(alertApiRef);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const choose = async (format: ContextMapExportFormat) => {
    setAnchor(null);
    try {
      await props.onExport(format);
    } catch (e) {
      alertApi.post({
        message: `Could not export the map: ${(e as Error).message}`,
        severity: 'error',
      });
    }
  };
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        aria-haspopup="menu"
        aria-controls={anchor ? 'context-map-export-menu' : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        endIcon={<ArrowDropDownIcon />}
        onClick={e => setAnchor(e.currentTarget)}
      >
        Export
      </Button>
      <Menu
        id="context-map-export-menu"
        anchorEl={anchor}
        open={!!anchor}
        onClose={() => setAnchor(null)}
        getContentAnchorEl={null}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        {FORMATS.map(({ format, label, detail }) => (
          <MenuItem key={format} onClick={() => choose(format)}>
            <ListItemText primary={label} secondary={detail} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
