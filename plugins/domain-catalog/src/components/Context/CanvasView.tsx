import { InfoCard } from '@backstage/core-components';
import {
  CanvasMessage,
  ContextDetails,
} from '@internal/plugin-domain-catalog-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useApi } from '@backstage/core-plugin-api';
import { domainCatalogApiRef } from '../../api/DomainCatalogApi';
import { useDownload } from '../shared';

const NONE = <Typography color="textSecondary">Not declared yet.</Typography>;

function Items(props: { items?: string[] }) {
  if (!props.items?.length) return NONE;
  return (
    <Box component="ul" m={0} pl={2}>
      {props.items.map(i => (
        <li key={i}>
          <Typography variant="body2">{i}</Typography>
        </li>
      ))}
    </Box>
  );
}

function Messages(props: { items?: CanvasMessage[]; label: string }) {
  if (!props.items?.length) return NONE;
  return (
    <Table size="small" aria-label={props.label}>
      <TableHead>
        <TableRow>
          <TableCell>Collaborator</TableCell>
          <TableCell>Message</TableCell>
          <TableCell>Type</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.items.map((m, i) => (
          <TableRow key={i}>
            <TableCell>{m.collaborator}</TableCell>
            <TableCell>{m.message}</TableCell>
            <TableCell>{m.type}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The Bounded Context Canvas, rendered from the entity, with its exports. */
export function CanvasView(props: { details: ContextDetails }) {
  const api = useApi(domainCatalogApiRef);
  const download = useDownload();
  const c = props.details.context;
  const canvas = c.canvas ?? {};
  const save = async (format: 'markdown' | 'json') =>
    download(
      await api.canvasUrl(c.namespace, c.name, format),
      `${c.name}-canvas.${format === 'json' ? 'json' : 'md'}`,
    );
  const cell = (title: string, body: JSX.Element, md = 6) => (
    <Grid item xs={12} md={md as 6}>
      <InfoCard title={title} variant="gridItem">
        {body}
      </InfoCard>
    </Grid>
  );
  return (
    <Box>
      <Box display="flex" justifyContent="flex-end" style={{ gap: 8 }} mb={2}>
        <Button
          variant="outlined"
          size="small"
          onClick={() => save('markdown')}
        >
          Export Markdown
        </Button>
        <Button variant="outlined" size="small" onClick={() => save('json')}>
          Export JSON
        </Button>
      </Box>
      <Grid container spacing={2}>
        {cell('Purpose', <Typography>{c.purpose}</Typography>, 12)}
        {cell(
          'Strategic classification',
          <Box component="dl" m={0}>
            <Typography component="dt" variant="subtitle2">
              Domain
            </Typography>
            <Typography component="dd">
              {c.domainTitle ?? c.domain} ({c.classification ?? 'unclassified'})
            </Typography>
            <Typography component="dt" variant="subtitle2">
              Business model
            </Typography>
            <Typography component="dd">
              {canvas.businessModel?.join(', ') || 'Not declared yet.'}
            </Typography>
            <Typography component="dt" variant="subtitle2">
              Evolution
            </Typography>
            <Typography component="dd">
              {canvas.evolution ?? 'Not declared yet.'}
            </Typography>
          </Box>,
        )}
        {cell('Domain roles', <Items items={canvas.domainRoles} />)}
        {cell(
          'Inbound communication',
          <Messages items={canvas.inbound} label="Inbound communication" />,
        )}
        {cell(
          'Outbound communication',
          <Messages items={canvas.outbound} label="Outbound communication" />,
        )}
        {cell('Business decisions', <Items items={canvas.businessDecisions} />)}
        {cell('Assumptions', <Items items={canvas.assumptions} />)}
        {cell(
          'Verification metrics',
          <Items items={canvas.verificationMetrics} />,
        )}
        {cell('Open questions', <Items items={canvas.openQuestions} />)}
      </Grid>
    </Box>
  );
}
