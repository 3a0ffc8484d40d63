import { Availability } from '@internal/plugin-dependency-map-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { formatAvailability, formatMinutes } from './format';

/** Assumed against correlated availability, with the downtime each means. */
export function AvailabilityLine(props: { availability: Availability }) {
  const a = props.availability;
  if (a.assumed === null && a.correlated === null) {
    return (
      <Typography variant="body2" color="textSecondary">
        No availability: declare fitsys.dev/availability-target on it and its
        dependencies.
      </Typography>
    );
  }
  return (
    <Box>
      <Typography variant="body2">
        <strong>{formatAvailability(a.assumed)}</strong> assumed (
        {formatMinutes(a.assumedDowntimeMinutesPerMonth)} down a month),{' '}
        <strong>{formatAvailability(a.correlated)}</strong> with shared
        dependencies counted once (
        {formatMinutes(a.correlatedDowntimeMinutesPerMonth)} a month)
      </Typography>
      {a.gapMinutesPerMonth !== null && a.gapMinutesPerMonth > 0 ? (
        <Typography variant="caption" color="textSecondary">
          The gap: {formatMinutes(a.gapMinutesPerMonth)} of downtime a month the
          independent number hides.
          {a.withoutTarget.length
            ? ` ${a.withoutTarget.length} dependencies declare no target and are left out.`
            : ''}
        </Typography>
      ) : null}
    </Box>
  );
}
