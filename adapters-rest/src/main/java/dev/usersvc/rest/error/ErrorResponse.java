package dev.usersvc.rest.error;

/** The body of every failure: {@code {"error": "..."}}. */
public record ErrorResponse(String error) {
}
