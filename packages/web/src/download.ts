/** Hands `content` to the browser as a file download named `name`: nothing leaves the machine. */
export function offerDownload(name: string, content: Blob): void {
    const url = URL.createObjectURL(content);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // The browser has taken its own reference by now; the next turn is late enough to let go of ours.
    setTimeout(() => URL.revokeObjectURL(url), 0);
}
