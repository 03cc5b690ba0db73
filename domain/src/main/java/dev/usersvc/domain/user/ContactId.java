package dev.usersvc.domain.user;

import dev.usersvc.domain.DomainException;
import java.util.Locale;

/** A contact's unique id, for e-mail the address itself, normalised as the contract says (§10.1). */
public record ContactId(String value) {
    public ContactId {
        if (value == null || value.isBlank() || value.length() > 320 || value.chars().anyMatch(c -> c <= 32)) {
            throw DomainException.invalid("contact id must be 1 to 320 characters without spaces");
        }
    }

    /** E-mail addresses lose their {@code +tag} and case, so one mailbox is one contact. */
    public static ContactId normalized(String raw) {
        if (raw == null) {
            throw DomainException.invalid("contact id is required");
        }
        String[] parts = raw.split("@", -1);
        if (parts.length == 2) {
            String local = parts[0];
            int plus = local.indexOf('+');
            if (plus >= 0) {
                local = local.substring(0, plus);
            }
            return new ContactId((local + "@" + parts[1]).toLowerCase(Locale.ROOT));
        }
        return new ContactId(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
