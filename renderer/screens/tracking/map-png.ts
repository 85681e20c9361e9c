/**
 * Rasterises the map's SVG into a PNG (base64, no data: prefix) for the DOCX
 * report, on an offscreen canvas. The SVG carries its colours as attributes,
 * so the serialized copy looks like the screen without any stylesheet.
 */
export async function svgToPngBase64(svg: SVGSVGElement, width = 1600): Promise<string> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const [, , vbWidth = 960, vbHeight = 470] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const height = Math.round((width * vbHeight) / vbWidth);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const source = new XMLSerializer().serializeToString(copy);
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas to draw the map on.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    const dataUrl = canvas.toDataURL('image/png');
    return dataUrl.slice(dataUrl.indexOf(',') + 1);
  } finally {
    URL.revokeObjectURL(url);
  }
}
