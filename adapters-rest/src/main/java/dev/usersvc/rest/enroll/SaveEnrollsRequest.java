package dev.usersvc.rest.enroll;

import dev.usersvc.application.enroll.SaveEnrolls;
import dev.usersvc.domain.DomainException;
import java.util.List;

/** Contract definition {@code SaveEnrollsRequest}. */
public record SaveEnrollsRequest(List<EnrollInput> enrolls) {
    SaveEnrolls.Command toCommand() {
        if (enrolls == null || enrolls.isEmpty()) {
            throw DomainException.invalid("enrolls must not be empty");
        }
        if (enrolls.size() > SaveEnrolls.MAX_ENROLLS) {
            throw DomainException.invalid("at most " + SaveEnrolls.MAX_ENROLLS + " enrolls per request");
        }
        return new SaveEnrolls.Command(enrolls.stream().map(input -> {
            if (input == null) {
                throw DomainException.invalid("enrolls must not contain null");
            }
            return input.toItem();
        }).toList());
    }
}
