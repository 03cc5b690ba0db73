package dev.usersvc.rest.user;

import dev.usersvc.application.user.Login;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.rest.json.Bodies;
import java.util.Optional;

/** Contract definition {@code LoginRequest}. */
public record LoginRequest(String appHost, String slug, String password, String device, ContactInput contact) {
    Login.Command toCommand(String clientAddress) {
        AppHost host = new AppHost(Bodies.required(appHost, "appHost"));
        Optional<ContactInput> given = Optional.ofNullable(contact).filter(c -> c.id() != null && !c.id().isEmpty());
        Optional<ContactId> contactId = given.map(ContactInput::contactId);
        Optional<Slug> checkedSlug = Bodies.present(slug).map(Login::typedSlug);
        if (checkedSlug.isEmpty() && contactId.isEmpty()) {
            throw DomainException.invalid("slug or contact is required");
        }
        return new Login.Command(host, checkedSlug, contactId, Bodies.present(password).map(Password::new),
                given.flatMap(ContactInput::otp), Bodies.device(device), clientAddress);
    }
}
