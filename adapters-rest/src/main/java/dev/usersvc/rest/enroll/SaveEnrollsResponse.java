package dev.usersvc.rest.enroll;

import java.util.List;

/** Contract definition {@code SaveEnrollsResponse}: the pending enrolls stored, always present (maybe empty). */
public record SaveEnrollsResponse(List<Enroll> enrolls) {
    static SaveEnrollsResponse from(List<dev.usersvc.domain.enroll.Enroll> enrolls) {
        return new SaveEnrollsResponse(enrolls.stream().map(Enroll::from).toList());
    }
}
