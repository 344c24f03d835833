import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The font files bundled through the `dejavu-fonts-ttf` package, so a PNG looks the same on every machine. */
function bundledFontFiles(): string[] {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return [join(dir, 'DejaVuSans.ttf'), join(dir, 'DejaVuSans-Bold.ttf')];
}

/**
 * PNG bytes of `svg`, rendered at its own size by resvg (a native binary shipped in the npm
 * package, loaded only when a PNG is asked for). Only the bundled fonts are used, never the
 * system's, so the picture does not depend on what the machine has installed.
 */
export async function rasterizeSvg(svg: string, defaultFontFamily: string): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    font: { fontFiles: bundledFontFiles(), loadSystemFonts: false, defaultFontFamily },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
