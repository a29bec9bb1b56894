// The pictures the demo data names (floor plans, floor images, unit photos, logos) are served by
// the sandbox itself, so the extension shows real images offline and in the tests. Documents
// keep the address of an imaginary CDN; every answer rewrites it to this server's /cdn/ path.
// A picture is a small SVG drawn from its file name: a floor plan shows its model's name.

export const CDN_BASE = 'https://cdn.planpoint.example/';
export const ASSET_PATH = '/cdn/';

/** An API answer's text with the CDN's address replaced by this server's (`origin`). */
export function localAssets(json: string, origin: string): string {
  return json.includes(CDN_BASE) ? json.split(CDN_BASE).join(`${origin}${ASSET_PATH}`) : json;
}

/** The picture at `path` (under ASSET_PATH): an SVG, or null for a file no document names. */
export function assetSvg(path: string): string | null {
  const file = decodeURIComponent(path.slice(ASSET_PATH.length));
  const match =
    /^[\w.-]+\/(layouts|floors|units\/[^/]+|logo|cover)(?:\/([^/]+))?\.(?:png|jpe?g|svg)$/.exec(
      file,
    );
  if (!match) return null;
  const kind = match[1]?.startsWith('units') ? 'photo' : (match[1] ?? '');
  const label = escapeXml((match[2] ?? kind).slice(0, 40));
  return kind === 'layouts' ? floorPlan(label) : placeholder(label);
}

/** A plan of walls and rooms, labelled with the model: enough to look like a floor plan. */
function floorPlan(label: string): string {
  return svg(
    [
      '<rect x="10" y="10" width="380" height="220" fill="#fff" stroke="#1b1f24" stroke-width="6"/>',
      '<path d="M170 10v120M170 160v70M10 130h110M150 130h100M250 10v80M250 120v110" stroke="#1b1f24" stroke-width="4" fill="none"/>',
      `<text x="200" y="205" font-family="sans-serif" font-size="22" text-anchor="middle" fill="#1b1f24">${label}</text>`,
    ].join(''),
  );
}

function placeholder(label: string): string {
  return svg(
    `<rect width="400" height="240" fill="#d0d7de"/><text x="200" y="128" font-family="sans-serif" font-size="22" text-anchor="middle" fill="#1b1f24">${label}</text>`,
  );
}

function svg(content: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="240" viewBox="0 0 400 240">${content}</svg>`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
