package dev.usersvc.application.user;

import dev.usersvc.application.Caller;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.domain.Page;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.ContactRepository;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserQuery;
import dev.usersvc.domain.user.UserRepository;
import java.util.List;
import java.util.Map;

/** Lists users with filters and a keyset cursor (needs {@code user-svc:user:view}). */
public final class ListUsers {
    public record Result(Page<User> page, Map<UserId, List<ContactId>> contactIds) {
    }

    private final UserRepository users;
    private final ContactRepository contacts;
    private final Permissions permissions;

    public ListUsers(UserRepository users, ContactRepository contacts, Permissions permissions) {
        this.users = users;
        this.contacts = contacts;
        this.permissions = permissions;
    }

    public Result handle(Caller caller, UserQuery query) {
        permissions.require(caller, BuiltInPermissions.USER_VIEW);
        Page<User> page = users.list(query);
        return new Result(page, contacts.contactIdsOf(page.items().stream().map(User::id).toList()));
    }
}
