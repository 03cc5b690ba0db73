package dev.usersvc.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.session.ConsoleSession;
import dev.usersvc.domain.session.InMemoryConsoleSessionRepository;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.web.ConsoleSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionStoreTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final ConsoleSettings SETTINGS = new ConsoleSettings(Duration.ofMinutes(30), Duration.ofHours(12));

    private final MutableClock clock = new MutableClock();
    private final InMemoryConsoleSessionRepository repository = new InMemoryConsoleSessionRepository();
    private final Tokens tokens = new Tokens();
    private final SessionStore store = new SessionStore(repository, tokens, SETTINGS, clock);
    /** A second node on the same database. */
    private final SessionStore otherNode = new SessionStore(repository, tokens, SETTINGS, clock);

    private SessionStore.Created signIn(String slug) {
        String token = "jwt-" + slug;
        Caller caller = tokens.issue(token, slug, START.plus(Duration.ofHours(13)));
        return store.create(caller, token);
    }

    private ConsoleSession row(SessionStore.Created created) {
        return repository.find(SessionStore.key(created.id())).orElseThrow();
    }

    @Test
    void findsASessionByItsIdWithItsCallerAndAFreshCsrfToken() {
        SessionStore.Created created = signIn("root");

        Session found = store.find(created.id()).orElseThrow();
        assertThat(found.caller().slug()).isEqualTo("root");
        assertThat(found.token()).isEqualTo("jwt-root");
        assertThat(found.csrfToken()).hasSize(43).isNotEqualTo(created.id())
                .isEqualTo(created.session().csrfToken());
        assertThat(created.id()).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void storesTheSessionUnderAHashOfItsIdNeverTheIdItself() {
        SessionStore.Created created = signIn("root");

        ConsoleSession stored = row(created);
        assertThat(stored.idHash()).isNotEqualTo(created.id()).hasSize(43);
        assertThat(repository.find(created.id())).isEmpty();
        assertThat(stored.toString()).doesNotContain(created.id()).doesNotContain("jwt-root");
    }

    @Test
    void anotherNodeOnTheSameStoreFindsTheSession() {
        SessionStore.Created created = signIn("root");

        Session found = otherNode.find(created.id()).orElseThrow();

        assertThat(found.caller().slug()).isEqualTo("root");
        assertThat(found.csrfToken()).isEqualTo(created.session().csrfToken());
    }

    @Test
    void givesEverySessionItsOwnIdAndToken() {
        SessionStore.Created one = signIn("root");
        SessionStore.Created two = signIn("root");

        assertThat(one.id()).isNotEqualTo(two.id());
        assertThat(one.session().csrfToken()).isNotEqualTo(two.session().csrfToken());
    }

    @Test
    void findsNothingForAnUnknownEmptyOrMissingId() {
        signIn("root");

        assertThat(store.find("not-a-session")).isEmpty();
        assertThat(store.find("")).isEmpty();
        assertThat(store.find(null)).isEmpty();
    }

    @Test
    void endsASessionLeftIdleForTheTimeout() {
        SessionStore.Created created = signIn("root");

        clock.advance(Duration.ofMinutes(30));

        assertThat(store.find(created.id())).isEmpty();
        assertThat(repository.size()).isZero();
    }

    @Test
    void keepsAnActiveSessionAliveBeyondTheIdleTimeout() {
        SessionStore.Created created = signIn("root");

        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(otherNode.find(created.id())).isPresent();
        }
    }

    @Test
    void endsEvenAnActiveSessionAtItsMaxLifetime() {
        SessionStore.Created created = signIn("root");
        for (int i = 0; i < 35; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(store.find(created.id())).isPresent();
        }

        clock.advance(Duration.ofMinutes(20)); // 12 hours since sign-in

        assertThat(store.find(created.id())).isEmpty();
    }

    @Test
    void writesLastSeenOnlyWhenItMovedByAMinuteOrMore() {
        SessionStore.Created created = signIn("root");

        clock.advance(Duration.ofSeconds(59));
        store.find(created.id());
        assertThat(row(created).lastSeenAt()).isEqualTo(START);

        clock.advance(Duration.ofSeconds(1));
        store.find(created.id());
        assertThat(row(created).lastSeenAt()).isEqualTo(START.plusSeconds(60));
        assertThat(row(created).expiresAt()).isEqualTo(START.plusSeconds(60).plus(Duration.ofMinutes(30)));
    }

    @Test
    void signOutDeletesTheSessionOnEveryNode() {
        SessionStore.Created created = signIn("root");

        store.delete(created.id());

        assertThat(otherNode.find(created.id())).isEmpty();
        assertThat(repository.size()).isZero();
    }

    @Test
    void renewingASessionReplacesItsCallerAndTokenButKeepsItsIdAndCsrfToken() {
        SessionStore.Created created = signIn("root");
        String csrf = created.session().csrfToken();
        Caller renewed = tokens.issue("jwt-renewed", "root-renewed", START.plus(Duration.ofHours(13)));

        created.session().renew(renewed, "jwt-renewed");

        Session found = otherNode.find(created.id()).orElseThrow();
        assertThat(found.caller().slug()).isEqualTo("root-renewed");
        assertThat(found.token()).isEqualTo("jwt-renewed");
        assertThat(found.csrfToken()).isEqualTo(csrf);
    }

    @Test
    void refreshesAnExpiredTokenAndKeepsTheNewOne() {
        Caller caller = tokens.issue("jwt-short", "root", START.plusSeconds(300));
        SessionStore.Created created = store.create(caller, "jwt-short");
        tokens.refreshes.put("jwt-short", "jwt-fresh");
        tokens.issue("jwt-fresh", "root-with-new-roles", START.plus(Duration.ofHours(1)));

        clock.advance(Duration.ofSeconds(300)); // the token's expiry, still within the verifier's leeway
        Session found = store.find(created.id()).orElseThrow();

        assertThat(found.caller().slug()).isEqualTo("root-with-new-roles");
        assertThat(found.token()).isEqualTo("jwt-fresh");
        assertThat(row(created).token()).isEqualTo("jwt-fresh");
        assertThat(otherNode.find(created.id()).orElseThrow().caller().slug()).isEqualTo("root-with-new-roles");
    }

    @Test
    void endsTheSessionWhenItsTokenIsRevoked() {
        SessionStore.Created created = signIn("root");
        tokens.refreshes.put("jwt-root", "jwt-never-used");

        tokens.revoked.put("jwt-root", true); // the user was deleted or their tokens revoked

        assertThat(store.find(created.id())).isEmpty();
        assertThat(repository.size()).isZero();
    }

    @Test
    void endsTheSessionWhenAnExpiredTokenCannotBeRefreshed() {
        Caller caller = tokens.issue("jwt-short", "root", START.plusSeconds(300));
        SessionStore.Created created = store.create(caller, "jwt-short");

        clock.advance(Duration.ofSeconds(301));

        assertThat(store.find(created.id())).isEmpty();
        assertThat(repository.size()).isZero();
    }

    @Test
    void showsAFlashMessageOnceOnWhicheverNodeServesTheNextPage() {
        SessionStore.Created created = signIn("root");
        created.session().flash("User ada created.");

        assertThat(otherNode.find(created.id()).orElseThrow().takeFlash()).contains("User ada created.");
        assertThat(store.find(created.id()).orElseThrow().takeFlash()).isEmpty();
        assertThat(otherNode.find(created.id()).orElseThrow().takeFlash()).isEmpty();
    }

    @Test
    void showsAFlashMessageOnceInTheSameRequest() {
        Session session = signIn("root").session();
        session.flash("Signed in as root.");

        assertThat(session.takeFlash()).contains("Signed in as root.");
        assertThat(session.takeFlash()).isEmpty();
    }

    @Test
    void twoPagesLoadedAtOnceShowTheFlashOnlyOnce() {
        SessionStore.Created created = signIn("root");
        created.session().flash("Permit saved.");
        Session tabOne = store.find(created.id()).orElseThrow();
        Session tabTwo = otherNode.find(created.id()).orElseThrow();

        Optional<String> one = tabOne.takeFlash();
        Optional<String> two = tabTwo.takeFlash();

        assertThat(one).contains("Permit saved.");
        assertThat(two).isEmpty();
    }

    @Test
    void neverPrintsTheSessionId() {
        SessionStore.Created created = signIn("root");

        assertThat(created.toString()).doesNotContain(created.id());
    }

    @Test
    void writesStrictHttpOnlyCookiesScopedToTheConsole() {
        assertThat(SessionCookies.session("abc", false))
                .isEqualTo("usersvc_session=abc; Path=/admin; HttpOnly; SameSite=Strict");
        assertThat(SessionCookies.session("abc", true))
                .isEqualTo("usersvc_session=abc; Path=/admin; HttpOnly; SameSite=Strict; Secure");
        assertThat(SessionCookies.clearSession(true))
                .isEqualTo("usersvc_session=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0; Secure");
        assertThat(SessionCookies.signInCsrf("t", false))
                .isEqualTo("usersvc_csrf=t; Path=/admin/sign-in; HttpOnly; SameSite=Strict");
    }

    /**
     * Tokens as the use cases treat them: a known token authenticates (whatever its expiry: the verifier's leeway is
     * the store's business), a revoked one does not, and only a token with a successor refreshes.
     */
    private static final class Tokens implements SessionStore.Authenticator {
        final Map<String, Caller> callers = new HashMap<>();
        final Map<String, Boolean> revoked = new HashMap<>();
        final Map<String, String> refreshes = new HashMap<>();
        private final UserId userId = UserId.random();

        Caller issue(String token, String slug, Instant expiresAt) {
            Caller caller = new Caller(userId, slug, List.of("user-svc:admin"), AppId.random(), "admin-console",
                    Optional.empty(), "jti-" + token, expiresAt);
            callers.put(token, caller);
            return caller;
        }

        @Override
        public Caller authenticate(String token) {
            if (revoked.containsKey(token) || !callers.containsKey(token)) {
                throw DomainException.unauthenticated("invalid token");
            }
            return callers.get(token);
        }

        @Override
        public String refresh(String token) {
            if (revoked.containsKey(token) || !refreshes.containsKey(token)) {
                throw DomainException.unauthenticated("token cannot be refreshed");
            }
            return refreshes.get(token);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = START;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
