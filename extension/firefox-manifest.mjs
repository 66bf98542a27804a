// Rewrites the Chrome MV3 manifest for Firefox: sidebar_action for side_panel, background scripts for the
// service worker, a gecko id, and no Chrome-only permissions.
export function firefoxManifest(chrome) {
  const { side_panel: sidePanel, background, permissions = [], ...rest } = chrome;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    sidebar_action: { default_panel: sidePanel.default_path, default_title: chrome.action?.default_title ?? chrome.name },
    permissions: permissions.filter((permission) => permission !== 'sidePanel'),
    browser_specific_settings: { gecko: { id: 'license-manager@example.org', strict_min_version: '128.0' } },
  };
}
