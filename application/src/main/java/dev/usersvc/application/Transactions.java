package dev.usersvc.application;

import java.util.function.Supplier;

/** Runs work in one database transaction; on-demand repositories called inside join it. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
