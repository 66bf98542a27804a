// Rewrites the Chrome MV3 manifest for Firefox: sidebar_action for side_panel, background scripts for the
// service worker, a gecko id, and no Chrome-only keys or permissions.
export const GECKO_ID = 'license-manager@example.org';

export function firefoxManifest(chrome) {
  const { side_panel: sidePanel, background, permissions = [], minimum_chrome_version: _chromeOnly, ...rest } = chrome;
  const icons = chrome.action?.default_icon ?? chrome.icons;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    sidebar_action: {
      default_panel: sidePanel.default_path,
      default_title: chrome.action?.default_title ?? chrome.name,
      ...(icons ? { default_icon: icons } : {}),
      open_at_install: false,
    },
    permissions: permissions.filter((permission) => permission !== 'sidePanel'),
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
    },
  };
}
