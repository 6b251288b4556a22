/**
 * Makes sure /usr/bin/python3 can import networkx before the unit tests run: one of them reads
 * our GraphML and GEXF exports with it (tests/unit/export/networkx.test.ts). As root on a
 * Debian-like system it installs the `python3-networkx` package; otherwise it says what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Debian's Python, where python3-networkx installs; a pyenv or venv python on PATH would not see it.
const PYTHON = '/usr/bin/python3';

function fail(message) {
  console.error(`ensure-networkx: ${message}`);
  process.exit(1);
}

/** networkx's version as /usr/bin/python3 imports it, or undefined when it cannot. */
function networkxVersion() {
  try {
    return execFileSync(PYTHON, ['-c', 'import networkx; print(networkx.__version__)'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

let version = networkxVersion();
if (!version) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    fail(
      `${PYTHON} cannot import networkx. Install it (Debian/Ubuntu: sudo apt-get install python3-networkx; elsewhere: ${PYTHON} -m pip install networkx).`,
    );
  }
  console.log('ensure-networkx: installing Debian package "python3-networkx" with apt-get...');
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    // The readers need networkx alone, not its recommended numpy, scipy and matplotlib.
    execFileSync(
      'apt-get',
      ['install', '-y', '-qq', '--no-install-recommends', 'python3-networkx'],
      { stdio: 'inherit', env },
    );
  } catch {
    fail('apt-get could not install "python3-networkx". Install it by hand.');
  }
  version = networkxVersion();
  if (!version) fail(`apt-get finished, but ${PYTHON} still cannot import networkx.`);
}
console.log(`ensure-networkx: using networkx ${version} with ${PYTHON}`);
