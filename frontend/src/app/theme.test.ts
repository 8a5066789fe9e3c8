import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrast, cssVariablesResolver, readableOn } from './theme';

const colors = Object.keys(DEFAULT_THEME.colors).filter((name) => name !== 'dark');

describe('contrast', () => {
  it.each([
    ['#ffffff', '#000000', 21],
    ['#ffffff', '#ffffff', 1],
    ['#868e96', '#ffffff', 3.32],
    ['#ffffff', '#4c6ef5', 4.32],
  ])('%s on %s is %d:1', (first, second, ratio) => {
    expect(contrast(first, second)).toBeCloseTo(ratio, 2);
  });
});

describe('readableOn', () => {
  it.each([
    ['already readable: indigo 9 on white', '#ffffff', '#364fc7', true],
    ['already readable: black on white', '#ffffff', '#000000', true],
    ['too light: gray 6 on white', '#ffffff', '#868e96', false],
    ['too light: green 9 on green 2', '#b2f2bb', '#2b8a3e', false],
    ['too light: yellow 9 on yellow 2', '#ffec99', '#e67700', false],
  ])('%s', (_, background, color, unchanged) => {
    const readable = readableOn(background, color);
    expect(contrast(readable, background)).toBeGreaterThanOrEqual(4.5);
    expect(readable === color).toBe(unchanged);
  });
});

describe('the theme colours', () => {
  const { light } = cssVariablesResolver(DEFAULT_THEME);
  const gray1 = DEFAULT_THEME.colors.gray[1];

  it.each(colors)('%s text and outline read at 4.5:1 on a hovered row', (name) => {
    expect(contrast(light[`--mantine-color-${name}-text`], gray1)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(light[`--mantine-color-${name}-outline`], gray1)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(colors)('%s light variant reads at 4.5:1 on its hover background', (name) => {
    const hover = DEFAULT_THEME.colors[name][2];
    expect(contrast(light[`--mantine-color-${name}-light-color`], hover)).toBeGreaterThanOrEqual(
      4.5,
    );
  });

  it('dims, errors and successes readably', () => {
    expect(light['--mantine-color-dimmed']).toBe('var(--mantine-color-gray-7)');
    expect(contrast(DEFAULT_THEME.colors.gray[7], '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(light['--mantine-color-error'], gray1)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(light['--mantine-color-success'], gray1)).toBeGreaterThanOrEqual(4.5);
  });
});
