#!/usr/bin/env node
// `npm run audit:deps`: fails on a high or critical advisory in production dependencies.
// `npm audit` needs the registry's bulk advisory endpoint; where that endpoint cannot be
// reached (some mirrors answer 405), this says so loudly and still checks the packages whose
// known advisories matter most against the first releases that fixed them. The floor check
// runs in both cases: a pinned version must never slide back below a fix.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const FLOORS = [
  // CVE-2025-29927: middleware/proxy authorisation bypass via x-middleware-subrequest (fixed 15.2.3).
  // CVE-2025-55182 (Dec 2025): RSC "Flight" remote code execution, fixed in Next 16.0.7; the
  // follow-up advisories (CVE-2025-55183 source exposure, CVE-2025-55184 denial of service)
  // were fixed in later 16.0.x patches, so the floor is the newest of those.
  { name: 'next', min: '16.0.10', why: 'CVE-2025-29927 middleware bypass; CVE-2025-55182/55183/55184 React Server Components' },
  // React's RSC packages: 19.2.1 fixed CVE-2025-55182, 19.2.3 the follow-ups.
  { name: 'react', min: '19.2.3', why: 'CVE-2025-55182/55183/55184 React Server Components' },
  { name: 'react-dom', min: '19.2.3', why: 'CVE-2025-55182/55183/55184 React Server Components' },
  { name: 'react-server-dom-webpack', min: '19.2.3', why: 'CVE-2025-55182 React Server Components', optional: true },
  { name: 'react-server-dom-turbopack', min: '19.2.3', why: 'CVE-2025-55182 React Server Components', optional: true },
  // next-auth's email-provider misdelivery advisory (2025), fixed in 4.24.12.
  { name: 'next-auth', min: '4.24.12', why: 'email misdelivery advisory fixed in 4.24.12' },
];

const root = path.resolve(import.meta.dirname, '..');

function installedVersion(name) {
  try {
    return JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

function compare(a, b) {
  const pa = a.split(/[.+-]/).slice(0, 3).map(Number);
  const pb = b.split(/[.+-]/).slice(0, 3).map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) - (pb[i] || 0);
  return 0;
}

function checkFloors() {
  let failed = false;
  for (const f of FLOORS) {
    const v = installedVersion(f.name);
    if (!v) {
      if (!f.optional) {
        console.error(`✗ ${f.name} is not installed (run npm ci first)`);
        failed = true;
      }
      continue;
    }
    const ok = compare(v, f.min) >= 0;
    console.log(`${ok ? '✓' : '✗'} ${f.name} ${v} ${ok ? '≥' : '<'} ${f.min}  (${f.why})`);
    if (!ok) failed = true;
  }
  return !failed;
}

function runNpmAudit() {
  const r = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  let report;
  try {
    report = JSON.parse(r.stdout || '{}');
  } catch {
    report = {};
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    const reason = report.message ?? report.error?.summary ?? (r.stderr || '').split('\n').find((l) => /error/i.test(l)) ?? `exit ${r.status}`;
    return { reachable: false, reason: String(reason).trim() };
  }
  const serious = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => `${name} (${v.severity}) ${v.range ?? ''}`);
  return { reachable: true, high: counts.high ?? 0, critical: counts.critical ?? 0, serious };
}

const audit = runNpmAudit();
let ok = true;
if (audit.reachable) {
  console.log(`npm audit (production dependencies): ${audit.critical} critical, ${audit.high} high.`);
  for (const s of audit.serious) console.error(`✗ ${s}`);
  if (audit.high + audit.critical > 0) ok = false;
} else {
  console.warn('\n⚠ WARNING: npm audit could not reach the registry\'s advisory endpoint:');
  console.warn(`  ${audit.reason}`);
  console.warn('  Advisories were NOT checked online. Falling back to the minimum safe versions below.\n');
}
console.log('Minimum safe versions:');
if (!checkFloors()) ok = false;
if (!ok) {
  console.error('\naudit:deps FAILED');
  process.exit(1);
}
console.log(`\naudit:deps passed${audit.reachable ? '' : ' (offline fallback: version floors only)'}.`);
