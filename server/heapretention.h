#pragma once

// A server parses and encodes a profile per request: a few hundred KB of
// buffers (the inflated pprof, the call tree's columns, the stored blob) made
// and freed every push. glibc hands freed memory above 128 KB at the top of a
// heap back to the kernel at once, so each push faulted its buffers in again
// and had the kernel zero them: half of IngestHandler::parse's time
// (pyrograph_benchingest: 1.97 ms per parse, 0.90 ms with the heap kept).
// HeapRetention keeps up to 64 MB of freed memory per heap instead.
class HeapRetention final
{
public:
    // Process-wide and idempotent; a no-op outside glibc.
    static void keepFreedMemory();
};
