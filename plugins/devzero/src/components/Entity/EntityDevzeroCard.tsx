import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ReportFrictionButton } from '../ReportFriction';
import { SEVERITY_LABELS, SeverityChip } from '../shared';
import { useOpenFindingCounts } from './useOpenFindingCounts';

/** Entity card: open findings by severity, and a button to file one. */
export function EntityDevzeroCard(props: { tabPath?: string }) {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error, retry } = useOpenFindingCounts(entityRef);
  const total = value?.reduce((sum, s) => sum + s.count, 0) ?? 0;
  return (
    <InfoCard
      title="Developer Zero"
      subheader="Friction newcomers hit here"
      deepLink={
        props.tabPath === undefined
          ? undefined
          : { title: 'See all findings', link: props.tabPath }
      }
    >
      {error && <ResponseErrorPanel error={error} />}
      {loading && !value && <Progress />}
      {value && (
        <>
          <Typography variant="h5" component="p">
            {total === 0
              ? 'No open findings'
              : `${total} open finding${total === 1 ? '' : 's'}`}
          </Typography>
          {total > 0 && (
            <Box
              component="ul"
              display="flex"
              flexWrap="wrap"
              p={0}
              my={1}
              style={{ gap: 8, listStyle: 'none' }}
              aria-label="Open findings by severity"
            >
              {value
                .filter(s => s.count > 0)
                .reverse()
                .map(s => (
                  <li
                    key={s.severity}
                    aria-label={`${SEVERITY_LABELS[s.severity]}: ${s.count}`}
                  >
                    <SeverityChip severity={s.severity} /> × {s.count}
                  </li>
                ))}
            </Box>
          )}
        </>
      )}
      <Box mt={2}>
        <ReportFrictionButton
          variant="outlined"
          initial={{ entityRef }}
          onFiled={retry}
        />
      </Box>
    </InfoCard>
  );
}
