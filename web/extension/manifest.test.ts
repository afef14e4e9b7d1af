import { describe, expect, it } from 'vitest';
import { defaultExtensionId, extensionIdFromKey, extensionPublicKey } from './extension-key.ts';
import { atlasPages, extensionManifest } from './manifest.ts';

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

  it('fixes the id Atlas allows through its manifest key', () => {
    expect(defaultExtensionId).toMatch(/^[a-p]{32}$/);
    expect(extensionIdFromKey(extensionPublicKey)).toBe(defaultExtensionId);
    expect(extensionManifest({ version: '1.0.0', atlasPages: [] }).key).toBe(extensionPublicKey);
  });
});
