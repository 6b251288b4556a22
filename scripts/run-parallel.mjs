/**
 * Runs npm scripts side by side and reports each one's output whole, in the order given; exits
 * non-zero when any fails. The static checks are single-threaded, so on two cores two at a time
 * finish in about half the time of one after another.
 */
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node scripts/run-parallel.mjs <npm script>...');
  process.exit(2);
}

function run(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', script], { shell: false });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      resolve({ script, code, output, seconds: (Date.now() - started) / 1000 }),
    );
  });
}

const results = await Promise.all(scripts.map(run));
let failed = false;
for (const { script, code, output, seconds } of results) {
  console.log(
    `== ${script}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${seconds.toFixed(1)} s`,
  );
  if (output.trim()) console.log(output.trimEnd());
  failed ||= code !== 0;
}
process.exit(failed ? 1 : 0);
