import {
  HeatmapCell,
  HeatmapPage,
  HeatmapRow,
} from '@internal/plugin-skills-survey-common';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  alpha,
  decomposeColor,
  getContrastRatio,
  makeStyles,
  useTheme,
} from '@material-ui/core/styles';
import {
  countText,
  percent,
  WITHHELD_HELP,
  WITHHELD_LABELS,
} from '../shared/cells';

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
  total: {
    '& th, & td': { fontWeight: theme.typography.fontWeightBold },
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

/** The heat colour: a dark blue, opaque in proportion to the share. */
const HEAT = [25, 70, 130];

/**
 * A cell's background, the blue blended over the card at the share's
 * strength, and whichever of black and white reads better on it (at least
 * 4.5:1 on any blend, as WCAG AA asks of text).
 */
export function heatColours(share: number, paper: string) {
  const [r, g, b] = decomposeColor(paper).values;
  const strength = 0.1 + share * 0.8;
  const mix = (heat: number, base: number) =>
    Math.round(base + (heat - base) * strength);
  const background = `rgb(${mix(HEAT[0], r)}, ${mix(HEAT[1], g)}, ${mix(
    HEAT[2],
    b,
  )})`;
  const color =
    getContrastRatio(background, '#000') >= getContrastRatio(background, '#fff')
      ? '#000'
      : '#fff';
  return { background, color };
}

export function HeatCell(props: { cell: HeatmapCell }) {
  const classes = useStyles();
  const theme = useTheme();
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
      style={heatColours(share, theme.palette.background.paper)}
    >
      {percent(cell.shareIndependent)}
    </td>
  );
}

/** The legend of withheld cells: in words, beside the hatching. */
export function HeatmapLegend() {
  const classes = useStyles();
  return (
    <Typography variant="caption" component="p">
      <span className={`${classes.legend} ${classes.suppressed}`} />
      below threshold: {WITHHELD_HELP.suppressed.toLocaleLowerCase()}.{' '}
      <span className={classes.legend} /> no data:{' '}
      {WITHHELD_HELP['no-data'].toLocaleLowerCase()}. Team below minimum size:{' '}
      {WITHHELD_HELP['team-below-minimum'].toLocaleLowerCase()}.
    </Typography>
  );
}

function Row(props: {
  row: HeatmapRow;
  technologies: HeatmapPage['technologies'];
  total?: boolean;
  onOpen?: (row: HeatmapRow) => void;
}) {
  const classes = useStyles();
  const { row, onOpen } = props;
  return (
    <tr className={props.total ? classes.total : undefined}>
      <th scope="row">
        {row.team.title}
        {onOpen && row.groupsBelow > 0 && (
          <Button
            size="small"
            color="primary"
            onClick={() => onOpen(row)}
            aria-label={`Open ${row.team.title}: its ${row.groupsBelow} groups`}
          >
            Open ({row.groupsBelow})
          </Button>
        )}
      </th>
      <td>{countText(row.team.responses)}</td>
      {/* A row's cells are in the order of the page's technologies. */}
      {props.technologies.map((t, i) => (
        <HeatCell key={t.id} cell={row.cells[i] ?? { status: 'no-data' }} />
      ))}
    </tr>
  );
}

/** Team × technology: the share at the independent level, or why a cell is withheld. */
export function HeatmapTable(props: {
  page: HeatmapPage;
  totalTitle: string;
  onOpen: (row: HeatmapRow) => void;
}) {
  const classes = useStyles();
  const { page } = props;
  return (
    <table
      className={classes.table}
      aria-label="Share at the independent level by team and technology"
    >
      <thead>
        <tr>
          <th scope="col">Team</th>
          <th scope="col">Respondents</th>
          {page.technologies.map(t => (
            <th scope="col" key={t.id}>
              {t.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <Row
          row={{
            ...page.total,
            team: { ...page.total.team, title: props.totalTitle },
          }}
          technologies={page.technologies}
          total
        />
        {page.rows.map(row => (
          <Row
            key={row.team.ref}
            row={row}
            technologies={page.technologies}
            onOpen={props.onOpen}
          />
        ))}
      </tbody>
    </table>
  );
}
