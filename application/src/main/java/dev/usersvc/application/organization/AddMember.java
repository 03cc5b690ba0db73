package dev.usersvc.application.organization;

import dev.usersvc.application.Caller;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserRepository;
import java.util.Optional;

/**
 * {@link SaveMembership} for a user named by slug or by id, as a person types it into the console. The caller must
 * administer the organization before the name is looked up, so a refused caller learns nothing about who exists.
 * INVALID_INPUT for an empty name, NOT_FOUND for nobody by that slug or id; everything else as SaveMembership.
 */
public final class AddMember {
    public record Command(OrganizationId organizationId, String user) {
    }

    private final OrganizationAccess access;
    private final UserRepository users;
    private final SaveMembership saveMembership;

    public AddMember(OrganizationAccess access, UserRepository users, SaveMembership saveMembership) {
        this.access = access;
        this.users = users;
        this.saveMembership = saveMembership;
    }

    /** Returns the user added. */
    public User handle(Caller caller, Command command) {
        access.administeredBy(caller, command.organizationId());
        String typed = command.user() == null ? "" : command.user().strip();
        if (typed.isEmpty()) {
            throw DomainException.invalid("enter a user slug or id");
        }
        User user = bySlug(typed).or(() -> byId(typed))
                .orElseThrow(() -> DomainException.notFound("no user with that slug or id"));
        saveMembership.handle(caller, new SaveMembership.Command(command.organizationId(), user.id()));
        return user;
    }

    private Optional<User> bySlug(String typed) {
        try {
            return users.findBySlug(new Slug(typed));
        } catch (DomainException notASlug) {
            return Optional.empty();
        }
    }

    private Optional<User> byId(String typed) {
        try {
            return users.findById(new UserId(typed));
        } catch (DomainException notAnId) {
            return Optional.empty();
        }
    }
}
