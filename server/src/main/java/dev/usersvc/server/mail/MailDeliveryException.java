package dev.usersvc.server.mail;

/** The mail server could not be reached or refused the message; the REST side answers 503 for it. */
public final class MailDeliveryException extends RuntimeException {
    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
