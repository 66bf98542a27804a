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
      // 140 (desktop) and 142 (Android) are the first versions that read data_collection_permissions, which AMO
      // requires of new add-ons; web-ext lint warns about any lower minimum. 140 is an ESR.
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}
