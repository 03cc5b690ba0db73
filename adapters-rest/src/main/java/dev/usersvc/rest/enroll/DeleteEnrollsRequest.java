package dev.usersvc.rest.enroll;

import dev.usersvc.application.enroll.DeleteEnrolls;
import dev.usersvc.domain.enroll.EnrollId;
import dev.usersvc.rest.json.Bodies;
import java.util.List;

/** The body of {@code DELETE /user-svc/enrolls} (ours, not in the contract): {@code {"enrollIds": [...]}}. */
public record DeleteEnrollsRequest(List<String> enrollIds) {
    DeleteEnrolls.Command toCommand() {
        return new DeleteEnrolls.Command(Bodies.list(enrollIds, EnrollId::new, DeleteEnrolls.MAX_ENROLLS,
                "enrollIds"));
    }
}
