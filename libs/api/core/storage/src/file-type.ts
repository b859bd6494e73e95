/** A file type LGX accepts as an attachment, recognised from its content. */
export interface DetectedType {
  mime: string;
  /** The extension it should have, for the name it is served under. */
  extension: string;
  /** Images can be shown in pages; everything else downloads. */
  inline: boolean;
}

const starts = (bytes: Buffer, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length &&
  signature.every((byte, i) => bytes[offset + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * Recognises PDF, Office documents (OOXML and the older binary formats) and
 * PNG, JPEG, GIF and WebP images by their bytes, never by the file name.
 * Anything else (including SVG and HTML, which can carry scripts) is refused.
 */
export function detectFileType(bytes: Buffer, filename = ''): DetectedType | undefined {
  if (starts(bytes, ascii('%PDF-')))
    return { mime: 'application/pdf', extension: 'pdf', inline: false };
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mime: 'image/png', extension: 'png', inline: true };
  if (starts(bytes, [0xff, 0xd8, 0xff]))
    return { mime: 'image/jpeg', extension: 'jpg', inline: true };
  if (starts(bytes, ascii('GIF87a')) || starts(bytes, ascii('GIF89a')))
    return { mime: 'image/gif', extension: 'gif', inline: true };
  if (starts(bytes, ascii('RIFF')) && starts(bytes, ascii('WEBP'), 8))
    return { mime: 'image/webp', extension: 'webp', inline: true };
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // An OOXML package names its parts in the zip's local headers.
    const head = bytes.subarray(0, Math.min(bytes.length, 64 * 1024)).toString('latin1');
    if (!head.includes('[Content_Types].xml')) return undefined;
    if (head.includes('word/'))
      return {
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
        inline: false,
      };
    if (head.includes('xl/'))
      return {
        mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
        inline: false,
      };
    if (head.includes('ppt/'))
      return {
        mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        extension: 'pptx',
        inline: false,
      };
    return undefined;
  }
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // The older binary Office formats share one container; the name tells which.
    const extension = filename.toLowerCase().split('.').pop();
    const mime = {
      doc: 'application/msword',
      xls: 'application/vnd.ms-excel',
      ppt: 'application/vnd.ms-powerpoint',
    }[extension ?? ''];
    return mime ? { mime, extension: extension!, inline: false } : undefined;
  }
  return undefined;
}

/** A name safe to store and to put in a Content-Disposition header. */
export function safeFilename(name: string, extension: string): string {
  const leaf = name.split(/[\\/]/).pop() ?? '';
  const base =
    leaf
      .replace(/\.[A-Za-z0-9]{1,5}$/, '')
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9 _-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-_]+|[-_]+$/g, '')
      .slice(0, 80) || 'attachment';
  return `${base}.${extension}`;
}
