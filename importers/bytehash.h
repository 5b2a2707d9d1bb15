#pragma once

#include <QtGlobal>

#include <cstring>

// The hash of the importers' frame tables (collapsed names, perf script raw
// frames): keys of about 100 bytes, hashed millions of times per file. Two
// independent multiply lanes over 16 bytes a step halve the dependent chain of
// one lane over 8-byte words. The tail is read as the key's last eight bytes
// (overlapping the words before) instead of through a variable-length memcpy,
// whose call and store-to-load stall cost 8% of a perf script parse. Never 0,
// so that 0 can mark an empty slot.
inline quint64 hashBytes(const char *p, size_t n)
{
    const auto load = [](const char *at) {
        quint64 x;
        std::memcpy(&x, at, 8);
        return x;
    };
    quint64 a = 0x9e3779b97f4a7c15ull ^ n, b = 0xc2b2ae3d27d4eb4full;
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        a = (a ^ load(p + i)) * 0xff51afd7ed558ccdull;
        b = (b ^ load(p + i + 8)) * 0xc4ceb9fe1a85ec53ull;
        a ^= a >> 32;
        b ^= b >> 29;
    }
    if (i + 8 <= n) {
        a = (a ^ load(p + i)) * 0xff51afd7ed558ccdull;
        i += 8;
    }
    if (i < n) {
        quint64 x = 0;
        if (n >= 8) {
            x = load(p + n - 8);
        } else {
            for (size_t k = 0; k < n; ++k)
                x |= quint64(quint8(p[k])) << (8 * k);
        }
        b = (b ^ x) * 0xc4ceb9fe1a85ec53ull;
    }
    quint64 h = (a ^ (b >> 31) ^ (b << 33)) * 0x94d049bb133111ebull;
    h ^= h >> 31;
    return h | 1;
}
