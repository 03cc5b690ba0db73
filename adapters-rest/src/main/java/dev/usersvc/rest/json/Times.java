package dev.usersvc.rest.json;

import dev.usersvc.domain.DomainException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** RFC 3339 timestamps on the wire; unset ones are Go's zero time, which the contract's clients expect. */
public final class Times {
    public static final String ZERO = "0001-01-01T00:00:00Z";

    private Times() {
    }

    public static String format(Instant instant) {
        return instant == null ? ZERO : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    public static Instant parse(String value, String field) {
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw DomainException.invalid(field + " must be an RFC 3339 timestamp");
        }
    }
}
