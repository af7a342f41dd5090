// The analytics page: a file of its own, so the page's Content-Security-Policy allows no inline script. The figures
// come from /api/analytics/cycles with this browser's Cockpit or Tasklist login (the header X-Leaders-Page asks for
// a 401 to show rather than the browser's login dialog). Every text goes in through textContent; ECharts draws on a
// canvas, and its tooltips are drawn there too (renderMode 'richText'): an HTML tooltip would need inline styles.
import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
import {languageLinks, languageToShow} from '/leaders/language.js';

const language = languageToShow();
const API = '/api/analytics/cycles';

const TEXTS = {
  kk: {
    title: 'Іріктеу талдауы',
    lead: 'Республикалық кадр резервіне іріктеу циклі: кезеңдер бойынша воронка, кезеңдегі уақыт, резервистерді орналастыру және ашық конкурстардың нәтижелері.',
    cycle: 'Цикл', region: 'Өңір', allRegions: 'Барлық өңірлер', computed: 'Есептелді',
    openTasklist: 'Tasklist-ке кіру', failed: 'Деректер жүктелмеді; кейінірек қайталаңыз.',
    noCycles: 'Әзірге бірде-бір өтінім жоқ.',
    funnelTitle: 'Кезеңдер бойынша воронка',
    funnelNote: 'Әр кезеңге жеткен өтінімдер саны және алдыңғы кезеңнен өткендердің үлесі.',
    dropoutsTitle: 'Кезеңдерде шыққандар', timesTitle: 'Кезеңдегі уақыт, күн',
    timesNote: 'Кезеңнен шыққан өтінімдер бойынша медиана және 90-процентиль (құжаттарды қайта тексеру біріншісімен қосылады).',
    placementTitle: 'Резервистерді орналастыру',
    placementNote: w => 'Резервке алынғаннан кейін ' + w + ' ішінде тағайындалғандар: мерзімі өткен немесе тағайындалған резервистердің үлесі.',
    competitionsTitle: 'Ашық конкурстардың нәтижелері',
    competitionsNote: (f, u) => f + ' – ' + u + ' аралығында жарияланған конкурстар.',
    regionCol: 'Өңір', applications: 'Өтінімдер', inProgress: 'Қаралуда', stage: 'Кезең', left: 'Шыққандар',
    median: 'Медиана', p90: '90-процентиль', inStageNow: 'Қазір кезеңде', level: 'Лауазым', enrolled: 'Резервке алынды',
    appointed: 'Тағайындалды (барлығы)', within: w => w + ' ішінде', announced: 'Жарияланды',
    winner: 'Жеңімпаз таңдалды', noShow: 'Ешкім келмеді', notChosen: 'Комиссия ешкімді таңдамады',
    noCandidates: 'Лайықты үміткер жоқ', compInProgress: 'Жүріп жатыр', reannounced: 'Қайта жарияланды',
    count: 'Саны', share: 'Үлесі', noData: 'Деректер жоқ.',
    months: n => n + ' ай', years: n => n + ' жыл', days: n => n + ' күн',
    dutiesTitle: 'Басшылардың мерзімді міндеттері',
    dutiesNote: (d, u) => 'Қызметтегі басшылар, ' + d + ' жағдай бойынша: мерзімі ' + u + ' дейін басталатын аттестаттау мен ротация (циклға қарамай).',
    attOverdue: 'Аттестаттау: мерзімі өтті', attInWindow: 'Аттестаттау: мерзімі басталды', attDueSoon: 'Аттестаттау: жақында',
    rotOverdue: 'Ротация: соңғы күн өтті', rotDueSoon: 'Ротация: жақында',
    footer: 'Күндер Астана уақытымен. Деректер — өтінімдер, резерв және конкурстар кестелері.'
  },
  ru: {
    title: 'Аналитика отбора',
    lead: 'Цикл отбора в Республиканский кадровый резерв: воронка по этапам, время на этапах, трудоустройство резервистов и итоги открытых конкурсов.',
    cycle: 'Цикл', region: 'Регион', allRegions: 'Все регионы', computed: 'Рассчитано',
    openTasklist: 'Войти в Tasklist', failed: 'Данные не загрузились; попробуйте позже.',
    noCycles: 'Заявок пока нет.',
    funnelTitle: 'Воронка по этапам',
    funnelNote: 'Сколько заявок дошло до каждого этапа и доля прошедших с предыдущего этапа.',
    dropoutsTitle: 'Выбывшие на этапах', timesTitle: 'Время на этапе, дней',
    timesNote: 'Медиана и 90-й процентиль по заявкам, покинувшим этап (повторная проверка документов складывается с первой).',
    placementTitle: 'Трудоустройство резервистов',
    placementNote: w => 'Назначены в течение ' + w + ' после зачисления в резерв: доля среди резервистов, у которых этот срок истёк или которые уже назначены.',
    competitionsTitle: 'Итоги открытых конкурсов',
    competitionsNote: (f, u) => 'Конкурсы, объявленные с ' + f + ' по ' + u + '.',
    regionCol: 'Регион', applications: 'Заявки', inProgress: 'В работе', stage: 'Этап', left: 'Покинули этап',
    median: 'Медиана', p90: '90-й процентиль', inStageNow: 'Сейчас на этапе', level: 'Должность',
    enrolled: 'Зачислены', appointed: 'Назначены (всего)', within: w => 'в течение ' + w, announced: 'Объявлено',
    winner: 'Победитель определён', noShow: 'Никто не явился', notChosen: 'Комиссия никого не выбрала',
    noCandidates: 'Нет допущенных кандидатов', compInProgress: 'Идут', reannounced: 'Объявлены повторно',
    count: 'Число', share: 'Доля', noData: 'Данных нет.',
    months: n => n + ' ' + genitive(n, 'месяца', 'месяцев'), years: n => n + ' ' + genitive(n, 'года', 'лет'),
    days: n => n + ' ' + genitive(n, 'дня', 'дней'),
    dutiesTitle: 'Периодические обязанности руководителей',
    dutiesNote: (d, u) => 'Руководители в должности, на ' + d + ': аттестация и ротация, наступающие до ' + u + ' (независимо от цикла).',
    attOverdue: 'Аттестация: срок истёк', attInWindow: 'Аттестация: наступила', attDueSoon: 'Аттестация: скоро',
    rotOverdue: 'Ротация: последний день прошёл', rotDueSoon: 'Ротация: скоро',
    footer: 'Даты по времени Астаны. Данные — таблицы заявок, резерва и конкурсов.'
  },
  en: {
    title: 'Selection analytics',
    lead: 'A cycle of the selection into the Republican personnel reserve: the funnel by stage, the time spent in each stage, the placement of reservists and the outcomes of open competitions.',
    cycle: 'Cycle', region: 'Region', allRegions: 'All regions', computed: 'Computed',
    openTasklist: 'Log in to Tasklist', failed: 'The figures did not load; please try again later.',
    noCycles: 'There are no applications yet.',
    funnelTitle: 'Funnel by stage',
    funnelNote: 'How many applications reached each stage, and the share of the previous stage\'s that did.',
    dropoutsTitle: 'Who left at which stage', timesTitle: 'Time in stage, days',
    timesNote: 'Median and 90th percentile over the applications that left the stage (a second document check adds to the first).',
    placementTitle: 'Placement of reservists',
    placementNote: w => 'Appointed within ' + w + ' of enrolment: the share among the reservists whose window is over or who are appointed already.',
    competitionsTitle: 'Outcomes of open competitions',
    competitionsNote: (f, u) => 'Competitions announced from ' + f + ' to ' + u + '.',
    regionCol: 'Region', applications: 'Applications', inProgress: 'In progress', stage: 'Stage', left: 'Left the stage',
    median: 'Median', p90: '90th percentile', inStageNow: 'In the stage now', level: 'Post', enrolled: 'Enrolled',
    appointed: 'Appointed (at any time)', within: w => 'within ' + w, announced: 'Announced',
    winner: 'Winner chosen', noShow: 'Nobody came', notChosen: 'The commission chose nobody',
    noCandidates: 'No admitted candidate', compInProgress: 'Under way', reannounced: 'Announced again',
    count: 'Count', share: 'Share', noData: 'No data.',
    months: n => n + (n === 1 ? ' month' : ' months'), years: n => n + (n === 1 ? ' year' : ' years'),
    days: n => n + (n === 1 ? ' day' : ' days'),
    dutiesTitle: 'Recurring duties of heads',
    dutiesNote: (d, u) => 'Heads in post, as of ' + d + ': attestations and rotations falling due by ' + u + ' (whatever the cycle).',
    attOverdue: 'Attestation: overdue', attInWindow: 'Attestation: due now', attDueSoon: 'Attestation: due soon',
    rotOverdue: 'Rotation: past the last day', rotDueSoon: 'Rotation: due soon',
    footer: 'Dates are Astana time. The figures come from the applications, the reserve and the competitions.'
  }
};
const t = TEXTS[language];
const LOCALE = {kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB'}[language];
const number = new Intl.NumberFormat(LOCALE);
const percent = new Intl.NumberFormat(LOCALE, {style: 'percent', maximumFractionDigits: 1});
const decimal = new Intl.NumberFormat(LOCALE, {maximumFractionDigits: 1});
const COLOURS = ['#1a73c9', '#e8710a', '#1e8e3e', '#9334e6', '#d93025', '#8a6100', '#12939a', '#5f6368'];
const charts = [];

/** Russian after "в течение": the genitive singular for 1, 21, 31 ..., the genitive plural otherwise. */
function genitive(n, singular, plural) {
  return n % 10 === 1 && n % 100 !== 11 ? singular : plural;
}

/** An ISO period as people say it: P6M is "6 months", P1Y "1 year". */
function periodName(iso) {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(iso);
  if (!match) return iso;
  const parts = [];
  if (match[1]) parts.push(t.years(Number(match[1])));
  if (match[2]) parts.push(t.months(Number(match[2])));
  if (match[3]) parts.push(t.days(Number(match[3])));
  return parts.join(' ');
}

function get(url) {
  return fetch(url, {
    headers: {'Accept': 'application/json', 'Accept-Language': language, 'X-Leaders-Page': 'analytics'},
    credentials: 'same-origin', cache: 'no-store'
  }).then(response => response.json().catch(() => ({})).then(body => ({response, body})));
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function showError(message) {
  const error = document.getElementById('error');
  error.textContent = message;
  error.hidden = false;
}

/** A table from a header row and body rows; a row is a list of cells, a cell text or {text, share, className}. */
function table(id, header, rows, total) {
  const node = document.getElementById(id);
  node.replaceChildren();
  const head = el('thead');
  const headRow = el('tr');
  header.forEach(h => headRow.appendChild(el('th', null, h)));
  head.appendChild(headRow);
  node.appendChild(head);
  const body = el('tbody');
  rows.forEach(row => body.appendChild(tableRow(row)));
  if (total) {
    const totalRow = tableRow(total);
    totalRow.className = 'total';
    body.appendChild(totalRow);
  }
  node.appendChild(body);
}

function tableRow(cells) {
  const tr = el('tr');
  cells.forEach(cell => {
    const td = el('td');
    if (cell !== null && typeof cell === 'object') {
      td.textContent = cell.text;
      if (cell.share !== undefined && cell.share !== null) {
        td.appendChild(document.createTextNode(' '));
        td.appendChild(el('span', 'share', '(' + cell.share + ')'));
      }
      if (cell.className) td.className = cell.className;
    } else {
      td.textContent = cell === null || cell === undefined ? '—' : cell;
    }
    tr.appendChild(td);
  });
  return tr;
}

function chart(id, option) {
  const node = document.getElementById(id);
  let instance = echarts.getInstanceByDom(node);
  if (!instance) {
    instance = echarts.init(node, null, {renderer: 'canvas'});
    charts.push(instance);
  }
  instance.setOption(Object.assign({
    color: COLOURS,
    textStyle: {fontFamily: '"IBM Plex Sans", Arial, sans-serif'},
    tooltip: {trigger: 'axis', renderMode: 'richText', axisPointer: {type: 'shadow'}},
    grid: {left: 8, right: 24, top: 48, bottom: 8, containLabel: true}
  }, option), true);
  return instance;
}

const percentOf = value => value === null || value === undefined ? null : percent.format(value);

function drawFunnel(report) {
  const stages = report.stages.map(s => s.name);
  const total = report.funnel.total;
  // Across, first stage on top: the stages' names in Kazakh and Russian are too long to stand under a bar.
  chart('funnel-chart', {
    grid: {left: 8, right: 96, top: 8, bottom: 8, containLabel: true},
    xAxis: {type: 'value', minInterval: 1},
    yAxis: {type: 'category', data: stages, inverse: true},
    series: [{
      name: t.applications, type: 'bar', data: total.reached, barMaxWidth: 26,
      label: {show: true, position: 'right', formatter: p => number.format(p.value)
          + (total.conversion[p.dataIndex] == null ? '' : '  (' + percentOf(total.conversion[p.dataIndex]) + ')')}
    }]
  });
  const header = [t.regionCol, t.applications, t.inProgress].concat(stages);
  const row = r => [r.regionName, number.format(r.applications), number.format(r.inProgress)].concat(
      r.reached.map((n, i) => ({text: number.format(n), share: i === 0 ? null : percentOf(r.conversion[i])})));
  table('funnel-table', header, report.funnel.regions.map(row), row(total));
}

function drawDropouts(report) {
  const rows = report.dropouts.slice().reverse();
  // As tall as its bars need: two stages with one outcome each are not a page of empty space.
  document.getElementById('dropouts-chart').style.height = Math.max(8, rows.length * 2.4 + 3) + 'rem';
  chart('dropouts-chart', {
    grid: {left: 8, right: 48, top: 8, bottom: 8, containLabel: true},
    xAxis: {type: 'value', minInterval: 1},
    yAxis: {type: 'category', data: rows.map(d => d.stageName + ': ' + d.outcomeName),
      axisLabel: {width: 320, overflow: 'truncate'}},
    series: [{name: t.count, type: 'bar', data: rows.map(d => d.applications), barMaxWidth: 28,
      label: {show: true, position: 'right', formatter: p => number.format(p.value)}}]
  });
}

function drawTimes(report) {
  const times = report.stageTimes;
  chart('times-chart', {
    legend: {top: 0},
    grid: {left: 8, right: 64, top: 32, bottom: 8, containLabel: true},
    xAxis: {type: 'value', name: t.days(0).replace(/^0\s*/, ''), nameLocation: 'end', nameGap: 8},
    yAxis: {type: 'category', data: times.map(s => s.stageName), inverse: true},
    series: [
      {name: t.median, type: 'bar', data: times.map(s => s.medianDays), barMaxWidth: 14},
      {name: t.p90, type: 'bar', data: times.map(s => s.p90Days), barMaxWidth: 14}
    ]
  });
  table('times-table', [t.stage, t.left, t.median, t.p90, t.inStageNow], times.map(s => [s.stageName,
      number.format(s.applications), s.medianDays == null ? null : decimal.format(s.medianDays),
      s.p90Days == null ? null : decimal.format(s.p90Days), number.format(s.inStageNow)]));
}

function drawPlacement(report) {
  const placement = report.placement;
  const windows = placement.windows.map(periodName);
  document.getElementById('placement-note').textContent = t.placementNote(windows.join(', '));
  // The chart compares regions: the levels of a region are added up for it.
  const regions = new Map();
  placement.rows.forEach(r => {
    const sum = regions.get(r.region) || {name: r.regionName, known: windows.map(() => 0), within: windows.map(() => 0)};
    r.windowPassed.forEach((n, i) => { sum.known[i] += n; sum.within[i] += r.appointedWithin[i]; });
    regions.set(r.region, sum);
  });
  const sums = Array.from(regions.values());
  chart('placement-chart', {
    legend: {top: 0},
    xAxis: {type: 'category', data: sums.map(s => s.name), axisLabel: {interval: 0, rotate: sums.length > 6 ? 30 : 0}},
    yAxis: {type: 'value', max: 1, axisLabel: {formatter: v => percent.format(v)}},
    tooltip: {trigger: 'axis', renderMode: 'richText', valueFormatter: v => v == null ? '—' : percent.format(v)},
    series: windows.map((w, i) => ({name: t.within(w), type: 'bar', barMaxWidth: 40,
      data: sums.map(s => s.known[i] === 0 ? null : Math.round(s.within[i] / s.known[i] * 1000) / 1000)}))
  });
  const header = [t.regionCol, t.level, t.enrolled, t.appointed].concat(windows.map(t.within));
  const row = r => [r.regionName, r.levelName, number.format(r.enrolled), number.format(r.appointed)].concat(
      windows.map((w, i) => ({text: number.format(r.appointedWithin[i]) + ' / ' + number.format(r.windowPassed[i]),
        share: percentOf(r.share[i])})));
  table('placement-table', header, placement.rows.map(row), row(placement.total));
}

/** Regions down the side, first on top, each a bar of the kinds [key, name, colour] stacked; as tall as it needs. */
function stackedByRegion(id, kinds, regions) {
  const rows = regions.slice().reverse();
  document.getElementById(id).style.height = Math.max(10, rows.length * 2.2 + 6) + 'rem';
  chart(id, {
    legend: {top: 0},
    grid: {left: 8, right: 24, top: 56, bottom: 8, containLabel: true},
    xAxis: {type: 'value', minInterval: 1},
    yAxis: {type: 'category', data: rows.map(r => r.regionName)},
    series: kinds.map(([key, name, colour]) => ({name, type: 'bar', stack: 'all', barMaxWidth: 28,
      itemStyle: {color: colour}, data: rows.map(r => r[key])}))
  });
}

function drawCompetitions(report) {
  const competitions = report.competitions;
  document.getElementById('competitions-note').textContent =
      t.competitionsNote(day(competitions.from), day(competitions.until));
  // Colours that say it: a winner green, the endings without one warm, what is still under way grey.
  const kinds = [['winner', t.winner, '#1e8e3e'], ['noShow', t.noShow, '#e8710a'],
    ['notChosen', t.notChosen, '#b3261e'], ['noCandidates', t.noCandidates, '#8a6100'],
    ['inProgress', t.compInProgress, '#9aa0a6']];
  stackedByRegion('competitions-chart', kinds, competitions.regions);
  const header = [t.regionCol, t.announced].concat(kinds.map(k => k[1]), [t.reannounced]);
  const row = r => [r.regionName, number.format(r.announced)].concat(kinds.map(([key]) => number.format(r[key])),
      [number.format(r.reannounced)]);
  table('competitions-table', header, competitions.regions.map(row), row(competitions.total));
}

function drawDuties(report) {
  const duties = report.duties;
  document.getElementById('duties-note').textContent = t.dutiesNote(day(duties.today), day(duties.until));
  const kinds = [['attestationsOverdue', t.attOverdue, '#b3261e'], ['attestationsInWindow', t.attInWindow, '#e8710a'],
    ['attestationsDueSoon', t.attDueSoon, '#f6c026'], ['rotationsOverdue', t.rotOverdue, '#7b1fa2'],
    ['rotationsDueSoon', t.rotDueSoon, '#b39ddb']];
  stackedByRegion('duties-chart', kinds, duties.regions);
  const header = [t.regionCol].concat(kinds.map(k => k[1]));
  const row = r => [r.regionName].concat(kinds.map(([key]) => number.format(r[key])));
  table('duties-table', header, duties.regions.map(row), row(duties.total));
}

function day(iso) {
  const [y, m, d] = iso.split('-');
  return d + '.' + m + '.' + y;
}

function csvLinks(report) {
  document.querySelectorAll('a.csv').forEach(link => {
    link.href = API + '/' + report.cycle + '/' + link.dataset.section + '.csv'
        + (report.region ? '?region=' + encodeURIComponent(report.region) : '');
  });
}

function chosen() {
  const [cycle, region] = window.location.hash.replace(/^#/, '').split('/');
  return {cycle: cycle || null, region: region || ''};
}

function load() {
  const cycle = document.getElementById('cycle').value;
  const region = document.getElementById('region').value;
  window.history.replaceState(null, '', '#' + cycle + (region ? '/' + region : ''));
  get(API + '/' + encodeURIComponent(cycle) + (region ? '?region=' + encodeURIComponent(region) : ''))
    .then(({response, body}) => {
      if (!response.ok) { refused(response, body); return; }
      document.getElementById('error').hidden = true;
      document.getElementById('report').hidden = false;
      document.getElementById('computed').textContent = t.computed + ': '
          + new Date(body.computedAt).toLocaleString(LOCALE, {timeZone: 'Asia/Almaty'});
      drawFunnel(body);
      drawDropouts(body);
      drawTimes(body);
      drawPlacement(body);
      drawCompetitions(body);
      drawDuties(body);
      csvLinks(body);
      charts.forEach(c => c.resize());
    })
    .catch(() => showError(t.failed));
}

function refused(response, body) {
  document.getElementById('report').hidden = true;
  if (response.status === 401) {
    document.getElementById('choice').hidden = true;
    document.getElementById('login').hidden = false;
    document.getElementById('login-text').textContent = body.message || t.failed;
    document.getElementById('login-link').textContent = t.openTasklist;
    return;
  }
  showError(body.message || t.failed);
}

function start(overview) {
  if (overview.cycles.length === 0) { showError(t.noCycles); return; }
  const wanted = chosen();
  const cycles = document.getElementById('cycle');
  overview.cycles.forEach(c => {
    const option = el('option', null, c.cycle + ' (' + number.format(c.applications) + ')');
    option.value = String(c.cycle);
    cycles.appendChild(option);
  });
  if (overview.cycles.some(c => String(c.cycle) === wanted.cycle)) cycles.value = wanted.cycle;
  const regions = document.getElementById('region');
  const all = el('option', null, t.allRegions);
  all.value = '';
  regions.appendChild(all);
  overview.regions.forEach(r => {
    const option = el('option', null, r.name);
    option.value = r.code;
    regions.appendChild(option);
  });
  if (overview.regions.some(r => r.code === wanted.region)) regions.value = wanted.region;
  document.getElementById('choice').hidden = false;
  cycles.addEventListener('change', load);
  regions.addEventListener('change', load);
  load();
}

(function init() {
  document.documentElement.lang = language;
  document.querySelectorAll('[data-text]').forEach(node => { node.textContent = t[node.dataset.text]; });
  document.title = t.title;
  document.getElementById('language').appendChild(languageLinks(language));
  window.addEventListener('resize', () => charts.forEach(c => c.resize()));
  get(API).then(({response, body}) => {
    if (!response.ok) { refused(response, body); return; }
    start(body);
  }).catch(() => showError(t.failed));
})();
