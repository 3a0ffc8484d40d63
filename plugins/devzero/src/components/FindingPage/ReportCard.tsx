import { InfoCard, Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { FindingDetails } from '../../api/DevzeroApi';
import { UserMarkdown } from '../UserMarkdown';
import { Screenshots } from './Screenshots';

function Section(props: { title: string; text?: string }) {
  if (!props.text) return null;
  return (
    <Box mb={2}>
      <Typography variant="subtitle2" component="h3">
        {props.title}
      </Typography>
      <UserMarkdown content={props.text} />
    </Box>
  );
}

/** The report as filed: the narrative in Markdown, its links and images. */
export function ReportCard(props: {
  details: FindingDetails;
  viewerRef?: string;
  onChanged: () => void;
}) {
  const f = props.details.finding;
  return (
    <InfoCard title="Report">
      <Section title="What they were trying to do" text={f.scenario} />
      <Section title="Steps" text={f.steps} />
      <Section title="Expected" text={f.expected} />
      <Section title="What happened" text={f.actual} />
      {f.links.length > 0 && (
        <Box mb={2}>
          <Typography variant="subtitle2" component="h3">
            Links
          </Typography>
          <ul>
            {f.links.map(l => (
              <li key={l}>
                <Link to={l}>{l}</Link>
              </li>
            ))}
          </ul>
        </Box>
      )}
      <Screenshots
        details={props.details}
        viewerRef={props.viewerRef}
        onChanged={props.onChanged}
      />
    </InfoCard>
  );
}
