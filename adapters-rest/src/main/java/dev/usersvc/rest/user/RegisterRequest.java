package dev.usersvc.rest.user;

import dev.usersvc.application.user.Register;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.rest.json.Bodies;
import java.util.Optional;

/** Contract definition {@code RegisterRequest}. */
public record RegisterRequest(String appHost, String slug, String name, String password, String device,
                              ContactInput contact) {
    Register.Command toCommand(String clientAddress) {
        Slug checkedSlug = new Slug(slug); // the contract reports a bad slug before a missing app host
        Optional<ContactInput> given = Optional.ofNullable(contact).filter(c -> c.id() != null && !c.id().isEmpty());
        return new Register.Command(new AppHost(Bodies.required(appHost, "appHost")), checkedSlug, name,
                new Password(password), Bodies.device(device), given.map(ContactInput::toNewContact),
                given.flatMap(ContactInput::otp), clientAddress);
    }
}
