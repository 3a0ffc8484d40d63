import {
  CronError,
  formatMinuteOfDay,
  mayRunOnSameDay,
  parseCron,
} from './cron';

describe('parseCron', () => {
  it.each([
    ['0 0 * * *', [0]],
    ['@daily', [0]],
    ['30 4 * * 1', [270]],
    ['*/20 1 * * *', [60, 80, 100]],
    ['0 9-11/2 * * MON-FRI', [540, 660]],
    ['5,10 0 1 JAN *', [5, 10]],
  ])('reads %s', (expression, minutes) => {
    expect(parseCron(expression).minutesOfDay).toEqual(minutes);
  });

  it('reads days of the week, with 7 as Sunday', () => {
    expect(parseCron('0 0 * * 7').weekdays).toBe(1);
    expect(parseCron('0 0 * * 1-5').weekdays).toBe(0b0111110);
  });

  it.each([
    ['0 0 * *', '"0 0 * *" has 4 field(s); write five'],
    ['61 0 * * *', 'minute 61 is outside 0-59'],
    ['0 24 * * *', 'hour 24 is outside 0-23'],
    ['0 0 * * FUN', 'day of week "FUN" is not a number or a name such as SUN'],
    ['0 5-1 * * *', 'hour range "5-1" runs backwards'],
    ['*/0 * * * *', 'minute step "0" must be a whole number from 1'],
    ['@reboot', '"@reboot" is not a cron macro'],
  ])('refuses %s', (expression, message) => {
    expect(() => parseCron(expression)).toThrow(CronError);
    expect(() => parseCron(expression)).toThrow(message);
  });

  it('says when two schedules may run on the same day', () => {
    expect(
      mayRunOnSameDay(parseCron('0 0 * * 1'), parseCron('0 0 * * *')),
    ).toBe(true);
    expect(
      mayRunOnSameDay(parseCron('0 0 * * 1'), parseCron('0 0 * * 2')),
    ).toBe(false);
    expect(formatMinuteOfDay(605)).toBe('10:05');
  });
});
