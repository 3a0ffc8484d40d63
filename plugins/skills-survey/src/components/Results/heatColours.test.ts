import { getContrastRatio } from '@material-ui/core/styles';
import { heatColours } from './Heatmap';

describe('heatColours', () => {
  it.each(['#fff', '#424242', '#303030'])(
    'keeps text at 4.5:1 or more on every share, on a %s card',
    paper => {
      for (let share = 0; share <= 1.0001; share += 0.01) {
        const { background, color } = heatColours(share, paper);
        expect(getContrastRatio(background, color)).toBeGreaterThanOrEqual(4.5);
      }
    },
  );

  it('draws a larger share darker than a smaller one on a light card', () => {
    const light = heatColours(0.1, '#fff').background;
    const dark = heatColours(0.9, '#fff').background;
    expect(getContrastRatio(dark, '#fff')).toBeGreaterThan(
      getContrastRatio(light, '#fff'),
    );
  });
});
