package dev.usersvc.domain.audit;

import dev.usersvc.domain.DomainException;
import java.util.Arrays;

/** The writes that change who may do what (decision 16), named on the wire as {@code area.verb}. */
public enum AuditAction {
    USER_REGISTER("user.register"),
    USER_CREATE("user.create"),
    USER_EDIT("user.edit"),
    USER_DELETE("user.delete"),
    USER_PASSWORD_CHANGE("user.password-change"),
    USER_PASSWORD_RESET("user.password-reset"),
    PERMIT_SAVE("permit.save"),
    PERMIT_DELETE("permit.delete"),
    ENROLL_SAVE("enroll.save"),
    ENROLL_DELETE("enroll.delete"),
    ORGANIZATION_SAVE("organization.save"),
    MEMBERSHIP_SAVE("membership.save"),
    MEMBERSHIP_DELETE("membership.delete"),
    TOKENS_REVOKE("tokens.revoke"),
    APP_UPDATE("app.update");

    private final String value;

    AuditAction(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** INVALID_INPUT for a name that is not an action. */
    public static AuditAction of(String value) {
        return Arrays.stream(values()).filter(action -> action.value.equals(value)).findFirst()
                .orElseThrow(() -> DomainException.invalid("unknown audit action: " + value));
    }
}
