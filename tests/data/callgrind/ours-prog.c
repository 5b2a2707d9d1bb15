#include <stdio.h>
static unsigned long fib(int n) { return n < 2 ? (unsigned long)n : fib(n - 1) + fib(n - 2); }
static unsigned long sum(int n) { unsigned long s = 0; for (int i = 0; i < n; ++i) s += (unsigned long)i * i; return s; }
static unsigned long work(int n) { return fib(n) + sum(n * 1000); }
int main(void) { printf("%lu %lu\n", work(20), sum(50000)); return 0; }
