import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { formatCount } from './format';

/** Previous and next over a paged list, saying which part is shown. */
export function Pager(props: {
  offset: number;
  limit: number;
  total: number;
  what: string;
  onChange: (offset: number) => void;
}) {
  const { offset, limit, total, what, onChange } = props;
  if (total <= limit) return null;
  const last = Math.min(offset + limit, total);
  return (
    <Box
      display="flex"
      alignItems="center"
      mt={2}
      component="nav"
      aria-label={`Pages of ${what}`}
    >
      <Button
        size="small"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        Previous
      </Button>
      <Typography variant="body2" style={{ margin: '0 12px' }}>
        {formatCount(offset + 1)}–{formatCount(last)} of {formatCount(total)}{' '}
        {what}
      </Typography>
      <Button
        size="small"
        disabled={last >= total}
        onClick={() => onChange(offset + limit)}
      >
        Next
      </Button>
    </Box>
  );
}
