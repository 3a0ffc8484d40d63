import { CampaignResults } from '@internal/plugin-skills-survey-common';
import { useTheme } from '@material-ui/core/styles';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard, NumbersTable } from '@internal/plugin-fitsys-react';
import { percent } from '../shared/cells';

/** Which technologies people want to learn, organisation-wide. */
export function WantToLearn(props: { results: CampaignResults }) {
  const theme = useTheme();
  const axis = { fill: theme.palette.text.secondary, fontSize: 12 };
  const rows = props.results.technologies
    .flatMap(t =>
      t.overall.status === 'published'
        ? [
            {
              label: t.technology.title,
              people: t.overall.wantToLearn,
              respondents: t.overall.respondents,
            },
          ]
        : [],
    )
    .sort((a, b) => b.people - a.people);
  return (
    <ChartCard
      title="Want to learn"
      height={Math.max(200, rows.length * 24 + 40)}
      chart={
        <BarChart data={rows} layout="vertical" margin={{ left: 24 }}>
          <XAxis type="number" allowDecimals={false} tick={axis} />
          <YAxis type="category" dataKey="label" width={120} tick={axis} />
          <Tooltip
            contentStyle={{
              background: theme.palette.background.paper,
              color: theme.palette.text.primary,
            }}
          />
          <Bar
            dataKey="people"
            name="Want to learn"
            fill={theme.palette.secondary.main}
          />
        </BarChart>
      }
      table={
        <NumbersTable
          label="People who want to learn each technology"
          head={['Technology', 'Want to learn', 'Respondents', 'Share']}
          rows={rows.map(r => [
            r.label,
            r.people,
            r.respondents,
            percent(r.respondents ? r.people / r.respondents : null),
          ])}
        />
      }
    />
  );
}
