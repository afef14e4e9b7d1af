import { describe, expect, it } from 'vitest';
import { defaultExtensionId, extensionIdFromKey, extensionPublicKey } from './extension-key.ts';
import { atlasPages, extensionManifest, firefoxExtensionId, firefoxManifest } from './manifest.ts';

describe('the extension manifest', () => {
  it('asks only for activeTab, storage and scripting: no host permissions, no content scripts', () => {
    const manifest: Record<string, unknown> = extensionManifest({ version: '1.0.0', atlasPages: atlasPages(undefined) });

    expect(manifest.permissions).toEqual(['activeTab', 'storage', 'scripting']);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
    expect(manifest).not.toHaveProperty('content_scripts');
  });

  it("lets only Atlas's own pages hand it a key: this machine's, and the deployment it is built for", () => {
    expect(atlasPages(undefined)).toEqual(['http://localhost/*', 'http://127.0.0.1/*']);
    expect(atlasPages('https://atlas.example.org/app')).toContain('https://atlas.example.org/*');
  });

  it("gives Firefox background scripts, its own id and leave to ask for Atlas's pages alone, with no other host access", () => {
    const manifest: Record<string, unknown> = firefoxManifest({ version: '1.0.0', atlasPages: atlasPages('https://atlas.example.org') });

    expect(manifest.permissions).toEqual(['activeTab', 'storage', 'scripting']);
    expect(manifest.optional_host_permissions).toEqual(['http://localhost/*', 'http://127.0.0.1/*', 'https://atlas.example.org/*']);
    expect(manifest.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(manifest.browser_specific_settings).toEqual({ gecko: { id: firefoxExtensionId, strict_min_version: '140.0', data_collection_permissions: { required: ['websiteContent'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('key');
  });

  it('fixes the id Atlas allows through its manifest key', () => {
    expect(defaultExtensionId).toMatch(/^[a-p]{32}$/);
    expect(extensionIdFromKey(extensionPublicKey)).toBe(defaultExtensionId);
    expect(extensionManifest({ version: '1.0.0', atlasPages: [] }).key).toBe(extensionPublicKey);
  });
});
