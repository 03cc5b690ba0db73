package dev.usersvc.application;

import java.util.function.Supplier;

/**
 * Runs the work directly. The in-memory fakes apply each write at once, so nothing is rolled back on failure;
 * tests that need rollback run against {@code JdbiTransactions}.
 */
public final class InMemoryTransactions implements Transactions {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
