package dev.usersvc.rest.permit;

import dev.usersvc.application.permit.SavePermits;
import dev.usersvc.domain.DomainException;
import java.util.List;

/** Contract definition {@code SavePermitsRequest}; an empty or missing list saves nothing. */
public record SavePermitsRequest(List<PermitInput> permits) {
    SavePermits.Command toCommand() {
        if (permits == null) {
            return new SavePermits.Command(List.of());
        }
        if (permits.size() > SavePermits.MAX_PERMITS) {
            throw DomainException.invalid("at most " + SavePermits.MAX_PERMITS + " permits per request");
        }
        return new SavePermits.Command(permits.stream().map(input -> {
            if (input == null) {
                throw DomainException.invalid("permits must not contain null");
            }
            return input.toItem();
        }).toList());
    }
}
