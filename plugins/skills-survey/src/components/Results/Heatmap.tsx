import { InfoCard } from '@backstage/core-components';
import {
  CampaignResults,
  ResultCell,
} from '@internal/plugin-skills-survey-common';
import Box from '@material-ui/core/Box';
import { alpha, makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { percent, WITHHELD_HELP, WITHHELD_LABELS } from '../shared/cells';

const useStyles = makeStyles(theme => ({
  table: {
    borderCollapse: 'collapse',
    fontSize: theme.typography.body2.fontSize,
    '& th, & td': {
      border: `1px solid ${theme.palette.divider}`,
      padding: theme.spacing(0.5, 1),
      textAlign: 'center',
      minWidth: '6rem',
      maxWidth: '8rem',
    },
    '& th[scope=row]': {
      textAlign: 'left',
      position: 'sticky',
      left: 0,
      background: theme.palette.background.paper,
      zIndex: 1,
    },
  },
  suppressed: {
    // Hatched, and labelled in words: not told apart by colour alone.
    background: `repeating-linear-gradient(45deg, transparent, transparent 4px, ${alpha(
      theme.palette.text.secondary,
      0.25,
    )} 4px, ${alpha(theme.palette.text.secondary, 0.25)} 6px)`,
    fontStyle: 'italic',
    fontSize: theme.typography.caption.fontSize,
  },
  empty: {
    color: theme.palette.text.secondary,
    fontSize: theme.typography.caption.fontSize,
  },
  legend: {
    display: 'inline-block',
    width: '2rem',
    height: '1rem',
    verticalAlign: 'middle',
    marginRight: theme.spacing(0.5),
    border: `1px solid ${theme.palette.divider}`,
  },
}));

function HeatCell(props: { cell: ResultCell }) {
  const classes = useStyles();
  const { cell } = props;
  if (cell.status !== 'published')
    return (
      <td
        className={
          cell.status === 'suppressed' ? classes.suppressed : classes.empty
        }
        title={WITHHELD_HELP[cell.status]}
      >
        {WITHHELD_LABELS[cell.status]}
      </td>
    );
  const share = cell.shareIndependent ?? 0;
  return (
    <td
      title={`${cell.respondents} respondents`}
      style={{
        background: `rgba(69, 117, 180, ${0.1 + share * 0.8})`,
        color: share > 0.55 ? '#fff' : undefined,
      }}
    >
      {percent(cell.shareIndependent)}
    </td>
  );
}

/** Technology × team: the share at the independent level, or why a cell is withheld. */
export function Heatmap(props: { results: CampaignResults }) {
  const classes = useStyles();
  const { results } = props;
  // The organisation is the first column (each technology's overall cell).
  const perTeam = new Set(
    results.technologies.flatMap(t => t.teams.map(c => c.teamRef)),
  );
  const teams = results.teams.filter(t => perTeam.has(t.ref));
  return (
    <InfoCard
      title="Technology × team"
      subheader="Share of respondents at the independent level or above"
    >
      <Box mb={1}>
        <Typography variant="caption" component="p">
          <span className={`${classes.legend} ${classes.suppressed}`} />
          below threshold: {WITHHELD_HELP.suppressed.toLocaleLowerCase()}.{' '}
          <span className={classes.legend} /> no data:{' '}
          {WITHHELD_HELP['no-data'].toLocaleLowerCase()}. Team below minimum
          size: {WITHHELD_HELP['team-below-minimum'].toLocaleLowerCase()}.
        </Typography>
      </Box>
      <Box style={{ overflowX: 'auto' }}>
        <table
          className={classes.table}
          aria-label="Share at the independent level by technology and team"
        >
          <thead>
            <tr>
              <th scope="col">Technology</th>
              <th scope="col">Organisation</th>
              {teams.map(t => (
                <th scope="col" key={t.ref}>
                  {t.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {results.technologies.map(tech => {
              const byTeam = new Map(tech.teams.map(t => [t.teamRef, t.cell]));
              return (
                <tr key={tech.technology.id}>
                  <th scope="row">{tech.technology.title}</th>
                  <HeatCell cell={tech.overall} />
                  {teams.map(team => (
                    <HeatCell
                      key={team.ref}
                      cell={byTeam.get(team.ref) ?? { status: 'no-data' }}
                    />
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </Box>
    </InfoCard>
  );
}
