import { stringifyEntityRef } from '@backstage/catalog-model';
import { Content } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useMemo } from 'react';
import { FindingsView } from '../FindingsList';
import { ReportFrictionButton } from '../ReportFriction';

/** Entity tab: every finding filed against the entity, with filters in the URL. */
export function EntityDevzeroContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const fixed = useMemo(() => ({ entity: [entityRef] }), [entityRef]);
  return (
    <Content noPadding>
      <Box display="flex" alignItems="center" mb={2}>
        <Typography
          variant="body2"
          color="textSecondary"
          style={{ flexGrow: 1 }}
        >
          Friction that people new to{' '}
          {entity.metadata.title ?? entity.metadata.name} wrote down, and what
          its owners did about it.
        </Typography>
        <ReportFrictionButton initial={{ entityRef }} />
      </Box>
      <FindingsView
        caption={`Findings on ${entityRef}`}
        fixed={fixed}
        hideEntity
        hideOwner
        empty={
          <Typography color="textSecondary">
            No findings on this entity. Tried it as a newcomer and hit friction?
            Report it.
          </Typography>
        }
      />
    </Content>
  );
}
