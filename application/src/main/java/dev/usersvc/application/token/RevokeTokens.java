package dev.usersvc.application.token;

import dev.usersvc.application.Caller;
import dev.usersvc.application.Transactions;
import dev.usersvc.application.audit.Audit;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.user.UserId;
import java.time.Clock;
import java.util.Optional;

/**
 * Revokes tokens at once (decision 9). Anyone may revoke their own tokens (all, or one device's); revoking
 * another user's, or everyone's with {@code allTokens}, needs {@code user-svc:token:revoke} (FORBIDDEN).
 * {@code userId} and {@code allTokens} together are INVALID_INPUT, as in the contract.
 */
public final class RevokeTokens {
    /** The audit target of a revocation of everyone's tokens. */
    public static final String ALL_USERS = "*";

    public record Command(Optional<String> device, Optional<UserId> userId, boolean allTokens) {
    }

    private final TokenRepository tokens;
    private final Permissions permissions;
    private final RevocationList revocations;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public RevokeTokens(TokenRepository tokens, Permissions permissions, RevocationList revocations,
                        Transactions transactions, Audit audit, Clock clock) {
        this.tokens = tokens;
        this.permissions = permissions;
        this.revocations = revocations;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public int handle(Caller caller, Command command) {
        if (command.userId().isPresent() && command.allTokens()) {
            throw DomainException.invalid("userId and allTokens are mutually exclusive");
        }
        boolean someoneElse = command.allTokens()
                || command.userId().filter(id -> !id.equals(caller.userId())).isPresent();
        if (someoneElse) {
            permissions.require(caller, BuiltInPermissions.TOKEN_REVOKE);
        }
        Optional<UserId> target = command.allTokens() ? Optional.empty()
                : Optional.of(command.userId().orElse(caller.userId()));
        int revoked = transactions.inTransaction(() -> {
            int count = tokens.revoke(target, command.device(), clock.instant());
            audit.record(caller, AuditAction.TOKENS_REVOKE, target.map(UserId::value).orElse(ALL_USERS),
                    Optional.empty(), count + " revoked" + command.device().map(d -> ", device " + d).orElse(""));
            return count;
        });
        revocations.sync();
        return revoked;
    }
}
