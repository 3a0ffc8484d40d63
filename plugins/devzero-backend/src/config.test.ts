import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { readSettings } from './config';

const read = (data: object) => {
  const logger = mockServices.logger.mock();
  const settings = readSettings(new ConfigReader(data), { logger });
  return { settings, warnings: logger.warn.mock.calls.map(([m]) => m) };
};

describe('readSettings', () => {
  it('has defaults for everything', () => {
    const { settings, warnings } = read({});
    expect(settings).toMatchObject({
      reporterVisibleToOwners: true,
      anonymousFiling: true,
      attachments: { maxBytes: 2 * 1024 * 1024 },
    });
    expect(settings.demoData).toBeUndefined();
    expect(settings.slaTargets['blocked-me'].triage.as('days')).toBe(2);
    expect(warnings).toEqual([]);
  });

  it('reads fitsys.devzero', () => {
    const { settings, warnings } = read({
      fitsys: {
        devzero: {
          reporterVisibleToOwners: false,
          anonymousFiling: false,
          attachments: { maxBytes: 1024 },
          demoData: { file: 'findings.yaml' },
          sla: { 'blocked-me': { triage: { hours: 12 } } },
        },
      },
    });
    expect(settings).toMatchObject({
      reporterVisibleToOwners: false,
      anonymousFiling: false,
      attachments: { maxBytes: 1024 },
      demoData: { file: 'findings.yaml' },
    });
    expect(settings.slaTargets['blocked-me'].triage.as('hours')).toBe(12);
    // The rest keep their defaults.
    expect(settings.slaTargets['blocked-me'].resolve.as('days')).toBe(14);
    expect(warnings).toEqual([]);
  });

  it('still reads the old devzero keys, warning once per key to move it', () => {
    const { settings, warnings } = read({
      devzero: {
        reporterVisibleToOwners: false,
        anonymousFiling: false,
        attachments: { maxBytes: 4096 },
        demoData: { file: 'old.yaml' },
        sla: { annoyance: { resolve: { days: 60 } } },
      },
    });
    expect(settings).toMatchObject({
      reporterVisibleToOwners: false,
      anonymousFiling: false,
      attachments: { maxBytes: 4096 },
      demoData: { file: 'old.yaml' },
    });
    expect(settings.slaTargets.annoyance.resolve.as('days')).toBe(60);
    expect([...warnings].sort()).toEqual(
      [
        'reporterVisibleToOwners',
        'anonymousFiling',
        'attachments.maxBytes',
        'demoData.file',
        'sla',
      ]
        .map(
          key =>
            `Developer Zero: the setting devzero.${key} is deprecated; move it to fitsys.devzero.${key}`,
        )
        .sort(),
    );
  });

  it('prefers fitsys.devzero key by key, and warns only of the old keys it reads', () => {
    const { settings, warnings } = read({
      fitsys: { devzero: { anonymousFiling: true } },
      devzero: { anonymousFiling: false, reporterVisibleToOwners: false },
    });
    expect(settings).toMatchObject({
      anonymousFiling: true,
      reporterVisibleToOwners: false,
    });
    expect(warnings).toEqual([
      'Developer Zero: the setting devzero.reporterVisibleToOwners is deprecated; move it to fitsys.devzero.reporterVisibleToOwners',
    ]);
  });

  it('refuses an upload limit that cannot work, naming the setting read', () => {
    expect(() =>
      read({ fitsys: { devzero: { attachments: { maxBytes: 0.5 } } } }),
    ).toThrow(
      'fitsys.devzero.attachments.maxBytes must be a whole number of bytes above 0, not 0.5',
    );
    expect(() => read({ devzero: { attachments: { maxBytes: -1 } } })).toThrow(
      'devzero.attachments.maxBytes must be a whole number of bytes above 0, not -1',
    );
  });
});
