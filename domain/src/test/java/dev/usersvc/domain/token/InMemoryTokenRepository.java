package dev.usersvc.domain.token;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link TokenRepository} in maps that behaves like the database, revocation log and sequence included. */
public final class InMemoryTokenRepository implements TokenRepository {
    private final Map<TokenId, Token> tokens = new LinkedHashMap<>();
    private final List<Revocation> revocations = new ArrayList<>();
    private long lastSequence;

    @Override
    public synchronized void insert(Token token) {
        if (tokens.containsKey(token.id()) || findByJti(token.jti()).isPresent()) {
            throw DomainException.conflict("token is already taken");
        }
        tokens.put(token.id(), asStored(token));
    }

    @Override
    public synchronized Optional<Token> findByJti(String jti) {
        return tokens.values().stream().filter(token -> token.jti().equals(jti)).findFirst();
    }

    @Override
    public synchronized Optional<Token> findById(TokenId id) {
        return Optional.ofNullable(tokens.get(id));
    }

    @Override
    public synchronized Optional<Token> findActive(AppId appId, UserId userId, String device) {
        return tokens.values().stream()
                .filter(token -> token.active() && !token.isRevoked() && token.appId().equals(appId)
                        && token.userId().equals(userId) && token.device().equals(device))
                .max(Comparator.comparing(Token::createdAt).thenComparing(token -> token.id().value()));
    }

    @Override
    public synchronized void deactivate(TokenId id) {
        tokens.computeIfPresent(id, (key, token) -> withActive(token, false));
    }

    @Override
    public synchronized void deactivateAll(UserId userId, AppId appId) {
        tokens.replaceAll((key, token) -> token.userId().equals(userId)
                && (appId.isAll() || token.appId().equals(appId)) ? withActive(token, false) : token);
    }

    @Override
    public synchronized boolean claimRefresh(TokenId refreshed, TokenId successor, Instant now) {
        Token token = tokens.get(refreshed);
        if (token == null || token.successorId().isPresent()) {
            return false;
        }
        tokens.put(refreshed, new Token(token.id(), token.jti(), token.appId(), token.userId(), token.device(),
                token.jwt(), false, token.createdAt(), token.expiresAt(), Optional.of(micros(now)),
                Optional.of(successor), token.revokedAt()));
        return true;
    }

    @Override
    public synchronized int revoke(Optional<UserId> userId, Optional<String> device, Instant now) {
        List<Token> matching = tokens.values().stream()
                .filter(token -> !token.isRevoked())
                .filter(token -> userId.map(token.userId()::equals).orElse(true))
                .filter(token -> device.map(token.device()::equals).orElse(true))
                .sorted(Comparator.comparing(Token::createdAt).thenComparing(token -> token.id().value()))
                .toList();
        for (Token token : matching) {
            if (token.expiresAt().isAfter(now)) {
                revocations.add(new Revocation(++lastSequence, token.jti(), token.expiresAt()));
            }
            tokens.put(token.id(), new Token(token.id(), token.jti(), token.appId(), token.userId(), token.device(),
                    token.jwt(), false, token.createdAt(), token.expiresAt(), token.lastRefreshedAt(),
                    token.successorId(), Optional.of(micros(now))));
        }
        return matching.size();
    }

    @Override
    public synchronized List<Revocation> revocationsAfter(long sequence, Instant now) {
        return revocations.stream()
                .filter(revocation -> revocation.sequence() > sequence && revocation.expiresAt().isAfter(now))
                .toList();
    }

    @Override
    public synchronized long countByUser(UserId userId) {
        return tokens.values().stream().filter(token -> token.userId().equals(userId) && !token.isRevoked()).count();
    }

    @Override
    public synchronized long countLive(Instant now) {
        return tokens.values().stream().filter(token -> !token.isRevoked() && token.expiresAt().isAfter(now)).count();
    }

    @Override
    public synchronized List<DeviceTokens> devicesOf(UserId userId, Instant now) {
        Map<String, List<Token>> byDevice = new LinkedHashMap<>();
        tokens.values().stream().filter(token -> token.userId().equals(userId))
                .forEach(token -> byDevice.computeIfAbsent(token.device(), key -> new ArrayList<>()).add(token));
        return byDevice.entrySet().stream()
                .map(entry -> new DeviceTokens(entry.getKey(),
                        entry.getValue().stream().filter(token -> !token.isRevoked()).count(),
                        entry.getValue().stream().filter(token -> !token.isRevoked() && token.expiresAt().isAfter(now))
                                .count(),
                        entry.getValue().stream().map(Token::createdAt).max(Comparator.naturalOrder()).orElseThrow()))
                .sorted(Comparator.comparing(DeviceTokens::lastIssuedAt).reversed()
                        .thenComparing(DeviceTokens::device))
                .toList();
    }

    @Override
    public synchronized int purge(Instant cutoff) {
        int before = tokens.size() + revocations.size();
        tokens.values().removeIf(token -> token.createdAt().isBefore(cutoff));
        revocations.removeIf(revocation -> revocation.expiresAt().isBefore(cutoff));
        return before - tokens.size() - revocations.size();
    }

    /** What {@code UserRepository.delete} does to the user's tokens. */
    public synchronized void deleteByUser(UserId userId) {
        tokens.values().removeIf(token -> token.userId().equals(userId));
    }

    private static Token withActive(Token token, boolean active) {
        return new Token(token.id(), token.jti(), token.appId(), token.userId(), token.device(), token.jwt(), active,
                token.createdAt(), token.expiresAt(), token.lastRefreshedAt(), token.successorId(), token.revokedAt());
    }

    private static Token asStored(Token token) {
        return new Token(token.id(), token.jti(), token.appId(), token.userId(), token.device(), token.jwt(),
                token.active(), micros(token.createdAt()), micros(token.expiresAt()),
                token.lastRefreshedAt().map(InMemoryTokenRepository::micros), token.successorId(),
                token.revokedAt().map(InMemoryTokenRepository::micros));
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
