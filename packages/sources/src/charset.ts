import iconv from 'iconv-lite';

/**
 * Decodes a page or feed the way browsers do: a byte-order mark first, then the charset the server
 * declared, then the one the document declares (`<meta charset>`, `http-equiv`, or the XML declaration)
 * in its first kilobytes, then UTF-8.
 */
export function decodeBody(body: Uint8Array, declaredCharset?: string): { text: string; charset: string } {
  const bom = bomCharset(body);
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 4096)).toString('latin1');
  // iconv-lite, not TextDecoder: Node 20's TextDecoder reads windows-1252 as ISO-8859-1 and loses the
  // curly quotes and dashes outlets' legacy pages are full of.
  for (const candidate of [bom, declaredCharset, documentCharset(head)]) {
    const label = candidate?.trim().toLowerCase();
    if (label && iconv.encodingExists(label))
      return {
        text: stripBom(iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), label)),
        charset: label,
      };
  }
  return { text: stripBom(new TextDecoder().decode(body)), charset: 'utf-8' };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The `charset` parameter of a Content-Type header. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return match?.[1];
}

function bomCharset(body: Uint8Array): string | undefined {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function documentCharset(head: string): string | undefined {
  return (
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]
  );
}
