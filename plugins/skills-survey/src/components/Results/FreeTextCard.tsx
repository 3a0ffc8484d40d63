import { InfoCard, Progress } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { messageOf } from '@internal/plugin-fitsys-react';
import { skillsSurveyFreeTextHoldPermission } from '@internal/plugin-skills-survey-common';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemSecondaryAction from '@material-ui/core/ListItemSecondaryAction';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { skillsSurveyApiRef } from '../../api/SkillsSurveyApi';
import { useFreeText } from './useResults';

/** "What would help you most?", organisation-wide, when enough people wrote one. */
export function FreeTextCard(props: { campaignId: string }) {
  const api = useApi(skillsSurveyApiRef);
  const alertApi = useApi(alertApiRef);
  const mayHold = usePermission({
    permission: skillsSurveyFreeTextHoldPermission,
  }).allowed;
  const { value, loading, error, retry } = useFreeText(props.campaignId);
  const [holding, hold] = useAsyncFn(
    async (textId: string, held: boolean) => {
      try {
        await api.holdFreeText(props.campaignId, textId, held);
        retry();
      } catch (e) {
        alertApi.post({ message: messageOf(e), severity: 'error' });
      }
    },
    [api, alertApi, props.campaignId, retry],
  );
  return (
    <InfoCard title="What would help you most?">
      {loading && !value && <Progress />}
      {error && <Alert severity="error">{messageOf(error)}</Alert>}
      {value && !value.shown && (
        <Typography color="textSecondary">
          Too few people wrote one to show them without risking who wrote which.
        </Typography>
      )}
      {value?.shown && (
        <List
          dense
          aria-label="Free-text answers"
          // Scrolls on its own: reachable by keyboard to scroll it.
          tabIndex={0}
          style={{ maxHeight: 480, overflowY: 'auto' }}
        >
          {value.texts.map(t => (
            <ListItem key={t.id} divider>
              <ListItemText
                primary={t.text}
                secondary={t.held ? 'Held back: readers do not see it' : null}
                style={{ whiteSpace: 'pre-wrap', paddingRight: 96 }}
              />
              {mayHold && (
                <ListItemSecondaryAction>
                  <Button
                    size="small"
                    disabled={holding.loading}
                    onClick={() => hold(t.id, !t.held)}
                    aria-label={`${
                      t.held ? 'Release' : 'Hold back'
                    }: ${t.text.slice(0, 60)}`}
                  >
                    {t.held ? 'Release' : 'Hold back'}
                  </Button>
                </ListItemSecondaryAction>
              )}
            </ListItem>
          ))}
        </List>
      )}
    </InfoCard>
  );
}
