// A small program that uses the real Pyroscope Node.js SDK without naming a
// server: `pyrograph adhoc --push` names it through the environment
// (PYROSCOPE_ADHOC_SERVER_ADDRESS), as Pyroscope's adhoc mode does.
// tst_AdhocPush runs it; it prints one line and exits with the status given.
//
// Usage: node adhoc.mjs [EXIT_STATUS]

import Pyroscope from '@pyroscope/nodejs';

Pyroscope.init({
    appName: 'pyrograph-adhoc-test',
    flushIntervalMs: 1000,
    wall: { samplingDurationMs: 1000 },
});

const kept = [];

function pyrographAdhocHotLoop(ms) {
    const end = Date.now() + ms;
    let x = 0;
    while (Date.now() < end) {
        for (let i = 0; i < 10000; i++) x += Math.sqrt(i) * Math.sin(x);
        kept.push(new Array(64).fill(x));
        if (kept.length > 20000) kept.splice(0, 10000);
    }
    return x;
}

function pyrographAdhocOuterWork(ms) {
    return pyrographAdhocHotLoop(ms);
}

Pyroscope.startWallProfiling();
Pyroscope.startHeapProfiling();
const until = Date.now() + 3000;
while (Date.now() < until) {
    pyrographAdhocOuterWork(200);
    await new Promise((resolve) => setTimeout(resolve, 1));
}
await Pyroscope.stop();
console.log('adhoc program done');
process.exit(Number(process.argv[2] ?? 0));
