package dev.usersvc.application.permit;

import dev.usersvc.application.Caller;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.permit.Permit;
import dev.usersvc.domain.permit.PermitFilter;
import dev.usersvc.domain.permit.PermitRepository;
import dev.usersvc.domain.role.Role;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The permissions granted to some of the caller's roles, in any app (behaviour §9.10): distinct and sorted. A
 * role the caller's token does not hold is FORBIDDEN, so nobody maps out what other roles may do.
 */
public final class ListPermissions {
    public record Command(List<Role> roles) {
        public Command {
            roles = List.copyOf(roles);
        }
    }

    private final PermitRepository permits;

    public ListPermissions(PermitRepository permits) {
        this.permits = permits;
    }

    public List<String> handle(Caller caller, Command command) {
        for (Role role : command.roles()) {
            if (!caller.roles().contains(role.value())) {
                throw DomainException.forbidden("you can only list permissions of roles you have: " + role);
            }
        }
        SortedSet<String> granted = new TreeSet<>();
        for (Role role : command.roles()) {
            PermitFilter byRole = new PermitFilter(Optional.empty(), Optional.empty(), Optional.of(role.value()),
                    Optional.empty(), Optional.empty());
            permits.list(byRole).stream().map(Permit::permission).forEach(p -> granted.add(p.value()));
        }
        return List.copyOf(granted);
    }
}
