import { buildExtension } from './build-extension.ts';

// ATLAS_PUBLIC_URL names a deployment whose Settings page may connect the extension, beside localhost.
const { unpacked, zipPath } = await buildExtension({ publicUrl: process.env.ATLAS_PUBLIC_URL || undefined });
console.log(`Save to Atlas built:\n  ${unpacked} (Load unpacked)\n  ${zipPath} (Chrome Web Store)`);
