import { iconSizes } from './draw-icon.ts';
import { extensionPublicKey } from './extension-key.ts';

/**
 * The extension's manifest. Least access: activeTab (a page is readable only after the user clicks
 * the extension on it), storage (its Atlas address and key) and scripting (to read that page). No
 * host permissions, no content scripts: Atlas's Settings page reaches it through externally_connectable.
 */
export function extensionManifest(options: { version: string; atlasPages: string[] }) {
  return {
    manifest_version: 3,
    name: 'Save to Atlas',
    version: options.version,
    description: 'Save the job posting you are reading to your Atlas pipeline, with how well it fits your CV.',
    key: extensionPublicKey,
    icons: Object.fromEntries(iconSizes.map((size) => [String(size), `icon-${size}.png`])),
    permissions: ['activeTab', 'storage', 'scripting'],
    action: {
      default_title: 'Save to Atlas',
      default_popup: 'popup.html',
      default_icon: Object.fromEntries(iconSizes.filter((size) => size <= 32).map((size) => [String(size), `icon-${size}.png`])),
    },
    background: { service_worker: 'background.js', type: 'module' },
    externally_connectable: { matches: options.atlasPages },
    minimum_chrome_version: '116',
  };
}

/** The Firefox build's id, which its storage and permissions are kept under. */
export const firefoxExtensionId = 'save-to-atlas@atlas-job-os';

/**
 * The manifest of the Firefox build. Firefox lets no web page message an extension
 * (externally_connectable) and runs background scripts rather than a service worker, so the user
 * pastes a key into the popup; Firefox then asks them, once, for leave to reach that one Atlas
 * address (an optional host permission limited to Atlas's pages): still no host access anywhere else.
 */
export function firefoxManifest(options: { version: string; atlasPages: string[] }) {
  const { key: _key, externally_connectable: _pages, minimum_chrome_version: _chrome, background: _worker, ...shared } = extensionManifest(options);
  return {
    ...shared,
    background: { scripts: ['background.js'], type: 'module' },
    optional_host_permissions: options.atlasPages,
    // What leaves the browser, as addons.mozilla.org asks it declared: the page's content, to the user's own Atlas.
    browser_specific_settings: {
      gecko: { id: firefoxExtensionId, strict_min_version: '140.0', data_collection_permissions: { required: ['websiteContent'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/**
 * The Atlas pages allowed to hand the extension a key: Atlas on this machine (any port), and the
 * public URL of a deployment when the build is given one.
 */
export function atlasPages(publicUrl: string | undefined): string[] {
  const pages = ['http://localhost/*', 'http://127.0.0.1/*'];
  if (publicUrl) pages.push(`${new URL(publicUrl).origin}/*`);
  return [...new Set(pages)];
}
