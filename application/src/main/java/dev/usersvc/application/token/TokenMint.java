package dev.usersvc.application.token;

import dev.usersvc.domain.Ids;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.organization.MembershipRepository;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.token.Token;
import dev.usersvc.domain.token.TokenClaims;
import dev.usersvc.domain.token.TokenIssuer;
import dev.usersvc.domain.token.TokenPolicy;
import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.user.Contact;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.ContactRepository;
import dev.usersvc.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Mints and stores tokens (behaviour §4.1, §8.1). Roles are computed at mint time: {@code user-svc:user} first,
 * then the roles of the user's enrolls in the token's app or every app (by user id, or by a verified contact),
 * plus {@code user-svc:admin} when the user is admin in any app. {@code oao} names the user's active organization
 * in the token's app, if any.
 */
public final class TokenMint {
    public static final String DEFAULT_DEVICE = "unknown";

    private final TokenRepository tokens;
    private final EnrollRepository enrolls;
    private final ContactRepository contacts;
    private final MembershipRepository memberships;
    private final TokenIssuer issuer;
    private final TokenPolicy policy;
    private final Clock clock;

    public TokenMint(TokenRepository tokens, EnrollRepository enrolls, ContactRepository contacts,
                     MembershipRepository memberships, TokenIssuer issuer, TokenPolicy policy, Clock clock) {
        this.tokens = tokens;
        this.enrolls = enrolls;
        this.contacts = contacts;
        this.memberships = memberships;
        this.issuer = issuer;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Login "doesn't produce a new token" (contract): the active token of (app, user, device) is handed out again
     * while it has more than half its life left. Otherwise a fresh one is minted.
     */
    public Token issueOrReuse(User user, AppId appId, String device) {
        Instant now = clock.instant();
        Optional<Token> active = tokens.findActive(appId, user.id(), device);
        if (active.isPresent()) {
            Token token = active.get();
            if (token.expiresAt().isAfter(now.plus(policy.lifetime().dividedBy(2)))) {
                return token;
            }
            tokens.deactivate(token.id());
        }
        return mint(user, appId, device);
    }

    public Token mint(User user, AppId appId, String device) {
        Token token = sign(user, appId, device);
        tokens.insert(token);
        return token;
    }

    /** A signed token not yet stored, for callers that store it inside their own transaction. */
    public Token sign(User user, AppId appId, String device) {
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        TokenClaims claims = new TokenClaims(user.id(), user.slug().value(), rolesOf(user, appId), appId, device,
                activeOrganizationOf(user, appId), Ids.randomBase62(), issuedAt, issuedAt.plus(policy.lifetime()));
        return Token.minted(claims, issuer.sign(claims));
    }

    private Optional<String> activeOrganizationOf(User user, AppId appId) {
        return memberships.activeOf(user.id(), appId).map(OrganizationId::value);
    }

    public List<String> rolesOf(User user, AppId appId) {
        List<ContactId> verified = contacts.findByUser(user.id()).stream()
                .filter(Contact::verified).map(Contact::id).toList();
        Set<String> granted = new TreeSet<>(enrolls.rolesOf(user.id(), verified, appId));
        if (enrolls.holdsAnywhere(user.id(), Role.ADMIN)) {
            granted.add(Role.ADMIN.value());
        }
        Set<String> roles = new LinkedHashSet<>();
        roles.add(Role.USER.value());
        roles.addAll(granted);
        return new ArrayList<>(roles);
    }

    public TokenPolicy policy() {
        return policy;
    }
}
