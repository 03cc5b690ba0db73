package dev.usersvc.rest.user;

import dev.usersvc.application.user.CreateUser;
import dev.usersvc.application.user.NewContact;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.rest.json.Bodies;
import java.util.List;
import java.util.Optional;

/** Contract definition {@code CreateUserRequest}; contacts come as full {@code Contact} objects. */
public record CreateUserRequest(String appHost, UserInput user, List<ContactPayload> contacts, String password,
                                List<String> roleIds) {
    /** The fields of a contract {@code Contact} that matter when creating one. */
    public record ContactPayload(String id, String platform, String handle, Boolean verified, Boolean isPrimary) {
        NewContact toNewContact() {
            ContactId contactId = ContactId.normalized(Bodies.required(id, "contacts.id"));
            return new NewContact(contactId, Bodies.required(platform, "contacts.platform"),
                    handle == null ? "" : handle, Boolean.TRUE.equals(verified), Boolean.TRUE.equals(isPrimary));
        }
    }

    CreateUser.Command toCommand() {
        if (user == null) {
            throw DomainException.invalid("user is required");
        }
        Slug slug = new Slug(user.slug());
        String name = Bodies.required(user.name(), "user.name");
        AppHost host = new AppHost(Bodies.required(appHost, "appHost"));
        List<NewContact> newContacts = contacts == null ? List.of()
                : contacts.stream().map(contact -> {
                    if (contact == null) {
                        throw DomainException.invalid("contacts must not contain null");
                    }
                    return contact.toNewContact();
                }).toList();
        return new CreateUser.Command(host, Bodies.present(user.id(), UserId::new), slug, name,
                user.thumbnailFileId(), Bodies.map(user.labels()), newContacts,
                Bodies.present(password).map(Password::newPassword),
                Bodies.list(roleIds, Role::new, 100, "roleIds"));
    }

}
