/** Document types accepted as attachments, judged by their bytes, never by the file name. */
export const ACCEPTED_MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  png: 'image/png',
  jpeg: 'image/jpeg',
} as const;

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** A zip's entry names sit in plain text in its headers; enough to tell OOXML and ODF apart. */
const zipKind = (buf: Buffer): string | null => {
  const text = buf.toString('latin1');
  if (text.slice(30, 38) === 'mimetype' && text.slice(38, 38 + 39) === ACCEPTED_MEDIA_TYPES.odt)
    return ACCEPTED_MEDIA_TYPES.odt;
  if (!text.includes('[Content_Types].xml')) return null;
  if (text.includes('word/document.xml')) return ACCEPTED_MEDIA_TYPES.docx;
  if (text.includes('xl/workbook.xml')) return ACCEPTED_MEDIA_TYPES.xlsx;
  return null;
};

export const sniffMediaType = (buf: Buffer): string | null => {
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') return ACCEPTED_MEDIA_TYPES.pdf;
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ACCEPTED_MEDIA_TYPES.png;
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return ACCEPTED_MEDIA_TYPES.jpeg;
  if (startsWith(buf, ZIP)) return zipKind(buf);
  return null;
};
