package dev.usersvc.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Contract definition {@code Contact}. */
public record Contact(String id, String createdAt, String updatedAt, String platform, String handle, String userId,
                      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean verified,
                      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean isPrimary) {
    public static Contact from(dev.usersvc.domain.user.Contact contact) {
        return new Contact(contact.id().value(), Times.format(contact.createdAt()),
                Times.format(contact.updatedAt()), contact.platform(), contact.handle(), contact.userId().value(),
                contact.verified(), contact.primary());
    }
}
