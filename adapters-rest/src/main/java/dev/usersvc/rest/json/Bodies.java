package dev.usersvc.rest.json;

import dev.usersvc.domain.DomainException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Helpers for turning optional JSON fields into domain values. */
public final class Bodies {
    private Bodies() {
    }

    /** A JSON {@code null} body reads like {@code {}}. */
    public static <T> T orEmpty(T body, T empty) {
        return body == null ? empty : body;
    }

    public static Optional<String> present(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public static <T> Optional<T> present(String value, Function<String, T> parse) {
        return present(value).map(parse);
    }

    public static String required(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw DomainException.invalid(field + " is required");
        }
        return value;
    }

    public static <T> List<T> list(List<String> values, Function<String, T> parse, int max, String field) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            throw DomainException.invalid(field + " has more than " + max + " entries");
        }
        if (values.contains(null)) {
            throw DomainException.invalid(field + " must not contain null");
        }
        return values.stream().map(parse).toList();
    }

    public static Map<String, String> map(Map<String, String> values) {
        return values == null ? Map.of() : values;
    }

    public static String device(String device) {
        if (device == null || device.isEmpty()) {
            return "unknown";
        }
        if (device.length() > 100 || device.chars().anyMatch(c -> c < 32)) {
            throw DomainException.invalid("device must be at most 100 printable characters");
        }
        return device;
    }
}
