import { CampaignResults } from '@internal/plugin-skills-survey-common';
import { useTheme } from '@material-ui/core/styles';
import { useMemo } from 'react';
import {
  CartesianGrid,
  Customized,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartCard, NumbersTable } from '@internal/plugin-fitsys-react';
import { percent } from '../shared/cells';
import { placeLabels, QuadrantPoint, quadrantXMax } from './quadrantLabels';

/**
 * The technologies' names, each placed clear of the other names and dots
 * for the plot's size as drawn (recharts hands a Customized element the
 * chart's offset: the plot's position and size in px).
 */
function PointLabels(props: {
  // Named so that the chart's own props, merged in, cannot override them.
  technologyPoints: QuadrantPoint[];
  axisMax: number;
  labelFill: string;
  offset?: { left: number; top: number; width: number; height: number };
}) {
  const { technologyPoints: points, axisMax: xMax, offset } = props;
  const width = offset?.width ?? 0;
  const height = offset?.height ?? 0;
  // The chart draws again on every hover (its tooltip): placed once a size.
  const placed = useMemo(
    () =>
      width > 0 && height > 0
        ? placeLabels(points, { xMax, width, height })
        : [],
    [points, xMax, width, height],
  );
  if (!offset || !placed.length) return null;
  return (
    <g className="skills-survey-quadrant-labels">
      {placed.map((placement, i) =>
        placement ? (
          <text
            key={`${i}:${points[i].label}`}
            x={
              offset.left +
              (points[i].components / xMax) * offset.width +
              placement.dx
            }
            y={
              offset.top +
              (1 - points[i].share / 100) * offset.height +
              placement.dy
            }
            textAnchor={placement.anchor}
            style={{ fill: props.labelFill, fontSize: 11 }}
          >
            {placement.text}
          </text>
        ) : null,
      )}
    </g>
  );
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (!sorted.length) return 0;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Which quarter a technology falls in: footprint against proficiency. */
export function quadrantOf(
  components: number,
  share: number,
  footprintMedian: number,
) {
  const wide = components > footprintMedian;
  if (wide && share < 0.5) return 'Widely used, few independent: a gap';
  if (wide) return 'Widely used, well known';
  if (share < 0.5) return 'Little used, little known';
  return 'Little used, well known';
}

/** Catalog footprint (components) against the share at the independent level. */
export function Quadrant(props: { results: CampaignResults }) {
  const theme = useTheme();
  const axis = { fill: theme.palette.text.secondary, fontSize: 12 };
  const points = useMemo(
    () =>
      props.results.technologies.flatMap(t =>
        t.overall.status === 'published' && t.overall.shareIndependent !== null
          ? [
              {
                label: t.technology.title,
                components: t.technology.footprint.components,
                teams: t.technology.footprint.teams,
                share: Math.round(t.overall.shareIndependent * 100),
              },
            ]
          : [],
      ),
    [props.results],
  );
  const xMedian = median(points.map(p => p.components));
  const xMax = quadrantXMax(points);
  return (
    <ChartCard
      title="Footprint against proficiency"
      height={340}
      chart={
        <ScatterChart margin={{ top: 16, right: 32, bottom: 24, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} />
          <XAxis
            type="number"
            dataKey="components"
            name="Components"
            domain={[0, xMax]}
            tick={axis}
            allowDecimals={false}
            label={{
              value: 'Components using it',
              position: 'insideBottom',
              offset: -12,
              fill: theme.palette.text.secondary,
            }}
          />
          <YAxis
            type="number"
            dataKey="share"
            name="Share at 3+"
            unit="%"
            domain={[0, 100]}
            tick={axis}
          />
          <ReferenceLine x={xMedian} stroke={theme.palette.text.hint} />
          <ReferenceLine y={50} stroke={theme.palette.text.hint} />
          <Tooltip
            cursor={false}
            contentStyle={{
              background: theme.palette.background.paper,
              color: theme.palette.text.primary,
            }}
          />
          <Scatter data={points} fill={theme.palette.primary.main} />
          <Customized
            component={
              <PointLabels
                technologyPoints={points}
                axisMax={xMax}
                labelFill={theme.palette.text.primary}
              />
            }
          />
        </ScatterChart>
      }
      table={
        <NumbersTable
          label="Footprint and proficiency by technology"
          head={[
            'Technology',
            'Components',
            'Teams',
            'Share at 3+',
            'Quadrant',
          ]}
          rows={[...points]
            .sort((a, b) => b.components - a.components)
            .map(p => [
              p.label,
              p.components,
              p.teams,
              percent(p.share / 100),
              quadrantOf(p.components, p.share / 100, xMedian),
            ])}
        />
      }
    />
  );
}
