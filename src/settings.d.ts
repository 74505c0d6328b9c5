declare module 'virtual:cks-study/settings' {
  const settings: import('./integrations/settings').BuildSettings;
  export default settings;
}
