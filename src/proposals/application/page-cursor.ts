/** A page's position as callers carry it: opaque, base64url of JSON. */
export const encodePageCursor = (value: unknown): string =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

/** What a cursor holds, or undefined when the text is not one this service could have made. */
export const decodePageCursor = (text: string): unknown => {
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString()) as unknown;
  } catch {
    return undefined;
  }
};
