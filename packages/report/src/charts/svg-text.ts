import { shortenWords } from '../long-words.js';
import { escapeXml } from './xml.js';
import { CHART_FONT, PALETTE } from './palette.js';
import { px } from './scale.js';

export interface TextOptions {
    size?: number;
    bold?: boolean;
    fill?: string;
    anchor?: 'start' | 'middle' | 'end';
    rotate?: number;
}

/** A text element; the content is escaped, so model names cannot break out of the SVG. */
export function svgText(x: number, y: number, content: string, o: TextOptions = {}): string {
    const rotate = o.rotate ? ` transform="rotate(${o.rotate} ${px(x)} ${px(y)})"` : '';
    return `<text x="${px(x)}" y="${px(y)}" fill="${o.fill ?? PALETTE.text}"${o.bold ? ' font-weight="bold"' : ''}`
        + `${o.size ? ` font-size="${o.size}"` : ''}${o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : ''}${rotate}>${escapeXml(shortenWords(content))}</text>`;
}

export function svgRoot(width: number, height: number, className: string, body: string, fontSize = 10): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" class="${className}" width="${px(width)}" height="${px(height)}" `
        + `viewBox="0 0 ${px(width)} ${px(height)}" font-family="${CHART_FONT}, sans-serif" font-size="${fontSize}">${body}</svg>`;
}
