/** The markdown summary of the latest results (bench/results/summary.md). */

const kb = (bytes) => (bytes / 1024).toFixed(1);
const s = (ms) => (ms / 1000).toFixed(1);

function scaleSection(scale) {
  if (!scale) return ['## Build at scale', '', 'Not run.'];
  const lines = [
    '## Build at scale',
    '',
    '| questions | wall time | CPU time | peak RSS (tree) | dist | HTML pages | largest page | Pagefind index | wall / CPU per 1,000 questions |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...scale.rows.map(
      (r) =>
        `| ${r.questions} | ${s(r.wallMs)} s | ${r.cpuMs === null ? 'n/a' : `${s(r.cpuMs)} s`} | ${r.peakRssMB} MB | ${r.distMB} MB | ${r.htmlPages} | ${r.largestPage.KB} KB (\`${r.largestPage.path}\`) | ${r.pagefindMB === null ? 'none' : `${r.pagefindMB} MB`} | ${s(r.msPer1000)} s / ${r.cpuMsPer1000 === null ? 'n/a' : `${s(r.cpuMsPer1000)} s`} |`,
    ),
  ];
  const v = scale.verdict;
  if (v) {
    lines.push(
      '',
      `10,000 vs 1,000 questions: ${v.wallRatio10kTo1k}x the wall time (target at most 5x: ${v.withinFiveTimes ? 'met' : 'missed'}); ` +
        `time per 1,000 questions ${v.perQuestionRatio10kTo1k}x; CPU time ${v.cpuRatio10kTo1k}x; peak memory ${v.peakRssMB10k} MB (target under 1,536 MB: ${v.under1_5GB ? 'met' : 'missed'}).`,
    );
  }
  return lines;
}

function weightSection(weight) {
  if (!weight) return ['## Page weight', '', 'Not run.'];
  const gzip = (p, kind) => p[kind].gzip + (kind === 'css' ? p.inlineCss.gzip : kind === 'js' ? p.inlineJs.gzip : 0);
  return [
    '## Page weight of `content/` before any interaction',
    '',
    'Gzipped (level 6), raw in brackets. CSS and JS include what is inlined in the HTML; targets for home and domain pages: JS at most 6 KB, CSS at most 8 KB gzipped.',
    '',
    '| page | HTML | CSS | JS |',
    '| --- | ---: | ---: | ---: |',
    ...weight.pages.map(
      (p) =>
        `| ${p.type} \`${p.path}\` | ${kb(p.html.gzip)} KB (${kb(p.html.raw)}) | ${kb(gzip(p, 'css'))} KB (${kb(p.css.raw + p.inlineCss.raw)}) | ${kb(gzip(p, 'js'))} KB (${kb(p.js.raw + p.inlineJs.raw)}) |`,
    ),
  ];
}

function compareSection(compare) {
  if (!compare) return ['## Against Starlight', '', 'Not run (`npm run bench -- --compare`).'];
  return [
    '## Against Starlight, side by side',
    '',
    `Ours (commit ${compare.versions.ours.commit}) on Astro ${compare.versions.ours.astro}; Starlight ${compare.versions.starlight.starlight} on Astro ${compare.versions.starlight.astro}; median of ${compare.rounds} interleaved rounds, each build from scratch. ` +
      "Cells: wall time / CPU time (user + system of the process tree) / peak RSS. Targets: 0.6x Starlight's time, 0.7x its memory.",
    '',
    '| questions | ours | Starlight | Starlight without Pagefind | Starlight with our Node flags | bare one-page Astro |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...compare.results.map((r) => {
      const cell = (x) =>
        x === undefined
          ? 'not measured'
          : x.error
            ? 'build failed (see compare.json)'
            : `${s(x.wallMs)} s / ${x.cpuMs === null ? 'n/a' : `${s(x.cpuMs)} s`} / ${x.peakRssMB} MB`;
      return `| ${r.questions} | ${cell(r.ours)} | ${cell(r.starlight)} | ${cell(r.starlightNoPagefind)} | ${cell(r.starlightOurFlags)} | ${cell(r.bareAstro)} |`;
    }),
    '',
    '| questions | ours / Starlight: wall, CPU, memory | ours / Starlight without Pagefind | ours / Starlight with our Node flags | bare / Starlight | ours / bare Astro |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...compare.results.map((r) => {
      const q = r.ratios;
      const x = (a, b, c) => [a, b, c].map((v) => (v === null || v === undefined ? 'n/a' : `${v}x`)).join(', ');
      return `| ${r.questions} | ${x(q.timeVsStarlight, q.cpuVsStarlight, q.memoryVsStarlight)} | ${x(q.timeVsStarlightNoPagefind, q.cpuVsStarlightNoPagefind, q.memoryVsStarlightNoPagefind)} | ${x(q.timeVsStarlightOurFlags, q.cpuVsStarlightOurFlags, q.memoryVsStarlightOurFlags)} | ${x(q.bareTimeVsStarlight, q.bareCpuVsStarlight, q.bareMemoryVsStarlight)} | ${x(q.timeVsBare, q.cpuVsBare, q.memoryVsBare)} |`;
    }),
  ];
}

