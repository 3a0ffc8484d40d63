import { quoteOf } from './ReportFrictionAddon';

describe('quoteOf', () => {
  it('quotes every line of the selection as Markdown', () => {
    expect(quoteOf('  Run `make hsm`.\nThen start the service. ')).toBe(
      '> Run `make hsm`.\n> Then start the service.',
    );
  });
});
