package dev.usersvc.domain.enroll;

import java.time.Instant;

/** Where a page of enrolls ended: the (creation time, id) of its last enroll, for the next keyset page. */
public record EnrollCursor(Instant createdAt, EnrollId id) {
    public static EnrollCursor of(Enroll enroll) {
        return new EnrollCursor(enroll.createdAt(), enroll.id());
    }
}
