import { alpha, createTheme } from '@mui/material/styles';

/**
 * Ledgerline's look: deep indigo for actions and identity, teal for secondary accents, calm grey
 * canvas with white surfaces. Components take colours from here only.
 */
const palette = {
  primary: { main: '#3730a3', light: '#4f46e5', dark: '#312e81', contrastText: '#ffffff' },
  secondary: { main: '#0f766e', light: '#14b8a6', dark: '#115e59', contrastText: '#ffffff' },
  success: { main: '#15803d' },
  warning: { main: '#b45309' },
  error: { main: '#b91c1c' },
  info: { main: '#0369a1' },
  background: { default: '#f5f6fa', paper: '#ffffff' },
  text: { primary: '#111827', secondary: '#4b5563', disabled: '#9ca3af' },
  divider: '#e5e7eb',
};

export const drawerWidth = 256;

/**
 * The keyboard focus indicator, for every interactive element: a 2 px ring in the primary colour
 * (10:1 on white, 9:1 on the canvas; far above WCAG 2.1's 3:1 for non-text contrast) just
 * outside the element. MUI's own indicator is a faint ripple (1.5–2.2:1), and on the current
 * navigation entry the `.active` background hid it entirely.
 */
const focusRing = {
  outline: `2px solid ${palette.primary.main}`,
  outlineOffset: 2,
} as const;
/** The same ring drawn inside the element, where a ring outside would be cut off (menus, lists). */
const insetFocusRing = { ...focusRing, outlineOffset: -2 } as const;

export const theme = createTheme({
  palette,
  shape: { borderRadius: 10 },
  typography: {
    fontFamily:
      '"Inter", "Segoe UI", system-ui, -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", Arial, sans-serif',
    h1: { fontWeight: 700, letterSpacing: '-0.02em' },
    h2: { fontWeight: 700, letterSpacing: '-0.02em' },
    h3: { fontWeight: 700, letterSpacing: '-0.02em' },
    h4: { fontWeight: 700, letterSpacing: '-0.02em', fontSize: '1.875rem' },
    h5: { fontWeight: 700, letterSpacing: '-0.01em' },
    h6: { fontWeight: 600, fontSize: '1.0625rem' },
    subtitle1: { fontWeight: 600 },
    subtitle2: { fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 600 },
    overline: { fontWeight: 700, letterSpacing: '0.08em', lineHeight: 2 },
  },
  components: {
    MuiCssBaseline: {
      styleOverrides: {
        body: { WebkitFontSmoothing: 'antialiased', MozOsxFontSmoothing: 'grayscale' },
        // Links, summaries and anything else focusable that is not one of MUI's buttons.
        ':focus-visible': focusRing,
      },
    },
    // Every MUI button-like control (buttons, icon buttons, list and menu items, tabs, chips,
    // checkboxes, switches…) is a ButtonBase, which turns the browser's outline off and marks
    // keyboard focus with .Mui-focusVisible: the ring goes there, whatever else the state draws.
    MuiButtonBase: {
      styleOverrides: {
        root: { '&.Mui-focusVisible': focusRing },
      },
    },
    MuiMenuItem: {
      styleOverrides: { root: { '&.Mui-focusVisible': insetFocusRing } },
    },
    MuiFormHelperText: {
      styleOverrides: {
        // A disabled field's hint still tells people how to enable it ("Choose the kind of tax
        // id first"): MUI greys it to text.disabled (2.5:1); secondary text reads at 7.6:1.
        root: ({ theme }) => ({
          '&.Mui-disabled': { color: theme.palette.text.secondary },
        }),
      },
    },
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: { root: { borderRadius: 8 }, sizeLarge: { paddingBlock: 10 } },
    },
    MuiCard: {
      defaultProps: { variant: 'outlined' },
      styleOverrides: { root: { borderRadius: 14, height: '100%' } },
    },
    MuiCardHeader: {
      defaultProps: {
        slotProps: {
          title: { variant: 'h6', component: 'h2' },
          subheader: { variant: 'body2' },
        },
      },
      styleOverrides: { root: { paddingBottom: 0 } },
    },
    MuiCardContent: {
      styleOverrides: { root: { '&:last-child': { paddingBottom: 20 } } },
    },
    MuiAppBar: {
      defaultProps: { elevation: 0, color: 'inherit' },
      styleOverrides: {
        root: ({ theme }) => ({
          backgroundColor: theme.palette.background.paper,
          borderBottom: `1px solid ${theme.palette.divider}`,
        }),
      },
    },
    MuiDrawer: {
      styleOverrides: {
        paper: ({ theme }) => ({
          width: drawerWidth,
          boxSizing: 'border-box',
          borderRightColor: theme.palette.divider,
        }),
      },
    },
    MuiListItemButton: {
      styleOverrides: {
        root: ({ theme }) => ({
          borderRadius: theme.shape.borderRadius,
          marginBlock: 2,
          color: theme.palette.text.secondary,
          '& .MuiListItemIcon-root': { color: 'inherit', minWidth: 40 },
          // NavLink marks the current page with .active (and aria-current="page").
          '&.active, &.Mui-selected': {
            color: theme.palette.primary.main,
            backgroundColor: alpha(theme.palette.primary.main, 0.08),
            fontWeight: 600,
          },
          '&.active:hover, &.Mui-selected:hover': {
            backgroundColor: alpha(theme.palette.primary.main, 0.12),
          },
          // Inside: the drawer's edge would cut a ring drawn outside the entry.
          '&.Mui-focusVisible': insetFocusRing,
        }),
      },
    },
    MuiListItemText: {
      styleOverrides: { primary: { fontWeight: 'inherit' } },
    },
    MuiChip: {
      styleOverrides: { root: { fontWeight: 600 } },
    },
    MuiTextField: {
      defaultProps: { fullWidth: true },
    },
    MuiAlert: {
      styleOverrides: { root: { borderRadius: 10 } },
    },
    MuiTooltip: {
      defaultProps: { arrow: true },
    },
    MuiLinearProgress: {
      styleOverrides: {
        // A neutral track: MUI's default tints it with the bar's colour, so a meter at 0 read as
        // full. Only the bar itself carries the colour.
        root: ({ theme }) => ({ backgroundColor: theme.palette.action.selected }),
      },
    },
  },
});
