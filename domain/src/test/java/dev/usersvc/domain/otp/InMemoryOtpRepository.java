package dev.usersvc.domain.otp;

import dev.usersvc.domain.DomainException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link OtpRepository} in a map, behaving like the database (microsecond times, conditional use). */
public final class InMemoryOtpRepository implements OtpRepository {
    private final Map<OtpId, Otp> otps = new HashMap<>();

    @Override
    public synchronized void insert(Otp otp) {
        if (otps.containsKey(otp.id())) {
            throw DomainException.conflict("otp id is already taken");
        }
        otps.put(otp.id(), new Otp(otp.id(), otp.appId(), otp.contactId(), otp.platform(), otp.codeHash(),
                otp.createdAt().truncatedTo(ChronoUnit.MICROS), otp.expiresAt().truncatedTo(ChronoUnit.MICROS),
                otp.attempts(), otp.usedAt().map(at -> at.truncatedTo(ChronoUnit.MICROS))));
    }

    @Override
    public synchronized Optional<Otp> findById(OtpId id) {
        return Optional.ofNullable(otps.get(id));
    }

    @Override
    public synchronized void countAttempt(OtpId id) {
        otps.computeIfPresent(id, (key, otp) -> new Otp(otp.id(), otp.appId(), otp.contactId(), otp.platform(),
                otp.codeHash(), otp.createdAt(), otp.expiresAt(), otp.attempts() + 1, otp.usedAt()));
    }

    @Override
    public synchronized boolean markUsed(OtpId id, Instant now) {
        Otp otp = otps.get(id);
        if (otp == null || otp.usedAt().isPresent()) {
            return false;
        }
        otps.put(id, new Otp(otp.id(), otp.appId(), otp.contactId(), otp.platform(), otp.codeHash(),
                otp.createdAt(), otp.expiresAt(), otp.attempts(), Optional.of(now.truncatedTo(ChronoUnit.MICROS))));
        return true;
    }
}
