import { ConfigReader } from '@backstage/config';
import { DEFAULT_SCALE } from '@internal/plugin-skills-survey-common';
import { readSettings } from './config';

const read = (skillsSurvey: object) =>
  readSettings(new ConfigReader({ fitsys: { skillsSurvey } }));

describe('readSettings', () => {
  it('has defaults', () => {
    expect(readSettings(new ConfigReader({}))).toEqual({
      minGroupSize: 5,
      managers: ['group:default/platform-team'],
      scale: DEFAULT_SCALE,
      independentLevel: 3,
      technologies: [],
      catalogRules: [],
      catalogCategory: 'infrastructure',
      demoData: false,
      notifications: true,
    });
  });

  it('reads technologies, rules and the radar', () => {
    const settings = read({
      technologies: [{ id: 'kafka', title: 'Kafka', category: 'data' }],
      catalogRules: [{ type: 'Kafka-Topic', technology: 'Kafka' }],
      techRadar: { file: 'radar.json', categories: { q1: 'languages' } },
    });
    expect(settings.technologies).toEqual([
      { id: 'kafka', title: 'Kafka', category: 'data', source: 'config' },
    ]);
    expect(settings.catalogRules).toEqual([
      { type: 'kafka-topic', technology: 'kafka' },
    ]);
    expect(settings.techRadar).toEqual({
      file: 'radar.json',
      categories: { q1: 'languages' },
    });
  });

  it.each([
    [
      { minGroupSize: 2 },
      /minGroupSize must be a whole number from 3 to 10, not 2/,
    ],
    [{ minGroupSize: 11 }, /from 3 to 10, not 11/],
    [{ independentLevel: 7 }, /independentLevel must be a level of the scale/],
    [
      { scale: [{ level: 0, label: 'only' }] },
      /scale must have 2 to 11 levels/,
    ],
    [
      { technologies: [{ id: 'Kafka Streams', title: 'x', category: 'data' }] },
      /technologies\[0\]\.id must be lower case .* such as kafka-streams/,
    ],
    [
      { technologies: [{ id: 'x', title: 'x', category: 'tools' }] },
      /technologies\[0\]\.category must be one of languages/,
    ],
    [
      { catalogRules: [{ technology: 'x' }] },
      /catalogRules\[0\] must name a tag or a type/,
    ],
  ])('refuses %j', (config, message) => {
    expect(() => read(config)).toThrow(message);
  });
});
