import { Modal, NavLink, createTheme, type CSSVariablesResolver } from '@mantine/core';

/*
 * The app's look. System fonts only: the app is offline and loads nothing
 * from the network. Colours are chosen for WCAG AA contrast (4.5:1 for text):
 * Mantine's default shade 6 of indigo under white text, and its gray-6
 * "dimmed" text, fall short of it (axe-core's color-contrast rule, checked
 * on every screen by tests/e2e/shell.spec.ts).
 */
// Mantine's orange, its two darkest shades darker: warnings ("needs attention") are orange text on pale orange.
const orange = ['#fff4e6', '#ffe8cc', '#ffd8a8', '#ffc078', '#ffa94d', '#ff922b', '#fd7e14', '#f76707', '#b93d0a', '#a8380a'] as const;

export const theme = createTheme({
  primaryColor: 'indigo',
  colors: { orange: [...orange] },
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: 'sm',
  components: {
    // The light variant's hover shade under indigo-9 text is 4.1:1; filled keeps white on indigo-8.
    NavLink: NavLink.extend({ defaultProps: { variant: 'filled' } }),
    Modal: Modal.extend({ styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } } }),
  },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, Cantarell, "Helvetica Neue", Arial, sans-serif',
});

export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': resolved.colors.gray[7],
    '--mantine-color-placeholder': resolved.colors.gray[7],
  },
  dark: {},
});
