/**
 * Text safe inside an XML element or attribute value. C0 control characters other than tab and
 * newline (and DEL) are removed: XML 1.0 cannot carry them at all, even escaped.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}
