import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, appRequestFile, isAppUrl } from '../../../electron/app-protocol';

/* The app:// scheme the desktop window loads from: which URLs reach which files of the built renderer. */

const rendererDir = path.resolve('/opt/Letterdesk/resources/app.asar/out/renderer');

describe('app:// protocol', () => {
  it('serves the built renderer and nothing outside it', () => {
    expect(appRequestFile(APP_INDEX_URL, rendererDir)).toBe(path.join(rendererDir, 'index.html'));
    expect(appRequestFile('app://letterdesk/', rendererDir)).toBe(path.join(rendererDir, 'index.html'));
    expect(appRequestFile('app://letterdesk/assets/index-abc.js?v=1#x', rendererDir)).toBe(path.join(rendererDir, 'assets', 'index-abc.js'));
    // Dot segments in the URL itself are resolved by the URL parser, inside the app's origin: still inside the folder.
    expect(appRequestFile('app://letterdesk/../../main/main.cjs', rendererDir)).toBe(path.join(rendererDir, 'main', 'main.cjs'));
    expect(appRequestFile('app://letterdesk/%2e%2e/%2e%2e/main/main.cjs', rendererDir)).toBe(path.join(rendererDir, 'main', 'main.cjs'));
    // An escaped slash would climb out after decoding: refused, as are other hosts, schemes and broken escapes.
    for (const url of [
      'app://letterdesk/assets/%2e%2e%2f%2e%2e%2f..%2fpackage.json',
      'app://letterdesk/%E0%A4%A',
      'app://letterdesk/index.html%00.png',
      'app://other/index.html',
      'file:///opt/Letterdesk/resources/app.asar/out/renderer/index.html',
      'https://letterdesk/index.html',
      'not a url',
    ]) {
      expect(appRequestFile(url, rendererDir), url).toBeNull();
    }
  });

  it("knows the app's own pages", () => {
    expect(isAppUrl('app://letterdesk/index.html#/recipients')).toBe(true);
    for (const url of ['app://evil/index.html', 'file:///index.html', 'https://letterdesk/', 'app:letterdesk', '']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});
