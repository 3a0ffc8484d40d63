import { InfoCard, MarkdownContent } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { ArchitectureDetail } from '@internal/plugin-reference-architectures-common';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Link } from '@backstage/core-components';
import { architectureRouteRef } from '../../routes';
import { nameOf, templatePath } from '../shared';

/** Markdown from the catalog, rendered with raw HTML sanitised (no scripts, no event handlers). */
function Prose(props: { content?: string }) {
  if (!props.content) return null;
  return <MarkdownContent content={props.content} dialect="gfm" />;
}

function Bullets(props: { items?: string[]; empty: string }) {
  if (!props.items?.length)
    return (
      <Typography variant="body2" color="textSecondary">
        {props.empty}
      </Typography>
    );
  return (
    <ul>
      {props.items.map(item => (
        <li key={item}>
          <Typography variant="body2">{item}</Typography>
        </li>
      ))}
    </ul>
  );
}

/** The design in words: problem, context, solution, building blocks, when (not) to use it. */
export function OverviewTab(props: { detail: ArchitectureDetail }) {
  const detailPath = useRouteRef(architectureRouteRef);
  const { version } = props.detail;
  const spec = version.spec;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={6}>
        <InfoCard title="Problem">
          <Prose content={spec.problem} />
          {spec.context && (
            <>
              <Typography variant="h6" component="h3">
                Context
              </Typography>
              <Prose content={spec.context} />
            </>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Solution">
          <Prose content={spec.solution} />
          {version.tags.length > 0 && (
            <div aria-label="Tags">
              {version.tags.map(t => (
                <Chip
                  key={t}
                  size="small"
                  label={t}
                  style={{ marginRight: 4 }}
                />
              ))}
            </div>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Building blocks">
          {spec.buildingBlocks?.length ? (
            <Table size="small">
              <caption>
                What the design is made of, and why each part is there
              </caption>
              <TableHead>
                <TableRow>
                  <TableCell>Block</TableCell>
                  <TableCell>Responsibility</TableCell>
                  <TableCell>Why</TableCell>
                  <TableCell>Technology</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {spec.buildingBlocks.map(b => {
                  const template = b.template && templatePath(b.template);
                  return (
                    <TableRow key={b.name}>
                      <TableCell component="th" scope="row">
                        <strong>{b.name}</strong>
                        {b.entity && (
                          <div>
                            <EntityRefLink entityRef={b.entity} />
                          </div>
                        )}
                        {template && (
                          <div>
                            <Link to={template}>Create with its template</Link>
                          </div>
                        )}
                      </TableCell>
                      <TableCell>{b.responsibility}</TableCell>
                      <TableCell>{b.why}</TableCell>
                      <TableCell>{b.technology ?? '—'}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          ) : (
            <Typography variant="body2" color="textSecondary">
              No building blocks are listed.
            </Typography>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={4}>
        <InfoCard title="Use cases">
          <Bullets items={spec.useCases} empty="No use cases are listed." />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={4}>
        <InfoCard title="When not to use it">
          <Bullets items={spec.whenNotToUse} empty="Nothing is listed." />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={4}>
        <InfoCard title="Alternatives">
          {spec.alternatives?.length ? (
            <ul>
              {spec.alternatives.map(a => (
                <li key={a.name}>
                  <Typography variant="body2">
                    <strong>
                      {a.architecture ? (
                        <Link to={detailPath({ name: nameOf(a.architecture) })}>
                          {a.name}
                        </Link>
                      ) : (
                        a.name
                      )}
                    </strong>
                    : {a.reason}
                  </Typography>
                </li>
              ))}
            </ul>
          ) : (
            <Typography variant="body2" color="textSecondary">
              No alternatives are listed.
            </Typography>
          )}
        </InfoCard>
      </Grid>
    </Grid>
  );
}
