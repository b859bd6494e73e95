import { svgDataUri } from './svg-data-uri';

describe('svgDataUri', () => {
  it('encodes the SVG as base64, UTF-8 included', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><title>QR – code</title></svg>';
    const uri = svgDataUri(svg);
    expect(uri.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(uri.split(',')[1]!, 'base64').toString('utf8')).toBe(svg);
  });
});
