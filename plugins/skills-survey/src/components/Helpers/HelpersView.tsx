import { InfoCard, Progress } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { LoadErrorPanel } from '@internal/plugin-fitsys-react';
import Grid from '@material-ui/core/Grid';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { MyOffers } from './MyOffers';
import { useHelpers } from './useHelpers';

/** The helpers directory: who offers help with what, and one's own offers. */
export function HelpersView() {
  const { value, loading, error, saved, save } = useHelpers();
  if (loading && !value) return <Progress />;
  if (error)
    return (
      <LoadErrorPanel
        error={error}
        what="The helpers directory"
        back={{ label: 'Back to the survey', to: '..' }}
      />
    );
  if (!value) return null;
  const mine = value.helpers.filter(h => h.userRef === value.me);
  const titles = new Map(value.technologies.map(t => [t.id, t.title]));
  const byTechnology = new Map<string, typeof value.helpers>();
  for (const h of value.helpers)
    byTechnology.set(h.technologyId, [
      ...(byTechnology.get(h.technologyId) ?? []),
      h,
    ]);
  const rows = [...byTechnology.entries()].sort(([a], [b]) =>
    (titles.get(a) ?? a).localeCompare(titles.get(b) ?? b),
  );
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={5}>
        <MyOffers
          technologies={value.technologies}
          mine={mine}
          saving={saved.loading}
          saved={Boolean(saved.value)}
          error={saved.error}
          onSave={save}
        />
      </Grid>
      <Grid item xs={12} md={7}>
        <InfoCard title="Who can help">
          {rows.length === 0 ? (
            <Typography color="textSecondary">
              Nobody offers help yet. Be the first: choose what you can help
              with.
            </Typography>
          ) : (
            <Table size="small" aria-label="Helpers by technology">
              <TableHead>
                <TableRow>
                  <TableCell>Technology</TableCell>
                  <TableCell>Helpers</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map(([technologyId, helpers]) => (
                  <TableRow key={technologyId}>
                    <TableCell component="th" scope="row">
                      {titles.get(technologyId) ?? technologyId}
                    </TableCell>
                    <TableCell>
                      {helpers.map(h => (
                        <div key={h.userRef}>
                          <EntityRefLink entityRef={h.userRef} hideIcon />
                          {h.note && (
                            <Typography
                              variant="body2"
                              color="textSecondary"
                              component="span"
                            >
                              {' '}
                              {h.note}
                            </Typography>
                          )}
                        </div>
                      ))}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </InfoCard>
      </Grid>
    </Grid>
  );
}
