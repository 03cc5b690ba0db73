package dev.usersvc.persistence;

import dev.usersvc.application.Transactions;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * One database transaction per call. On-demand SQL objects used inside run on the thread's open handle, so every
 * repository call made by the work commits or rolls back together. Nested calls join the outer transaction.
 */
public final class JdbiTransactions implements Transactions {
    private final Jdbi jdbi;

    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }
}
