import {
  Button,
  createTheme,
  darken,
  Input,
  luminance,
  Notification,
  Table,
  type CSSVariablesResolver,
} from '@mantine/core';
import classes from './theme.module.css';

/**
 * The app's theme, meeting WCAG AA (4.5:1): filled colours from shade 8 with black or white text
 * chosen by luminance, links in shade 8. `closeLabel` names the close button of every notification.
 */
export function createAppTheme(closeLabel: string) {
  return createTheme({
    primaryColor: 'indigo',
    primaryShade: { light: 8, dark: 8 },
    autoContrast: true,
    defaultRadius: 'sm',
    focusRing: 'auto',
    components: {
      Input: Input.extend({ classNames: { input: classes.input } }),
      Button: Button.extend({
        classNames: { root: classes.buttonRoot, label: classes.buttonLabel },
      }),
      Notification: Notification.extend({
        defaultProps: { closeButtonProps: { 'aria-label': closeLabel } },
      }),
      TableScrollContainer: Table.ScrollContainer.extend({
        defaultProps: { type: 'native', tabIndex: 0 },
        classNames: { scrollContainer: classes.scrollContainer },
      }),
    },
  });
}

const AA = 4.5;

/** The WCAG contrast ratio of two colours. */
export function contrast(first: string, second: string) {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

/** The colour, darkened in steps of 5 % until it reads at 4.5:1 on the background. */
export function readableOn(background: string, color: string): string {
  let readable = color;
  for (let step = 1; contrast(readable, background) < AA && step <= 20; step += 1) {
    readable = darken(color, step / 20);
  }
  return readable;
}

/**
 * Colours of texts, in the light scheme, made to reach 4.5:1: Mantine's defaults do not (dimmed
 * gray 6 is 3.3:1 on white; green 9 on green 2, a light badge while hovered, is 3.2:1). Coloured
 * text and outlines are measured on gray 1 (a hovered table row), light variants' text on shade 2
 * (their hover background).
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': readableOn(theme.colors.gray[1], theme.colors.red[8]),
    '--mantine-color-success': readableOn(theme.colors.gray[1], theme.colors.teal[8]),
  };
  for (const [name, shades] of Object.entries(theme.colors)) {
    const text = readableOn(theme.colors.gray[1], shades[8]);
    light[`--mantine-color-${name}-text`] = text;
    light[`--mantine-color-${name}-outline`] = text;
    light[`--mantine-color-${name}-light-color`] = readableOn(shades[2], shades[9]);
  }
  return { variables: {}, light, dark: {} };
};
