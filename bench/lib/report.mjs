// The markdown table: one row per figure, plume's and axios's value against
// the row's baseline, the target and whether plume meets it.

const num = (x, digits = 2) => x.toFixed(digits);
const spread = (s, digits = 2, unit = '') => `${num(s.median, digits)}${unit} (${num(s.min, digits)}–${num(s.max, digits)})`;
const signed = (x, digits = 1) => `${x >= 0 ? '+' : ''}${num(x, digits)}`;

function cell(figure, which) {
  const v = figure[which];
  if (v == null) return which === 'axios' && figure.kind === 'ratio' && figure.baseline === 'axios' ? '1×' : '-';
  switch (figure.kind) {
    case 'ratio':
      return `${spread(v, 2, '×')}`;
    case 'bytes':
      return which === 'plume' ? `${v.toLocaleString('en-US')} B (${num(figure.ratio, 2)}×)` : `${v.toLocaleString('en-US')} B`;
    case 'kb':
      return `${num(v.median, 1)} KB (${num(v.min, 1)}–${num(v.max, 1)})`;
    case 'events':
      return `${num(v.events.median, 0)} ev, ${num(v.rate.median, 1)}/s`;
    case 'growth':
      return `${signed(v.growth.median)} KB (${signed(v.overRaw.median)})`;
    default:
      return JSON.stringify(v);
  }
}

export function figureValue(figure) {
  const v = figure.plume;
  if (figure.kind === 'bytes') return v;
  if (figure.kind === 'ratio' || figure.kind === 'kb') return v?.median;
  return null; // events, growth: the target's test reads the figure itself
}

export function markdown({ machine, figures, wallSeconds, args }) {
  const lines = [];
  lines.push(`# plume benchmark`);
  lines.push('');
  lines.push(
    `${machine.date} · ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB · ${machine.os} · Node ${machine.node} · ` +
      Object.entries(machine.browsers)
        .map(([name, version]) => `${name} ${version}`)
        .join(' · ') +
      ` · load average ${machine.loadAverageAtStart.join(' ')} at start, ${machine.loadAverageAtEnd.join(' ')} at end` +
      ` · ${args.quick ? 'quick run' : 'full run'}, ${Math.round(wallSeconds)} s`,
  );
  lines.push('');
  lines.push('Ratios are per round (each round measures plume, axios and raw XHR back to back, in rotating order); cells show the median and, in brackets, the min–max over rounds. Targets in brackets give axios\'s figure from the issue.');
  lines.push('');
  const peak = Math.max(machine.loadAverageAtStart[0], machine.loadAverageAtEnd[0], ...Object.values(machine.loadAverageBySection ?? {}));
  if (peak > machine.cores) {
    lines.push(
      `**The machine was busy** (1-minute load average up to ${peak.toFixed(1)} on ${machine.cores} cores): the wall-time ratios ` +
        '(req/s, MB/s, wall ops/s and start-up) are noisy, see their spreads; the CPU-time figures (main-thread CPU per request, ' +
        'transfers\' CPU, pipeline ops per CPU second, start-up CPU), heap and size figures are not affected by waiting for a core.',
    );
    lines.push('');
  }
  lines.push('| Figure | Browser | Baseline | plume | axios | Target | Met |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const f of figures) {
    const met = f.met == null ? '' : f.met ? 'yes' : '**no**';
    lines.push(`| ${f.label} | ${f.browser} | ${f.baseline} | ${cell(f, 'plume')} | ${cell(f, 'axios')} | ${f.target?.text ?? ''} | ${met} |`);
  }
  return lines.join('\n') + '\n';
}
