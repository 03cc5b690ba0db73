package dev.usersvc.domain.otp;

/** A message to one address. */
public record Mail(String to, String subject, String body, String contentType, String fromName,
                   String fromEmail) {
    @Override
    public String toString() {
        return "Mail[to=" + to + ", subject=" + subject + "]"; // the body carries a code: never in logs by accident
    }
}
