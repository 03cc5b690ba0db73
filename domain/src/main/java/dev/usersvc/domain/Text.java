package dev.usersvc.domain;

/** Checks on free text that ends up in the store and in the console. */
public final class Text {
    private Text() {
    }

    /** Null becomes empty; control characters and oversize values are refused. */
    public static String optional(String value, int maxLength, String what) {
        if (value == null) {
            return "";
        }
        if (value.length() > maxLength) {
            throw DomainException.invalid(what + " must be at most " + maxLength + " characters");
        }
        if (value.chars().anyMatch(c -> c < 32 && c != '\t')) {
            throw DomainException.invalid(what + " must not contain control characters");
        }
        return value;
    }

    public static String required(String value, int maxLength, String what) {
        String checked = optional(value, maxLength, what);
        if (checked.isBlank()) {
            throw DomainException.invalid(what + " is required");
        }
        return checked;
    }
}
