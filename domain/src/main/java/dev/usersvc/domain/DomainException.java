package dev.usersvc.domain;

/** The one exception domain and application code throw. Its message is shown to clients: keep it short and safe. */
public class DomainException extends RuntimeException {
    private final ErrorKind kind;

    public DomainException(ErrorKind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }

    public static DomainException invalid(String message) {
        return new DomainException(ErrorKind.INVALID_INPUT, message);
    }

    public static DomainException notFound(String message) {
        return new DomainException(ErrorKind.NOT_FOUND, message);
    }

    public static DomainException forbidden(String message) {
        return new DomainException(ErrorKind.FORBIDDEN, message);
    }

    public static DomainException unauthenticated(String message) {
        return new DomainException(ErrorKind.UNAUTHENTICATED, message);
    }

    public static DomainException conflict(String message) {
        return new DomainException(ErrorKind.CONFLICT, message);
    }
}
