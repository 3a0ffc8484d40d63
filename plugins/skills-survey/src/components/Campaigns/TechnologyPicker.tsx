import { LIMITS, Technology } from '@internal/plugin-skills-survey-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormLabel from '@material-ui/core/FormLabel';
import Typography from '@material-ui/core/Typography';
import { byCategory } from '../Survey/SurveyForm';

/** Technologies to ask about, by category, with their catalog footprint. */
export function TechnologyPicker(props: {
  technologies: Technology[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
}) {
  const { selected, onChange } = props;
  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onChange(next);
  };
  return (
    <Box>
      <Typography variant="subtitle2" component="p">
        Technologies ({selected.size} chosen, at most{' '}
        {LIMITS.technologiesPerCampaign})
      </Typography>
      {byCategory(props.technologies).map(group => {
        const ids = group.technologies.map(t => t.id);
        const all = ids.every(id => selected.has(id));
        return (
          <Box
            key={group.category}
            component="fieldset"
            border={0}
            p={0}
            m={0}
            mt={2}
          >
            <Box display="flex" alignItems="center" style={{ gap: 8 }}>
              <FormLabel component="legend">{group.title}</FormLabel>
              <Button size="small" onClick={() => toggle(ids, !all)}>
                {all ? `Clear ${group.title}` : `All of ${group.title}`}
              </Button>
            </Box>
            <FormGroup row>
              {group.technologies.map(t => (
                <FormControlLabel
                  key={t.id}
                  style={{ minWidth: 220 }}
                  control={
                    <Checkbox
                      size="small"
                      color="primary"
                      checked={selected.has(t.id)}
                      onChange={e => toggle([t.id], e.target.checked)}
                    />
                  }
                  label={
                    <span>
                      {t.title}{' '}
                      <Typography
                        component="span"
                        variant="caption"
                        color="textSecondary"
                      >
                        ({t.footprint.components} components)
                      </Typography>
                    </span>
                  }
                />
              ))}
            </FormGroup>
          </Box>
        );
      })}
    </Box>
  );
}
