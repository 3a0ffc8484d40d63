import {
  DEFAULT_MAX_ATTACHMENT_BYTES,
  devzeroConfigKey,
  readDevzeroSharedSettings,
} from './settings';

/** A config as Backstage's ConfigReader answers, from flat keys. */
function config(values: Record<string, unknown>) {
  const has = (key: string) =>
    Object.keys(values).some(k => k === key || k.startsWith(`${key}.`));
  return {
    has,
    getOptionalBoolean: (key: string) => values[key] as boolean | undefined,
    getOptionalNumber: (key: string) => values[key] as number | undefined,
  };
}

describe('Developer Zero settings', () => {
  it('are read from fitsys.devzero, else the deprecated devzero, else defaulted', () => {
    expect(readDevzeroSharedSettings(config({}))).toEqual({
      anonymousFiling: true,
      maxAttachmentBytes: DEFAULT_MAX_ATTACHMENT_BYTES,
    });
    const legacy: string[] = [];
    expect(
      readDevzeroSharedSettings(
        config({
          'fitsys.devzero.anonymousFiling': false,
          'devzero.anonymousFiling': true,
          'devzero.attachments.maxBytes': 1024,
        }),
        old => legacy.push(old),
      ),
    ).toEqual({ anonymousFiling: false, maxAttachmentBytes: 1024 });
    expect(legacy).toEqual(['devzero.attachments.maxBytes']);
  });

  it('name the key a whole section is read from', () => {
    expect(
      devzeroConfigKey(config({ 'devzero.sla.annoyance': 1 }), 'sla'),
    ).toBe('devzero.sla');
    expect(devzeroConfigKey(config({}), 'sla')).toBe('fitsys.devzero.sla');
  });
});
