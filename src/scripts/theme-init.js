// Applied before first paint so a remembered dark theme never flashes light. Injected into
// every page's <head> by src/integrations/security.ts, which lets Astro hash it for the CSP.
// Marks the page as scripted before first paint, so notes that only concern readers without
// JavaScript ("Search needs JavaScript") are hidden by CSS and never flash.
document.documentElement.dataset.js = '';
try {
  const theme = localStorage.getItem('cks-study:theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage disabled (private mode): follow the system's colour scheme.
}
