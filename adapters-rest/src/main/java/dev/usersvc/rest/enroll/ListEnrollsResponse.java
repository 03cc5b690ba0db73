package dev.usersvc.rest.enroll;

import java.util.List;

/** Contract definition {@code ListEnrollsResponse}: {@code enrolls} is always present, maybe empty. */
public record ListEnrollsResponse(List<Enroll> enrolls) {
    static ListEnrollsResponse from(List<dev.usersvc.domain.enroll.Enroll> enrolls) {
        return new ListEnrollsResponse(enrolls.stream().map(Enroll::from).toList());
    }
}
