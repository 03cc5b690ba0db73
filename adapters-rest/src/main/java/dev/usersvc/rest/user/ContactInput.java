package dev.usersvc.rest.user;

import dev.usersvc.application.otp.OtpProof;
import dev.usersvc.application.user.NewContact;
import dev.usersvc.domain.otp.OtpId;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.rest.json.Bodies;
import java.util.Optional;

/** Contract definition {@code ContactInput}. */
public record ContactInput(String id, String platform, String otpId, String otpCode) {
    ContactId contactId() {
        return ContactId.normalized(Bodies.required(id, "contact.id"));
    }

    /** The one-time code sent to this contact, when the client gives one. */
    Optional<OtpProof> otp() {
        if ((otpId == null || otpId.isEmpty()) && (otpCode == null || otpCode.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new OtpProof(new OtpId(Bodies.required(otpId, "contact.otpId")),
                Bodies.required(otpCode, "contact.otpCode")));
    }

    NewContact toNewContact() {
        ContactId contactId = contactId();
        return new NewContact(contactId, Bodies.required(platform, "contact.platform"), contactId.value(), false,
                true);
    }
}
