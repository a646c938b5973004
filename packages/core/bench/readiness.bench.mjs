// Benchmark: a national KIPP year of 3,000 proposals (KIPP 2021 had 3,178) from 350 agencies,
// checked as one batch against kipp-2021: every rule of the edition, sections filled to about
// three quarters of their word limits with Indonesian text, a tenth of the proposals with a
// problem. Target from issue 3: at least 20,000 proposals per second on one core. Runs on the
// built package: `pnpm --filter @inovasi/core bench` (turbo builds first).
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const dist = new URL('../dist/readiness.js', import.meta.url);
if (!existsSync(dist)) {
  process.stderr.write('bench: build @inovasi/core first (pnpm --filter @inovasi/core build).\n');
  process.exit(2);
}
const { createReadinessChecker } = await import(dist.href);
const { builtinRegistry } = await import(new URL('../dist/registry.js', import.meta.url).href);

// A deterministic pseudo-random generator (mulberry32), so every run measures the same data.
let seed = 2021;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const WORDS = (
  'pelayanan publik masyarakat desa kelurahan petugas warga antrean dokumen kependudukan ' +
  'kesehatan pendidikan anak-anak ibu hamil posyandu puskesmas layanan daring aplikasi ' +
  'Rp10.000 1.250 orang 2019/2020 25% https://contoh.go.id/layanan meningkat menurun waktu ' +
  'biaya tanpa dengan untuk dari oleh pada setelah sebelum inovasi pemerintah daerah kota ' +
  'kabupaten provinsi data evaluasi dampak replikasi keberlanjutan anggaran regulasi SOP — •'
).split(' ');
function text(words) {
  const out = new Array(words);
  for (let i = 0; i < words; i += 1) out[i] = pick(WORDS);
  return out.join(' ');
}

const LIMITS = {
  umum: {
    ringkasan: 200,
    'ide-inovatif': 600,
    signifikansi: 600,
    'kontribusi-tpb': 200,
    adaptabilitas: 400,
    keberlanjutan: 600,
    kolaborasi: 200,
  },
  khusus: {
    ringkasan: 200,
    pembaruan: 200,
    adaptabilitas: 200,
    'penguatan-keberlanjutan': 300,
    evaluasi: 300,
  },
};
LIMITS.replikasi = {
  ...LIMITS.umum,
  inspirasi: 100,
  'proses-replikasi': 200,
  'faktor-pembeda': 100,
};
const CATEGORIES = [
  'kesehatan',
  'pendidikan',
  'tata-kelola-pemerintahan',
  'pemberdayaan-masyarakat',
  'ketahanan-pangan',
];
const TYPES = ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota', 'bumn', 'bumd'];

const agencies = Array.from({ length: 350 }, (_, i) => ({
  name: `Instansi ${i + 1}`,
  type: pick(TYPES),
}));
const proposals = [];
for (let i = 0; i < 3000; i += 1) {
  const group = random() < 0.8 ? 'umum' : random() < 0.5 ? 'replikasi' : 'khusus';
  const sections = {};
  for (const [id, max] of Object.entries(LIMITS[group]))
    sections[id] = text(Math.round(max * (0.5 + random() * 0.45)));
  const problem = random() < 0.1 ? pick(['long', 'young', 'sdg', 'copy', 'video']) : undefined;
  if (problem === 'long') sections.signifikansi = text(650);
  if (problem === 'copy') sections.keberlanjutan = sections.ringkasan;
  proposals.push({
    id: `P-${i + 1}`,
    title: `Inovasi pelayanan ${i + 1} ${pick(WORDS)}`,
    agency: pick(agencies),
    unit: 'Unit Pelayanan Publik',
    group,
    category: pick(CATEGORIES),
    sdgs: problem === 'sdg' ? [] : [1 + Math.floor(random() * 17)],
    implementationStartDate:
      problem === 'young'
        ? '2020-06-01'
        : // about 1,700 different start dates between 2014 and 2019, as in a real year
          `${2014 + Math.floor(random() * 5)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
    awards: group === 'khusus' ? [{ year: 2017, tier: 'top-terpuji' }] : [],
    replicationOf:
      group === 'replikasi' ? [{ title: 'Sumber', year: 2018, tier: 'top99' }] : undefined,
    sections,
    attachments: [
      { type: 'bukti-mulai-implementasi', fileName: 'bukti.pdf', sizeBytes: 400000 },
      ...(group === 'replikasi' ? [{ type: 'surat-pernyataan-replikasi', fileName: 'p.pdf' }] : []),
    ],
    videoUrl: problem === 'video' ? undefined : `https://www.youtube.com/watch?v=v${i}`,
  });
}
const words = proposals.reduce(
  (n, p) => n + Object.values(p.sections).reduce((m, s) => m + s.split(' ').length, 0),
  0,
);

const rulebook = builtinRegistry.resolve('kipp-2021');
const options = { asOf: '2021-03-01', registrationCloseDate: '2021-04-30' };
// CPU time of this process (user + system), not wall time: on a shared machine the wall clock
// also counts the time other processes hold the core.
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
function run() {
  const start = cpuMs();
  const wall = performance.now();
  const checker = createReadinessChecker(rulebook, options); // compiled once per batch
  const batch = checker.checkBatch(proposals);
  return { ms: cpuMs() - start, wallMs: performance.now() - wall, batch };
}

for (let i = 0; i < 3; i += 1) run(); // warm up
const times = [];
const walls = [];
let last;
for (let i = 0; i < 15; i += 1) {
  const { ms, wallMs, batch } = run();
  times.push(ms);
  walls.push(wallMs);
  last = batch;
}
times.sort((a, b) => a - b);
walls.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const wallMedian = walls[Math.floor(walls.length / 2)];
const perSecond = Math.round((proposals.length / median) * 1000);
const s = last.summary;
process.stdout.write(
  `readiness: ${proposals.length} proposals (${Math.round(words / proposals.length)} words each on average) against kipp-2021 in ${median.toFixed(1)} ms of CPU time (median of ${times.length}; wall ${wallMedian.toFixed(1)} ms) = ${perSecond.toLocaleString('en-US')} proposals/s on one core (target ≥ 20,000/s)\n` +
    `  ready ${s.ready}, not ready ${s.notReady}, indeterminate ${s.indeterminate}, invalid ${s.invalid}; batch findings ${last.findings.length}\n`,
);
process.exit(perSecond >= 20_000 ? 0 : 1);
