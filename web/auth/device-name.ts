/**
 * A person's name for the browser and system a User-Agent header describes ("Firefox on Windows"),
 * the way a sessions list shows it. Only this short name is stored, never the header itself.
 */
export function deviceName(userAgent: string | undefined): string | null {
  if (!userAgent) return null;
  const browser = browserName(userAgent);
  const system = systemName(userAgent);
  if (!browser && !system) return null;
  if (!system) return browser!;
  return `${browser ?? 'A browser'} on ${system}`;
}

function browserName(ua: string): string | undefined {
  if (/\bEdg(?:e|A|iOS)?\//.test(ua)) return 'Edge';
  if (/\b(?:OPR|Opera)\//.test(ua)) return 'Opera';
  if (/\bSamsungBrowser\//.test(ua)) return 'Samsung Internet';
  if (/\b(?:Firefox|FxiOS)\//.test(ua)) return 'Firefox';
  if (/\b(?:Chrome|CriOS|HeadlessChrome|Chromium)\//.test(ua)) return 'Chrome';
  if (/\bVersion\/[\d.]+.*\bSafari\//.test(ua)) return 'Safari';
  if (/^curl\//.test(ua)) return 'curl';
  if (/^node\b|\bundici\b/i.test(ua)) return 'A script';
  return undefined;
}

function systemName(ua: string): string | undefined {
  if (/\b(?:iPhone|iPod)\b/.test(ua)) return 'iPhone';
  if (/\biPad\b/.test(ua)) return 'iPad';
  if (/\bAndroid\b/.test(ua)) return 'Android';
  if (/\bCrOS\b/.test(ua)) return 'ChromeOS';
  if (/\bWindows\b/.test(ua)) return 'Windows';
  if (/\bMac OS X\b|\bMacintosh\b/.test(ua)) return 'macOS';
  if (/\bLinux\b|\bX11\b/.test(ua)) return 'Linux';
  return undefined;
}
