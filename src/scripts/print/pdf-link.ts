/**
 * Show the "Download the study sheet (PDF)" link only when the PDF is really there: it is
 * written after the build by `npm run pdf`, which also records it in `pdf.json` (the build
 * writes that file saying there is none). A host that answers every path with its HTML
 * page (a single-page-app fallback) gives no JSON, so no link.
 */
function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

interface PdfState {
  file: string | null;
  bytes: number;
}

for (const holder of document.querySelectorAll<HTMLElement>('[data-pdf-link]')) {
  const link = holder.querySelector('a');
  const state = holder.dataset['pdfState'];
  if (!link || !state) continue;
  fetch(state, { cache: 'no-cache' })
    .then((response) => (response.ok ? (response.json() as Promise<PdfState>) : undefined))
    .then((pdf) => {
      if (!pdf || typeof pdf.file !== 'string' || pdf.file === '') return;
      link.href = new URL(pdf.file, new URL(state, location.href)).href;
      link.type = 'application/pdf';
      const label = holder.querySelector('[data-pdf-size]');
      if (label && pdf.bytes > 0) label.textContent = `(${size(pdf.bytes)})`;
      holder.hidden = false;
    })
    .catch(() => {
      // Offline, blocked or not JSON: no link is better than a broken one.
    });
}
