/** An SVG document as a base64 data: URI, for an <img> (the CSP allows data: images, not inline SVG scripts). */
export function svgDataUri(svg: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}
