package dev.usersvc.domain.otp;

import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.PasswordHash;
import java.time.Instant;
import java.util.Optional;

/**
 * A one-time code sent to a contact. Only its hash is stored; it is single-use, expires, and dies after a bounded
 * number of wrong attempts.
 */
public record Otp(OtpId id, AppId appId, ContactId contactId, String platform, PasswordHash codeHash,
                  Instant createdAt, Instant expiresAt, int attempts, Optional<Instant> usedAt) {

    public boolean isUsableAt(Instant now, int maxAttempts) {
        return usedAt.isEmpty() && now.isBefore(expiresAt) && attempts < maxAttempts;
    }
}
