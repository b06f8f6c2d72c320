/** Saves a blob (or a value as pretty JSON) as a file in the browser. */
export function download(name: string, content: Blob | unknown) {
  const blob = content instanceof Blob ? content : new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