function optionalSection(title, data, optional, script) {
  const run = optional?.runs?.find((r) => r.script === script);
  if (run && !run.available) return [`## ${title}`, '', `\`npm run ${script}\` is not available in this checkout.`];
  if (!data) return [`## ${title}`, '', `No results file from \`npm run ${script}\`.`];
  return [`## ${title}`, '', '```json', JSON.stringify(data, null, 2).slice(0, 2000), '```'];
}

function searchSection(search, optional) {
  if (!search?.firstQuery) return optionalSection('Search', search, optional, 'bench:search');
  const ms = (v) => `${v} ms`;
  const row = (name, r, goal) =>
    `| ${name} | ${ms(r.median)} | ${ms(r.p90)} | ${ms(r.max)} | ${r.count} | ${goal} ms | ${r.met ? 'met' : 'missed'} |`;
  return [
    '## Search',
    '',
    `\`content/\` (${search.site.questions} questions) in Chromium ${search.machine.browser}, load average ${search.machine.loadavgAtStart.join(' ')} at the start. A goal is met when the maximum is within it.`,
    '',
    '| query | median | p90 | max | queries | goal | |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    row('first, one input event, empty cache (index download included)', search.firstQuery, search.goals.firstQueryMs),
    row('first, typed after `/`, from the last keystroke', search.firstQueryTyped, search.goals.firstQueryMs),
    row('index loaded, from the last keystroke', search.loadedQuery, search.goals.loadedQueryMs),
  ];
}

function printSection(print, optional) {
  if (!print?.sheet) return optionalSection('Print', print, optional, 'bench:print');
  return [
    '## Print',
    '',
    `\`content/\` (${print.content.questions} questions in ${print.content.domains} domains) as A4 PDFs from Chromium.`,
    '',
    '| PDF | pages | pages per 100 questions | time |',
    '| --- | ---: | ---: | ---: |',
    `| study sheet | ${print.sheet.pages} | ${print.sheet.pagesPer100Questions} | ${(print.sheet.msMedian / 1000).toFixed(1)} s |`,
    `| worksheet (questions only) | ${print.worksheet.pages} | ${print.worksheet.pagesPer100Questions} | ${(print.worksheet.ms / 1000).toFixed(1)} s |`,
    `| every domain page, answers open, printed with its screen styles | ${print.baselineScreenStyles.pages} | ${print.baselineScreenStyles.pagesPer100Questions} | |`,
    `| Starlight's page, printed (reference) | ${print.starlightReference.pages} (${print.starlightReference.questions} questions) | ${print.starlightReference.pagesPer100Questions} | |`,
  ];
}

export function summaryMarkdown({ machine, weight, scale, compare, search, print, optional }) {
  return [
    '# Benchmark results',
    '',
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB, Node ${machine.node}. Shared with other work, so times vary by a few tens of percent between runs.`,
    '',
    ...scaleSection(scale),
    '',
    ...weightSection(weight),
    '',
    ...compareSection(compare),
    '',
    ...searchSection(search, optional),
    '',
    ...printSection(print, optional),
    '',
  ].join('\n');
}
