// Hover text is Markdown the server builds from the model, and a share link can carry anyone's model:
// the HTML it renders to keeps its formatting but loses anything that runs, loads or submits.
// (The page's Content-Security-Policy blocks those too; this is the second lock.)

const DROPPED = 'script, style, iframe, frame, object, embed, form, input, button, textarea, select, link, meta, base, svg, math, img, video, audio, source';

export function sanitizeHtml(html: string): string {
    const template = document.createElement('template');
    template.innerHTML = html;
    for (const element of template.content.querySelectorAll(DROPPED)) element.remove();
    for (const element of template.content.querySelectorAll('*')) {
        for (const attribute of [...element.attributes]) {
            const name = attribute.name.toLowerCase();
            const unsafeLink = (name === 'href' || name === 'src' || name === 'xlink:href') && !/^(https?:|#)/i.test(attribute.value.trim());
            if (name.startsWith('on') || name === 'style' || unsafeLink) element.removeAttribute(attribute.name);
        }
    }
    return template.innerHTML;
}
