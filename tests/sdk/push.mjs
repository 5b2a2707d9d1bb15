// The real Pyroscope Node.js SDK (@pyroscope/nodejs, pinned in
// package-lock.json) pushing to the server named on the command line, as a
// user's service would: wall profiles of CPU work in named functions, with
// static tags and dynamic labels. tst_NodeSdk runs it against pyrograph serve.
//
// Usage: node push.mjs http://127.0.0.1:PORT

import Pyroscope from '@pyroscope/nodejs';

const serverAddress = process.argv[2];
if (!serverAddress) {
    console.error('usage: node push.mjs SERVER_ADDRESS');
    process.exit(2);
}

let failures = 0;
Pyroscope.setLogger({
    debug: () => {},
    info: () => {},
    trace: () => {},
    error: (...args) => { failures++; console.error(...args); },
});

Pyroscope.init({
    serverAddress,
    appName: 'pyrograph-sdk-test',
    tags: { region: 'eu-test', build: 'ctest' },
    flushIntervalMs: 1000,
    wall: { samplingDurationMs: 1000, collectCpuTime: true },
});

function pyrographSdkHotLoop(ms) {
    const end = Date.now() + ms;
    let x = 0;
    while (Date.now() < end) {
        for (let i = 0; i < 10000; i++) x += Math.sqrt(i) * Math.sin(x);
    }
    return x;
}

function pyrographSdkOuterWork(ms) {
    return pyrographSdkHotLoop(ms);
}

Pyroscope.startWallProfiling();
const until = Date.now() + 3500;
while (Date.now() < until) {
    Pyroscope.wrapWithLabels({ vehicle: 'car' }, () => pyrographSdkOuterWork(200));
    await new Promise((resolve) => setTimeout(resolve, 1));
}
await Pyroscope.stop();
console.log(`pushed; ${failures} errors`);
process.exit(failures === 0 ? 0 : 1);
