import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;

/**
 * Cost of one bare argon2id hash at the server's parameters (t=2, m=19 MiB, p=1), single thread, in-process.
 * Run with the source launcher against the server jar:
 *   java -cp server/target/user-svc.jar bench/HashCost.java [warmup] [count] [threads]
 * Prints one line "hashes_per_s=<rate> threads=<n> ms_per_hash=<ms>" for run.sh to parse.
 */
public final class HashCost {
    private static final int ITERATIONS = 2;
    private static final int MEMORY_KIB = 19456;
    private static final int PARALLELISM = 1;

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Argon2 argon2 = Argon2Factory.create(Argon2Types.ARGON2id);
        char[] password = "password-123".toCharArray();
        for (int i = 0; i < warmup; i++) {
            argon2.hash(ITERATIONS, MEMORY_KIB, PARALLELISM, password.clone());
        }
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                for (int i = 0; i < count; i++) {
                    argon2.hash(ITERATIONS, MEMORY_KIB, PARALLELISM, password.clone());
                }
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = threads * count / seconds;
        System.out.printf(java.util.Locale.ROOT, "hashes_per_s=%.2f threads=%d ms_per_hash=%.2f%n",
                rate, threads, 1000.0 * threads / rate);
    }
}
