import { InfoCard } from '@backstage/core-components';
import { messageOf } from '@internal/plugin-fitsys-react';
import {
  Helper,
  LIMITS,
  Technology,
} from '@internal/plugin-skills-survey-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { FormEvent, useState } from 'react';
import { HelpOffer } from '../../api/SkillsSurveyApi';

/** The technologies the viewer offers help with, each with a note. */
export function MyOffers(props: {
  technologies: Technology[];
  mine: Helper[];
  saving: boolean;
  saved: boolean;
  error?: Error;
  onSave: (offers: HelpOffer[]) => void;
}) {
  const byId = new Map(props.technologies.map(t => [t.id, t]));
  const [offers, setOffers] = useState<HelpOffer[]>(() =>
    props.mine.map(h => ({
      technologyId: h.technologyId,
      note: h.note ?? '',
    })),
  );
  const chosen = offers.flatMap(o => byId.get(o.technologyId) ?? []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSave(
      offers.map(o => ({
        technologyId: o.technologyId,
        ...(o.note?.trim() && { note: o.note.trim() }),
      })),
    );
  };
  return (
    <InfoCard title="Offer help">
      <form onSubmit={submit} aria-label="Offer help">
        <Typography variant="body2" paragraph>
          Listed by name, apart from the survey: colleagues and the platform
          team see whom to ask beside each gap.
        </Typography>
        <Autocomplete
          multiple
          options={props.technologies}
          value={chosen}
          getOptionLabel={t => t.title}
          getOptionSelected={(a, b) => a.id === b.id}
          getOptionDisabled={() => offers.length >= LIMITS.helperTechnologies}
          onChange={(_e, value) =>
            setOffers(
              value.map(t => ({
                technologyId: t.id,
                note: offers.find(o => o.technologyId === t.id)?.note ?? '',
              })),
            )
          }
          renderInput={params => (
            <TextField
              {...params}
              variant="outlined"
              label="I can help with"
              helperText={`At most ${LIMITS.helperTechnologies} technologies`}
            />
          )}
        />
        {offers.map((o, i) => (
          <Box mt={2} key={o.technologyId}>
            <TextField
              id={`skills-survey-note-${o.technologyId}`}
              fullWidth
              size="small"
              variant="outlined"
              label={`Note for ${
                byId.get(o.technologyId)?.title ?? o.technologyId
              } (optional)`}
              value={o.note ?? ''}
              onChange={e =>
                setOffers(
                  offers.map((x, j) =>
                    j === i ? { ...x, note: e.target.value } : x,
                  ),
                )
              }
              inputProps={{ maxLength: LIMITS.helperNote }}
              helperText={`${(o.note ?? '').length} of ${
                LIMITS.helperNote
              } characters, such as "pairing on Tuesdays"`}
            />
          </Box>
        ))}
        {props.error && (
          <Box mt={2}>
            <Alert severity="error">{messageOf(props.error)}</Alert>
          </Box>
        )}
        {props.saved && !props.error && (
          <Box mt={2}>
            <Alert severity="success" role="status">
              Your offers are saved.
            </Alert>
          </Box>
        )}
        <Box mt={2}>
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={props.saving}
          >
            Save my offers
          </Button>
        </Box>
      </form>
    </InfoCard>
  );
}
