import { parseDependencyAnnotations } from './annotations';

describe('parseDependencyAnnotations', () => {
  it('reads every annotation of a well-annotated component', () => {
    const { facts, problems } = parseDependencyAnnotations({
      'fitsys.dev/region': 'eu-west-1',
      'fitsys.dev/zone': 'eu-west-1a, eu-west-1b',
      'fitsys.dev/cluster': 'prod-eu-1',
      'fitsys.dev/base-image': 'registry.example/base/jvm:21.0.4',
      'fitsys.dev/shared-libraries': 'http-client@3.2.1,@fern/crypto@1.9.0',
      'fitsys.dev/cron-schedules': '0 2 * * *;30 4 * * 1',
      'fitsys.dev/tier': '1',
      'fitsys.dev/availability-target': '99.95',
      'fitsys.dev/replicas': '3',
      'fitsys.dev/capacity': '1200',
      'fitsys.dev/peak-load': '300.5',
      'fitsys.dev/journeys': 'pay-with-card, Refund',
    });
    expect(problems).toEqual([]);
    expect(facts).toMatchObject({
      region: 'eu-west-1',
      zones: ['eu-west-1a', 'eu-west-1b'],
      cluster: 'prod-eu-1',
      baseImage: 'registry.example/base/jvm:21.0.4',
      libraries: [
        { name: 'http-client', version: '3.2.1' },
        { name: '@fern/crypto', version: '1.9.0' },
      ],
      tier: 1,
      availability: 0.9995,
      replicas: 3,
      capacity: 1200,
      peakLoad: 300.5,
      journeys: ['pay-with-card', 'refund'],
    });
    expect(facts.schedules.map(s => s.expression)).toEqual([
      '0 2 * * *',
      '30 4 * * 1',
    ]);
  });

  it.each([
    [
      'fitsys.dev/cron-schedules',
      '0 2 * * *;0 25 * * *',
      'fitsys.dev/cron-schedules: "0 25 * * *" is not a cron expression: hour 25 is outside 0-23; separate several with ";"',
    ],
    [
      'fitsys.dev/availability-target',
      '100',
      'fitsys.dev/availability-target: "100" is not a percentage above 0 and below 100; write e.g. 99.95',
    ],
    [
      'fitsys.dev/availability-target',
      'high',
      'fitsys.dev/availability-target: "high" is not a percentage above 0 and below 100; write e.g. 99.95',
    ],
    [
      'fitsys.dev/tier',
      'gold',
      'fitsys.dev/tier: "gold" is not a tier; write 1, 2 or 3',
    ],
    [
      'fitsys.dev/zone',
      'eu west 1a',
      'fitsys.dev/zone: "eu west 1a" is not a zone name (letters, digits and "-", at most 63 characters), e.g. eu-west-1a; separate several zones with ","',
    ],
    [
      'fitsys.dev/shared-libraries',
      'http-client',
      'fitsys.dev/shared-libraries: "http-client" is not name@version; write e.g. fernhill-http-client@3.2.1, several separated by ","',
    ],
    [
      'fitsys.dev/replicas',
      '2.5',
      'fitsys.dev/replicas: "2.5" is not a whole number from 1 to 10,000; write e.g. 3',
    ],
    [
      'fitsys.dev/capacity',
      '-4',
      'fitsys.dev/capacity: "-4" is not requests per second from above 0 to 1,000,000,000; write e.g. 1200',
    ],
    [
      'fitsys.dev/base-image',
      'registry example/jvm',
      'fitsys.dev/base-image: write the image as registry/path:tag, e.g. registry.example/base/jvm:21.0.4',
    ],
  ])('names %s and the fix for %j', (annotation, value, message) => {
    const { problems } = parseDependencyAnnotations({ [annotation]: value });
    expect(problems).toEqual([
      expect.objectContaining({ annotation, message, severity: 'error' }),
    ]);
  });

  it('keeps the valid part of a value and the other annotations', () => {
    const { facts, problems } = parseDependencyAnnotations({
      'fitsys.dev/cron-schedules': '0 0 * * *;nonsense',
      'fitsys.dev/tier': '4',
      'fitsys.dev/availability-target': '99.9',
    });
    expect(problems.map(p => p.annotation)).toEqual([
      'fitsys.dev/cron-schedules',
      'fitsys.dev/tier',
    ]);
    expect(facts.schedules).toHaveLength(1);
    expect(facts.availability).toBeCloseTo(0.999, 12);
    expect(facts.tier).toBeUndefined();
  });

  it('warns of an image without a tag but keeps it', () => {
    const { facts, problems } = parseDependencyAnnotations({
      'fitsys.dev/base-image': 'registry.example/base/jvm',
    });
    expect(facts.baseImage).toBe('registry.example/base/jvm');
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
  });

  it('refuses a value too long to be an annotation, quoting only its start', () => {
    const { problems } = parseDependencyAnnotations({
      'fitsys.dev/zone': 'a'.repeat(5000),
    });
    expect(problems[0].value.length).toBeLessThanOrEqual(201);
    expect(problems[0].message).toMatch(/at most 2000 characters/);
  });
});
