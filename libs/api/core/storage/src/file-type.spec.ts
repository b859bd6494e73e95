import { detectFileType, safeFilename } from './file-type';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) =>
      typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part),
    ),
  );

describe('detectFileType', () => {
  it('recognises files by content, not by name', () => {
    expect(detectFileType(bytes('%PDF-1.7\n...'), 'report.png')?.mime).toBe('application/pdf');
    expect(
      detectFileType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), 'x.pdf')
        ?.mime,
    ).toBe('image/png');
    expect(detectFileType(bytes([0xff, 0xd8, 0xff, 0xe0]), 'x')?.mime).toBe('image/jpeg');
    expect(detectFileType(bytes('GIF89a....'))?.mime).toBe('image/gif');
    expect(detectFileType(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))?.mime).toBe('image/webp');
    expect(
      detectFileType(
        bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....word/document.xml'),
      )?.extension,
    ).toBe('docx');
    expect(
      detectFileType(bytes([0x50, 0x4b, 0x03, 0x04], '[Content_Types].xml xl/workbook.xml'))
        ?.extension,
    ).toBe('xlsx');
    expect(
      detectFileType(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.doc')?.mime,
    ).toBe('application/msword');
  });

  it('refuses what could run in a browser, or is not a document', () => {
    expect(detectFileType(bytes('<svg onload="alert(1)"></svg>'), 'chart.png')).toBeUndefined();
    expect(detectFileType(bytes('<!doctype html><script>'), 'report.pdf')).toBeUndefined();
    expect(detectFileType(bytes([0x50, 0x4b, 0x03, 0x04], 'evil.js'), 'x.docx')).toBeUndefined();
    expect(detectFileType(bytes('MZ'), 'setup.exe')).toBeUndefined();
    expect(detectFileType(Buffer.alloc(0))).toBeUndefined();
  });

  it('makes names safe', () => {
    expect(safeFilename('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(safeFilename('Business case (final).docx', 'docx')).toBe('Business-case-final.docx');
    expect(safeFilename('"; rm -rf', 'png')).toBe('rm-rf.png');
  });
});
