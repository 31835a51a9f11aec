/** Escapes text for XML and HTML content and attribute values. */
export function escapeXml(text: string): string {
    return text.replace(/[&<>"']/g, ch => ESCAPES[ch]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
