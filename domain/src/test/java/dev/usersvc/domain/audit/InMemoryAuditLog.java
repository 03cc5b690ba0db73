package dev.usersvc.domain.audit;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An {@link AuditLog} in a list that behaves like the database: unique ids, newest first, microsecond times. */
public final class InMemoryAuditLog implements AuditLog {
    static final Comparator<AuditEvent> NEWEST_FIRST = Comparator.comparing(AuditEvent::at)
            .thenComparing(event -> event.id().value()).reversed();

    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(AuditEvent event) {
        if (events.stream().anyMatch(stored -> stored.id().equals(event.id()))) {
            throw DomainException.conflict("audit event id is already taken");
        }
        events.add(event);
    }

    @Override
    public synchronized Page<AuditEvent> list(AuditQuery query) {
        return new Page<>(events.stream().filter(query::matches).sorted(NEWEST_FIRST).limit(query.limit()).toList(),
                0);
    }

    /** Forgets every event, so a test can look at what one action records. */
    public synchronized void clear() {
        events.clear();
    }

    /** Every event, oldest first: what tests assert on. */
    public synchronized List<AuditEvent> all() {
        return events.stream().sorted(NEWEST_FIRST.reversed()).toList();
    }
}
