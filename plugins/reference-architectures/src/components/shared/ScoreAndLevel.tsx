import Typography from '@material-ui/core/Typography';

/** A conformance score out of 100 and the level reached, in words. */
export function ScoreAndLevel(props: {
  score: number;
  level?: string;
  nextLevel?: string;
}) {
  return (
    <Typography variant="body2" component="span">
      Score <strong>{props.score}</strong> of 100 · Level{' '}
      <strong>{props.level ?? 'none yet'}</strong>
      {props.nextLevel ? ` (next: ${props.nextLevel})` : ''}
    </Typography>
  );
}
