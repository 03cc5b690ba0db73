package dev.usersvc.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.web.ConsoleSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionStoreTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final ConsoleSettings SETTINGS = new ConsoleSettings(Duration.ofMinutes(30), Duration.ofHours(12));

    private final MutableClock clock = new MutableClock();
    private final SessionStore store = new SessionStore(SETTINGS, clock);

    private static Caller caller(String slug) {
        return new Caller(UserId.random(), slug, List.of("user-svc:admin"), AppId.random(), "admin-console",
                Optional.empty(), "jti-" + slug, START.plusSeconds(300));
    }

    @Test
    void findsASessionByItsIdWithItsCallerAndAFreshCsrfToken() {
        SessionStore.Created created = store.create(caller("root"), "jwt-root");

        Session found = store.find(created.id()).orElseThrow();
        assertThat(found.caller().slug()).isEqualTo("root");
        assertThat(found.csrfToken()).hasSize(43).isNotEqualTo(created.id());
        assertThat(created.id()).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void givesEverySessionItsOwnIdAndToken() {
        SessionStore.Created one = store.create(caller("root"), "jwt-root");
        SessionStore.Created two = store.create(caller("root"), "jwt-root");

        assertThat(one.id()).isNotEqualTo(two.id());
        assertThat(one.session().csrfToken()).isNotEqualTo(two.session().csrfToken());
    }

    @Test
    void findsNothingForAnUnknownEmptyOrMissingId() {
        store.create(caller("root"), "jwt-root");

        assertThat(store.find("not-a-session")).isEmpty();
        assertThat(store.find("")).isEmpty();
        assertThat(store.find(null)).isEmpty();
    }

    @Test
    void endsASessionLeftIdleForTheTimeout() {
        SessionStore.Created created = store.create(caller("root"), "jwt-root");

        clock.advance(Duration.ofMinutes(30));

        assertThat(store.find(created.id())).isEmpty();
        assertThat(store.size()).isZero();
    }

    @Test
    void keepsAnActiveSessionAliveBeyondTheIdleTimeout() {
        SessionStore.Created created = store.create(caller("root"), "jwt-root");

        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(store.find(created.id())).isPresent();
        }
    }

    @Test
    void endsEvenAnActiveSessionAtItsMaxLifetime() {
        SessionStore.Created created = store.create(caller("root"), "jwt-root");
        for (int i = 0; i < 35; i++) {
            clock.advance(Duration.ofMinutes(20));
            store.find(created.id());
        }

        clock.advance(Duration.ofMinutes(20)); // 12 hours since sign-in

        assertThat(store.find(created.id())).isEmpty();
    }

    @Test
    void signOutDeletesTheSession() {
        SessionStore.Created created = store.create(caller("root"), "jwt-root");

        store.delete(created.id());

        assertThat(store.find(created.id())).isEmpty();
    }

    @Test
    void dropsExpiredSessionsWhenANewOneIsMade() {
        store.create(caller("old"), "jwt-old");
        clock.advance(Duration.ofHours(1));

        store.create(caller("new"), "jwt-new");

        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void renewingASessionReplacesItsCallerAndTokenButKeepsItsIdAndCsrfToken() {
        SessionStore.Created created = store.create(caller("root"), "jwt-root");
        String csrf = created.session().csrfToken();

        created.session().renew(caller("root-renewed"), "jwt-renewed");

        Session found = store.find(created.id()).orElseThrow();
        assertThat(found.caller().slug()).isEqualTo("root-renewed");
        assertThat(found.token()).isEqualTo("jwt-renewed");
        assertThat(found.csrfToken()).isEqualTo(csrf);
    }

    @Test
    void showsAFlashMessageOnce() {
        Session session = store.create(caller("root"), "jwt-root").session();
        session.flash("Signed in as root.");

        assertThat(session.takeFlash()).contains("Signed in as root.");
        assertThat(session.takeFlash()).isEmpty();
    }

    @Test
    void neverPrintsTheSessionId() {
        SessionStore.Created created = store.create(caller("root"), "jwt-root");

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
