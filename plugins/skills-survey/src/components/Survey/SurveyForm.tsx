import {
  Campaign,
  DEFAULT_SCALE,
  LIMITS,
  OwnAnswer,
  Rating,
  TECHNOLOGY_CATEGORIES,
  Technology,
} from '@internal/plugin-skills-survey-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { FormEvent, useCallback, useMemo, useState } from 'react';
import { AnswerDraft } from './useAnswer';
import { RatingRow, RowAnswer } from './RatingRow';

const CATEGORY_TITLES: Record<string, string> = {
  languages: 'Languages',
  frameworks: 'Frameworks',
  infrastructure: 'Infrastructure',
  data: 'Data',
  practices: 'Practices',
};

/** The campaign's technologies by category, in the order categories are declared. */
export function byCategory(technologies: Technology[]) {
  return TECHNOLOGY_CATEGORIES.map(category => ({
    category,
    title: CATEGORY_TITLES[category],
    technologies: technologies
      .filter(t => t.category === category)
      .sort((a, b) => a.title.localeCompare(b.title)),
  })).filter(g => g.technologies.length);
}

function initialAnswers(own?: OwnAnswer) {
  const answers: Record<string, RowAnswer> = {};
  for (const r of own?.ratings ?? [])
    answers[r.technologyId] = { level: r.level, wantToLearn: r.wantToLearn };
  return answers;
}

const UNRATED: RowAnswer = { level: undefined, wantToLearn: false };

/** The survey: a row per technology, grouped by category, and the free text. */
export function SurveyForm(props: {
  campaign: Campaign;
  own?: OwnAnswer;
  sending: boolean;
  submitLabel: string;
  onSubmit: (draft: AnswerDraft) => void;
}) {
  const { campaign, own } = props;
  const scale = campaign.scale ?? DEFAULT_SCALE;
  const groups = useMemo(
    () => byCategory(campaign.technologies ?? []),
    [campaign.technologies],
  );
  const total = campaign.technologies?.length ?? 0;
  const [answers, setAnswers] = useState(() => initialAnswers(own));
  const [helpText, setHelpText] = useState(own?.helpText ?? '');
  const onChange = useCallback(
    (technologyId: string, answer: RowAnswer) =>
      setAnswers(previous => ({ ...previous, [technologyId]: answer })),
    [],
  );
  const rated = Object.values(answers).filter(
    a => a.level !== undefined,
  ).length;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const ratings: Rating[] = Object.entries(answers)
      .filter(([, a]) => a.level !== undefined)
      .map(([technologyId, a]) => ({
        technologyId,
        level: a.level ?? null,
        wantToLearn: a.wantToLearn,
      }));
    props.onSubmit({ ratings, helpText });
  };

  return (
    <form
      onSubmit={submit}
      aria-label={`Skills survey ${campaign.name}`}
      style={{ maxWidth: 960 }}
    >
      <Typography variant="body2" color="textSecondary" paragraph>
        Scale:{' '}
        {scale
          .map(s => `${s.level} ${s.label.toLocaleLowerCase()}`)
          .join(' · ')}{' '}
        · n/a not applicable. Rows you leave blank are not counted.
      </Typography>
      {groups.map(group => (
        <Box component="section" key={group.category} mb={3}>
          <Typography variant="h6" component="h3" gutterBottom>
            {group.title}
          </Typography>
          {group.technologies.map(t => (
            <RatingRow
              key={t.id}
              technology={t}
              scale={scale}
              answer={answers[t.id] ?? UNRATED}
              onChange={onChange}
            />
          ))}
        </Box>
      ))}
      <TextField
        id="skills-survey-help-text"
        label="What would help you most? (optional)"
        multiline
        minRows={3}
        fullWidth
        variant="outlined"
        value={helpText}
        onChange={e => setHelpText(e.target.value.slice(0, LIMITS.helpText))}
        inputProps={{ maxLength: LIMITS.helpText }}
        helperText={`${helpText.length} of ${LIMITS.helpText} characters. Shown to the platform team only when enough people wrote one, without your name.`}
      />
      <Box
        mt={2}
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 16 }}
      >
        <Button
          type="submit"
          variant="contained"
          color="primary"
          disabled={props.sending || rated === 0}
        >
          {props.sending ? 'Sending…' : props.submitLabel}
        </Button>
        <Typography variant="body2" color="textSecondary" aria-live="polite">
          {rated} of {total} rated
        </Typography>
      </Box>
    </form>
  );
}
