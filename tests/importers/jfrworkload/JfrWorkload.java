// The program tst_JfrImporter records with the JDK's own flight recorder
// (-XX:StartFlightRecording=...,settings=profile): a hot method for the CPU
// samples, an allocating one, a monitor four threads contend for and a thread
// that parks. It runs for the seconds given (default 2) and exits.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

public final class JfrWorkload {
    private static final Object LOCK = new Object();
    private static volatile long sink;
    private static volatile List<byte[]> kept = new ArrayList<>();

    static long spin(long n) {
        long x = 1;
        for (long i = 0; i < n; ++i)
            x = x * 6364136223846793005L + 1442695040888963407L;
        return x;
    }

    static void hot(long deadline) {
        while (System.nanoTime() < deadline)
            sink += spin(200_000);
    }

    static void allocate(long deadline) {
        while (System.nanoTime() < deadline) {
            List<byte[]> list = new ArrayList<>();
            for (int i = 0; i < 64; ++i)
                list.add(new byte[1024 * (1 + i % 32)]);
            list.add(new byte[512 * 1024]); // outside a TLAB
            kept = list;
        }
    }

    static void contend(long deadline) {
        while (System.nanoTime() < deadline) {
            synchronized (LOCK) {
                sink += spin(2_000_000);
            }
        }
    }

    static void park(long deadline) {
        while (System.nanoTime() < deadline)
            LockSupport.parkNanos(30_000_000L);
    }

    public static void main(String[] args) throws InterruptedException {
        final double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2.0;
        final long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        threads.add(new Thread(() -> hot(deadline), "hot"));
        threads.add(new Thread(() -> allocate(deadline), "allocator"));
        for (int i = 0; i < 4; ++i)
            threads.add(new Thread(() -> contend(deadline), "contender-" + i));
        threads.add(new Thread(() -> park(deadline), "parker"));
        for (Thread t : threads)
            t.start();
        for (Thread t : threads)
            t.join();
    }
}
