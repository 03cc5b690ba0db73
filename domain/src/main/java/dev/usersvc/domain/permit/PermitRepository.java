package dev.usersvc.domain.permit;

import java.util.List;
import java.util.Optional;

/**
 * Stores permits. Every write bumps {@link #version()}, which nodes poll to know when their in-memory
 * {@link PermitIndex} is stale.
 */
public interface PermitRepository {
    /** Inserts, or replaces the permit with the same id. */
    void save(Permit permit);

    Optional<Permit> findById(PermitId id);

    List<Permit> findAll();

    List<Permit> list(PermitFilter filter);

    void delete(PermitId id);

    long version();

    /** Every permit, in every app. */
    long count();
}
