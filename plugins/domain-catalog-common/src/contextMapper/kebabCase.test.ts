import { kebabCase } from './toEntities';
import { growth, random } from './__testUtils__/cmlInput';

/** The regular expressions kebabCase was written with, quadratic on runs of capitals. */
const kebabCaseByRegex = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();

describe('kebabCase', () => {
  it('writes what the regular expressions wrote, for any mix of characters', () => {
    const next = random(7);
    const alphabet = [
      'a',
      'b',
      'A',
      'B',
      'Z',
      'z',
      '0',
      '9',
      '-',
      '_',
      ' ',
      '.',
      'é',
      '\u{1F600}',
    ];
    for (let k = 0; k < 5000; k++) {
      let name = '';
      const length = next(12);
      for (let i = 0; i < length; i++) name += alphabet[next(alphabet.length)];
      expect([name, kebabCase(name)]).toEqual([name, kebabCaseByRegex(name)]);
    }
    for (const name of [
      'CardAuthorisation',
      'HTTPGateway2',
      'HTTPServerURLs',
      'ABCDe',
      'aB1C',
      '--A--b--',
      'already-kebab',
      '',
      '!!!',
    ]) {
      expect(kebabCase(name)).toBe(kebabCaseByRegex(name));
    }
  });

  it('takes linear time on a run of capitals', () => {
    expect(kebabCase('A'.repeat(80_000))).toBe('a'.repeat(80_000));
    expect(
      growth(n => {
        const name = 'A'.repeat(n);
        return () => kebabCase(name);
      }, 200_000),
    ).toBeLessThan(8);
    expect(
      growth(n => {
        const name = 'ABCdE-_ '.repeat(n);
        return () => kebabCase(name);
      }, 20_000),
    ).toBeLessThan(8);
  });
});
