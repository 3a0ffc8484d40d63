import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { CorrelationGroup } from '@internal/plugin-dependency-map-common';
import { LoadErrorPanel } from '@internal/plugin-fitsys-react';
import Box from '@material-ui/core/Box';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { dependencyMapApiRef } from '../../api/DependencyMapApi';
import { plural, shortRef } from '../shared/format';
import { NoAnnotations } from '../shared/NoAnnotations';
import { NodeActions, NodeName } from '../shared/NodeLink';
import { Pager } from '../shared/Pager';

const PAGE = 20;
/** Members named on a card; the rest are counted. */
const MEMBERS_NAMED = 12;

function GroupCard(props: { group: CorrelationGroup }) {
  const { group } = props;
  const named = group.members.slice(0, MEMBERS_NAMED);
  return (
    <Card variant="outlined" component="article" aria-label={group.summary}>
      <CardContent>
        <Typography variant="h6" component="h3">
          {plural(group.size, 'service')} fail with{' '}
          {group.shared.map(n => n.label).join(' or ')}
        </Typography>
        <Typography variant="body2" paragraph>
          {group.summary}
        </Typography>
        <Typography variant="subtitle2" component="h4">
          {group.shared.length > 1 ? 'If any of these fails' : 'If this fails'}
        </Typography>
        <ul>
          {group.shared.map(node => (
            <li key={node.id}>
              <NodeName node={node} /> <NodeActions node={node} />
            </li>
          ))}
        </ul>
        <Typography variant="subtitle2" component="h4">
          These fail
          {group.hiddenMembers > 0
            ? ` (${group.hiddenMembers} reach it only through others)`
            : ''}
        </Typography>
        <Typography variant="body2" component="div">
          {named.map((m, i) => (
            <span key={m.id}>
              {i > 0 ? ', ' : ''}
              <NodeName node={m} />
            </span>
          ))}
          {group.members.length > named.length
            ? ` and ${group.members.length - named.length} more`
            : ''}
        </Typography>
        <Box mt={1}>
          <Typography variant="caption" color="textSecondary">
            Owners: {group.owners.map(shortRef).join(', ') || 'none'}
            {group.domains.length
              ? `; domains: ${group.domains.map(shortRef).join(', ')}`
              : ''}
          </Typography>
        </Box>
      </CardContent>
    </Card>
  );
}

/** Services that look independent but fail together, with the dependency they share named. */
export function CorrelationGroupsView() {
  const api = useApi(dependencyMapApiRef);
  const [offset, setOffset] = useState(0);
  const { value, loading, error } = useAsync(
    () => api.getCorrelationGroups({ offset, limit: PAGE }),
    [api, offset],
  );
  if (error) {
    return (
      <LoadErrorPanel
        error={error}
        what="The correlation groups"
        back={{ label: 'Hot spots', to: '..' }}
      />
    );
  }
  if (loading || !value) return <Progress />;
  if (value.totalItems === 0) {
    return <NoAnnotations title="No services that fail together found" />;
  }
  return (
    <>
      <Typography variant="body2" paragraph>
        Services of different teams, systems or domains that look independent
        but all fail when one shared dependency fails. Those that reach it only
        transitively, without declaring it, come first.
      </Typography>
      <Box display="grid" gridGap={16}>
        {value.items.map(group => (
          <GroupCard key={group.id} group={group} />
        ))}
      </Box>
      <Pager
        offset={offset}
        limit={PAGE}
        total={value.totalItems}
        what="groups"
        onChange={setOffset}
      />
    </>
  );
}
