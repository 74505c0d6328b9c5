/**
 * Show the "Download the study sheet (PDF)" link only when the PDF is really there: it is
 * written after the build by `npm run pdf`, so the build cannot know. A host that answers
 * every path with its HTML page (a single-page-app fallback) does not count as having it.
 */
function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

for (const holder of document.querySelectorAll<HTMLElement>('[data-pdf-link]')) {
  const link = holder.querySelector('a');
  const href = link?.dataset['href'];
  if (!link || !href) continue;
  fetch(href, { method: 'HEAD', cache: 'no-cache' })
    .then((response) => {
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok || type.startsWith('text/html')) return;
      const length = Number(response.headers.get('content-length'));
      const label = holder.querySelector('[data-pdf-size]');
      if (label && length > 0) label.textContent = `(${size(length)})`;
      link.href = href;
      holder.hidden = false;
    })
    .catch(() => {
      // Offline or blocked: no link is better than a broken one.
    });
}
