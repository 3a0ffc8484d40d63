import { CampaignResults } from '@internal/plugin-skills-survey-common';
import { useTheme } from '@material-ui/core/styles';
import { Bar, BarChart, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard, NumbersTable } from '@internal/plugin-fitsys-react';
import { percent, points, WITHHELD_LABELS } from '../shared/cells';

/** Colours of the levels, low to high; n/a in grey. Every figure is also in the table. */
export const LEVEL_COLOURS = [
  '#d73027',
  '#fc8d59',
  '#fee090',
  '#91bfdb',
  '#4575b4',
];

/** Per technology: how many answered each level, the share at 3+ and its change. */
export function Distribution(props: { results: CampaignResults }) {
  const theme = useTheme();
  const { results } = props;
  const axis = { fill: theme.palette.text.secondary, fontSize: 12 };
  const rows = results.technologies.map(t => {
    const row: Record<string, string | number> = {
      label: t.technology.title,
    };
    if (t.overall.status === 'published') {
      const rated = t.overall.respondents;
      for (const s of results.scale)
        row[s.label] = Math.round(
          ((t.overall.levels[String(s.level)] ?? 0) / rated) * 100,
        );
      row['Not applicable'] = Math.round(
        (t.overall.notApplicable / rated) * 100,
      );
    }
    return row;
  });
  return (
    <ChartCard
      title="Levels per technology"
      height={Math.max(240, rows.length * 28 + 60)}
      chart={
        <BarChart data={rows} layout="vertical" margin={{ left: 24 }}>
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            allowDataOverflow
            unit="%"
            tick={axis}
          />
          <YAxis type="category" dataKey="label" width={120} tick={axis} />
          <Tooltip
            contentStyle={{
              background: theme.palette.background.paper,
              color: theme.palette.text.primary,
            }}
          />
          <Legend
            formatter={value => (
              <span style={{ color: theme.palette.text.primary }}>{value}</span>
            )}
          />
          {results.scale.map((s, i) => (
            <Bar
              key={s.level}
              dataKey={s.label}
              stackId="levels"
              unit="%"
              fill={LEVEL_COLOURS[i % LEVEL_COLOURS.length]}
            />
          ))}
          <Bar
            dataKey="Not applicable"
            stackId="levels"
            unit="%"
            fill={theme.palette.grey[500]}
          />
        </BarChart>
      }
      table={
        <NumbersTable
          label="Respondents per level, by technology"
          head={[
            'Technology',
            ...results.scale.map(s => `${s.level} ${s.label}`),
            'n/a',
            'Respondents',
            'Share at 3+',
            'Change',
          ]}
          rows={results.technologies.map(t =>
            t.overall.status === 'published'
              ? [
                  t.technology.title,
                  ...results.scale.map(
                    s => (t.overall as any).levels[String(s.level)] ?? 0,
                  ),
                  t.overall.notApplicable,
                  t.overall.respondents,
                  percent(t.overall.shareIndependent),
                  points(t.change),
                ]
              : [
                  t.technology.title,
                  ...results.scale.map(() => ''),
                  '',
                  WITHHELD_LABELS[t.overall.status],
                  '',
                  '',
                ],
          )}
        />
      }
    />
  );
}
