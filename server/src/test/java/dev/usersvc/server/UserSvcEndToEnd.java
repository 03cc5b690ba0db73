package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.usersvc.server.Api.Reply;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The JSON API through the real server, over HTTP only. Each test makes its own users, so tests run in any order.
 * Leaves choose the database.
 */
abstract class UserSvcEndToEnd extends EndToEnd {
    static Set<String> keys(JsonNode node) {
        Set<String> keys = new HashSet<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            keys.add(names.next());
        }
        return keys;
    }

    // --- register and login -------------------------------------------------------------------------------

    @Test
    void registerReturnsAContractShapedTokenWithThePlatformClaims() {
        String slug = unique("shape");
        Reply reply = api().post("/user-svc/register", null,
                obj("appHost", "test.app", "slug", slug, "password", PASSWORD, "device", "laptop"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode token = reply.json().path("token");
        assertThat(keys(token)).containsAll(Set.of("internalId", "appId", "id", "createdAt", "updatedAt", "userId",
                "token", "device", "expiresAt", "active", "app"));
        assertThat(token.path("id").asText()).startsWith("tok_");
        assertThat(token.path("userId").asText()).startsWith("usr_");
        assertThat(token.path("device").asText()).isEqualTo("laptop");
        JsonNode claims = claims(token.path("token").asText());
        assertThat(keys(claims)).isEqualTo(Set.of("oui", "olu", "oro", "oai", "ode", "jti", "iat", "exp", "iss"));
        assertThat(claims.path("olu").asText()).isEqualTo(slug);
        assertThat(claims.path("oro").get(0).asText()).isEqualTo("user-svc:user");
        assertThat(claims.path("oai").asText()).isEqualTo(token.path("appId").asText());
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(300);
    }

    @Test
    void registerRefusesBadInputWithAClearMessage() {
        String slug = unique("bad");
        assertThat(api().post("/user-svc/register", null, obj("appHost", "test.app", "slug", "Bad Slug",
                "password", PASSWORD)).status()).isEqualTo(400);
        assertThat(api().post("/user-svc/register", null, obj("slug", slug, "password", PASSWORD)).error())
                .isEqualTo("appHost is required");
        assertThat(api().post("/user-svc/register", null, obj("appHost", "test.app", "slug", slug,
                "password", "short")).error()).contains("8 to 256");
        assertThat(api().post("/user-svc/register", null, obj("appHost", "test.app", "slug", "admin",
                "password", PASSWORD)).error()).isEqualTo("slug is reserved");
        assertThat(api().post("/user-svc/register", null, obj("appHost", "test.app", "slug", "user-svc",
                "password", PASSWORD)).status()).isEqualTo(400);
        assertThat(api().call("POST", "/user-svc/register", null, "{\"slug\": ").status()).isEqualTo(400);
        assertThat(api().call("POST", "/user-svc/register", null, "{\"slug\": 12, \"password\": []}").status())
                .isEqualTo(400);
        // none of that created the account
        assertThat(api().post("/user-svc/login", null, obj("appHost", "test.app", "slug", slug,
                "password", PASSWORD)).status()).isEqualTo(401);
    }

    @Test
    void aTakenSlugIsAConflictAndKeepsTheFirstAccount() {
        Session first = register("taken");
        Reply second = api().post("/user-svc/register", null, obj("appHost", "other.app", "slug", first.slug(),
                "password", "another-password-2"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.error()).isEqualTo("slug is already taken");
        assertThat(api().post("/user-svc/login", null, obj("appHost", "test.app", "slug", first.slug(),
                "password", "another-password-2")).status()).isEqualTo(401);
    }

    @Test
    void concurrentRegistrationsOfOneSlugEndWithExactlyOneSuccess() throws Exception {
        String slug = unique("race");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> api().post("/user-svc/register", null, obj("appHost", "test.app", "slug", slug,
                        "password", PASSWORD)).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(attempts)) {
                statuses.add(status.get());
            }
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(7);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void loginFailuresLookTheSameForAnUnknownSlugAndAWrongPassword() {
        Session user = register("login");
        Reply wrongPassword = api().post("/user-svc/login", null, obj("appHost", "test.app", "slug", user.slug(),
                "password", "wrong-password-9"));
        Reply unknownSlug = api().post("/user-svc/login", null, obj("appHost", "test.app",
                "slug", unique("nobody"), "password", "wrong-password-9"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownSlug.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownSlug.body());
        assertThat(api().post("/user-svc/login", null, obj("appHost", "test.app", "slug", user.slug()))
                .status()).isEqualTo(400);
        Reply ok = api().post("/user-svc/login", null, obj("appHost", "test.app", "slug", user.slug(),
                "password", PASSWORD));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(claims(ok.json().path("token").path("token").asText()).path("oui").asText())
                .isEqualTo(user.userId());
    }

    @Test
    void repeatedFailedLoginsAreThrottledWithRetryAfter() {
        Session user = register("throttle");
        for (int i = 0; i < 5; i++) {
            assertThat(api().post("/user-svc/login", null, obj("appHost", "test.app", "slug", user.slug(),
                    "password", "wrong-password-" + i)).status()).isEqualTo(401);
        }
        Reply blocked = api().post("/user-svc/login", null, obj("appHost", "test.app", "slug", user.slug(),
                "password", PASSWORD));

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isPositive();
        assertThat(blocked.error()).isNotBlank();
    }

    // --- self ------------------------------------------------------------------------------------------

    @Test
    void readSelfShowsTheAccountTheTokenRolesAndTheTokenCount() {
        Session user = register("self");
        Reply reply = api().post("/user-svc/self", user.token(), obj("countTokens", true));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("user").path("slug").asText()).isEqualTo(user.slug());
        assertThat(keys(reply.json().path("user"))).doesNotContain("passwordHash", "password", "type");
        assertThat(reply.json().path("roles").get(0).asText()).isEqualTo("user-svc:user");
        assertThat(reply.json().path("tokenCount").asLong()).isEqualTo(1);
        // a zero-length body reads as {} (decision 2)
        assertThat(api().call("POST", "/user-svc/self", user.token(), null).status()).isEqualTo(200);
    }

    @Test
    void endpointsThatNeedATokenAnswer401WithoutOne() {
        assertThat(api().post("/user-svc/self", null, obj()).status()).isEqualTo(401);
        assertThat(api().post("/user-svc/self", null, obj()).error()).isEqualTo("a bearer token is required");
        assertThat(api().post("/user-svc/self", "not-a-jwt", obj()).status()).isEqualTo(401);
        assertThat(api().post("/user-svc/users", null, obj()).status()).isEqualTo(401);
        assertThat(api().put("/user-svc/token/exchange", null, obj("newAppHost", "x.app")).status()).isEqualTo(401);
        assertThat(api().post("/user-svc/self/has/user-svc:user:view", "not-a-jwt", obj()).status()).isEqualTo(401);
    }

    @Test
    void saveSelfChangesNameAndMergesLabels() {
        Session user = register("save");
        assertThat(api().put("/user-svc/self", user.token(), obj("name", "Ada", "labels", Map.of("a", "1")))
                .status()).isEqualTo(200);
        assertThat(api().put("/user-svc/self", user.token(), obj("labels", Map.of("b", "2"))).status())
                .isEqualTo(200);

        JsonNode self = api().post("/user-svc/self", user.token(), obj()).json().path("user");
        assertThat(self.path("name").asText()).isEqualTo("Ada");
        assertThat(self.path("labels").path("a").asText()).isEqualTo("1");
        assertThat(self.path("labels").path("b").asText()).isEqualTo("2");
        assertThat(api().put("/user-svc/self", user.token(), obj("name", "x".repeat(201))).status())
                .isEqualTo(400);
    }

    @Test
    void changePasswordNeedsTheCurrentOne() {
        Session user = register("chpw");
        assertThat(api().post("/user-svc/change-password", user.token(), obj("currentPassword", "wrong-one-123",
                "newPassword", "brand-new-pass-1")).status()).isEqualTo(401);
        assertThat(api().post("/user-svc/change-password", user.token(), obj("currentPassword", PASSWORD,
                "newPassword", "short")).status()).isEqualTo(400);
        assertThat(api().post("/user-svc/change-password", user.token(), obj("currentPassword", PASSWORD,
                "newPassword", "brand-new-pass-1")).status()).isEqualTo(200);

        assertThat(api().post("/user-svc/login", null, obj("appHost", "test.app", "slug", user.slug(),
                "password", PASSWORD)).status()).isEqualTo(401);
        assertThat(api().post("/user-svc/login", null, obj("appHost", "test.app", "slug", user.slug(),
                "password", "brand-new-pass-1")).status()).isEqualTo(200);
    }

    // --- admin: users ----------------------------------------------------------------------------------

    @Test
    void anAdminCreatesEditsResetsAndDeletesUsers() {
        Session admin = admin();
        String slug = unique("made");
        Reply created = api().post("/user-svc/user", admin.token(), obj("appHost", "test.app",
                "user", obj("slug", slug, "name", "Made By Admin"), "password", "initial-pass-1",
                "contacts", List.of(obj("id", slug + "@example.com", "platform", "email"))));
        assertThat(created.status()).as(created.body()).isEqualTo(200);

        JsonNode listed = api().post("/user-svc/users", admin.token(), obj("search", slug)).json();
        assertThat(listed.path("users")).hasSize(1);
        String userId = listed.path("users").get(0).path("id").asText();
        assertThat(listed.path("users").get(0).path("contactIds").get(0).asText()).isEqualTo(slug + "@example.com");

        assertThat(api().put("/user-svc/user/" + userId, admin.token(), obj("name", "Renamed")).status())
                .isEqualTo(200);
        assertThat(api().post("/user-svc/" + userId + "/reset-password", admin.token(),
                obj("newPassword", "reset-pass-123")).status()).isEqualTo(200);
        Reply login = api().post("/user-svc/login", null, obj("appHost", "test.app",
                "contact", obj("id", slug + "@example.com", "platform", "email"), "password", "reset-pass-123"));
        assertThat(login.status()).isEqualTo(200);
        String userToken = login.json().path("token").path("token").asText();
        assertThat(api().post("/user-svc/self", userToken, obj()).json().path("user").path("name").asText())
                .isEqualTo("Renamed");

        assertThat(api().delete("/user-svc/user/" + userId, admin.token(), null).status()).isEqualTo(200);
        // the deleted user's token stops working at once
        assertThat(api().post("/user-svc/self", userToken, obj()).status()).isEqualTo(401);
        assertThat(api().delete("/user-svc/user/" + userId, admin.token(), null).status()).isEqualTo(404);
        assertThat(api().put("/user-svc/user/" + userId, admin.token(), obj("name", "x")).status()).isEqualTo(404);
        assertThat(api().post("/user-svc/" + userId + "/reset-password", admin.token(),
                obj("newPassword", "reset-pass-123")).status()).isEqualTo(404);
    }

    @Test
    void createUserRefusesDuplicatesAndBadInput() {
        Session admin = admin();
        Session existing = register("dup");
        assertThat(api().post("/user-svc/user", admin.token(), obj("appHost", "test.app",
                "user", obj("slug", existing.slug(), "name", "Dup"))).status()).isEqualTo(409);
        assertThat(api().post("/user-svc/user", admin.token(), obj("appHost", "test.app",
                "user", obj("id", existing.userId(), "slug", unique("other"), "name", "Dup"),
                "password", "would-change-1")).status()).isEqualTo(409);
        // the existing account's password was not touched (the original's defect)
        assertThat(api().post("/user-svc/login", null, obj("appHost", "test.app", "slug", existing.slug(),
                "password", PASSWORD)).status()).isEqualTo(200);
        assertThat(api().post("/user-svc/user", admin.token(), obj("appHost", "test.app")).status())
                .isEqualTo(400);
        assertThat(api().post("/user-svc/user", admin.token(), obj("appHost", "no-such.app",
                "user", obj("slug", unique("x"), "name", "X"))).status()).isEqualTo(400);
    }

    @Test
    void aNormalUserIsRefusedEveryAdminOperation() {
        Session user = register("normal");
        Session other = register("victim");
        assertThat(api().post("/user-svc/users", user.token(), obj()).status()).isEqualTo(403);
        assertThat(api().post("/user-svc/user", user.token(), obj("appHost", "test.app",
                "user", obj("slug", unique("x"), "name", "X"))).status()).isEqualTo(403);
        assertThat(api().put("/user-svc/user/" + other.userId(), user.token(), obj("name", "Pwned")).status())
                .isEqualTo(403);
        assertThat(api().post("/user-svc/" + other.userId() + "/reset-password", user.token(),
                obj("newPassword", "pwned-pass-1")).status()).isEqualTo(403);
        assertThat(api().delete("/user-svc/user/" + other.userId(), user.token(), null).status()).isEqualTo(403);
        assertThat(api().delete("/user-svc/user/" + other.userId(), user.token(), null).error())
                .isEqualTo("missing permission user-svc:user:delete");
        // nothing changed for the other user
        assertThat(api().post("/user-svc/self", other.token(), obj()).json().path("user").path("name").asText())
                .isEqualTo("Test " + other.slug());
    }

    @Test
    void theLastAdminCannotBeDeleted() {
        Session admin = admin();
        Reply reply = api().delete("/user-svc/user/" + admin.userId(), admin.token(), null);
        assertThat(reply.status()).isEqualTo(409);
        assertThat(admin().token()).isNotBlank();
    }

    @Test
    void listUsersPagesByCursorWithoutSkippingOrRepeating() {
        Session admin = admin();
        String name = "Pager " + UUID.randomUUID();
        Set<String> made = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            Session user = register("page");
            api().put("/user-svc/self", user.token(), obj("name", name));
            made.add(user.userId());
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 10; page++) {
            Reply reply = api().post("/user-svc/users", admin.token(), obj("search", name, "limit", 3,
                    "count", true, "afterTime", after == null ? "" : after));
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.json().path("count").asLong()).isEqualTo(7);
            JsonNode users = reply.json().path("users");
            if (users.isMissingNode() || users.isEmpty()) {
                break;
            }
            users.forEach(user -> seen.add(user.path("id").asText()));
            after = reply.json().path("after").asText();
        }
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(made);
        assertThat(api().post("/user-svc/users", admin.token(), obj("orderBy", "slug")).status()).isEqualTo(400);
        assertThat(api().post("/user-svc/users", admin.token(), obj("limit", 100000)).status()).isEqualTo(400);
        assertThat(api().post("/user-svc/users", admin.token(), obj("afterTime", "yesterday")).status())
                .isEqualTo(400);
        assertThat(api().call("POST", "/user-svc/users", admin.token(), null).status()).isEqualTo(200);
    }

    // --- tokens ----------------------------------------------------------------------------------------

    @Test
    void thePublicKeyAndJwksVerifyIssuedTokens() throws Exception {
        Session user = register("keys");
        String pem = api().get("/user-svc/public-key").json().path("publicKey").asText();
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----").endsWith("-----END PUBLIC KEY-----\n");

        java.security.interfaces.RSAPublicKey key = (java.security.interfaces.RSAPublicKey)
                java.security.KeyFactory.getInstance("RSA").generatePublic(new java.security.spec.X509EncodedKeySpec(
                        Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""))));
        com.auth0.jwt.JWT.require(com.auth0.jwt.algorithms.Algorithm.RSA256(key, null)).build()
                .verify(user.token());

        String kid = com.auth0.jwt.JWT.decode(user.token()).getKeyId();
        JsonNode jwks = api().get("/.well-known/jwks.json").json().path("keys");
        assertThat(jwks.findValuesAsText("kid")).contains(kid);
    }

    @Test
    void refreshGivesANewTokenAndRacingRefreshesGetTheSameOne() {
        Session user = register("refresh");
        Reply first = api().post("/user-svc/refresh-token", user.token(), null);
        Reply again = api().post("/user-svc/refresh-token", user.token(), null);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        String fresh = first.json().path("token").path("token").asText();
        assertThat(fresh).isNotEqualTo(user.token());
        assertThat(claims(fresh).path("oui").asText()).isEqualTo(user.userId());
        assertThat(again.json().path("token").path("token").asText()).isEqualTo(fresh);
        assertThat(api().post("/user-svc/self", fresh, obj()).status()).isEqualTo(200);
        assertThat(api().post("/user-svc/refresh-token", null, null).status()).isEqualTo(401);
        assertThat(api().post("/user-svc/refresh-token", "garbage", null).status()).isEqualTo(401);
    }

    @Test
    void revokedTokensFailAtOnceEverywhere() {
        Session user = register("revoke");
        assertThat(api().delete("/user-svc/tokens", user.token(), obj()).status()).isEqualTo(200);

        assertThat(api().post("/user-svc/self", user.token(), obj()).status()).isEqualTo(401);
        assertThat(api().post("/user-svc/self", user.token(), obj()).error()).isEqualTo("token has been revoked");
        assertThat(api().post("/user-svc/refresh-token", user.token(), null).status()).isEqualTo(401);
        // logging in again works
        assertThat(api().post("/user-svc/login", null, obj("appHost", "test.app", "slug", user.slug(),
                "password", PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void revokingOtherUsersTokensNeedsThePermission() {
        Session user = register("revoker");
        Session other = register("target");
        assertThat(api().delete("/user-svc/tokens", user.token(), obj("userId", other.userId())).status())
                .isEqualTo(403);
        assertThat(api().delete("/user-svc/tokens", user.token(), obj("allTokens", true)).status())
                .isEqualTo(403);
        assertThat(api().delete("/user-svc/tokens", user.token(), obj("userId", user.userId(),
                "allTokens", true)).status()).isEqualTo(400);
        assertThat(api().post("/user-svc/self", other.token(), obj()).status()).isEqualTo(200);

        Session admin = admin();
        assertThat(api().delete("/user-svc/tokens", admin.token(), obj("userId", other.userId())).status())
                .isEqualTo(200);
        assertThat(api().post("/user-svc/self", other.token(), obj()).status()).isEqualTo(401);
    }

    @Test
    void exchangeGivesATokenInAnotherApp() {
        Session user = register("exchange");
        String host = unique("exchange") + ".app";
        Reply reply = api().put("/user-svc/token/exchange", user.token(), obj("newAppHost", host,
                "newDevice", "phone"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode token = reply.json().path("token");
        assertThat(token.path("app").path("host").asText()).isEqualTo(host);
        assertThat(claims(token.path("token").asText()).path("oai").asText())
                .isEqualTo(token.path("appId").asText())
                .isNotEqualTo(claims(user.token()).path("oai").asText());
        assertThat(claims(token.path("token").asText()).path("ode").asText()).isEqualTo("phone");
        assertThat(api().put("/user-svc/token/exchange", user.token(), obj("newAppId", "app_missing")).status())
                .isEqualTo(404);
        assertThat(api().put("/user-svc/token/exchange", user.token(), obj()).status()).isEqualTo(400);
    }

    // --- apps and permissions --------------------------------------------------------------------------

    @Test
    void appsAreReadOrCreatedByHostAndRenamedOnlyByAdmins() {
        Session user = register("apps");
        Session admin = admin();
        String host = unique("shop") + ".com";
        JsonNode app = api().post("/user-svc/app", null, obj("host", host)).json().path("app");
        assertThat(app.path("id").asText()).startsWith("app_");
        assertThat(api().post("/user-svc/app", null, obj("host", host)).json().path("app").path("id").asText())
                .isEqualTo(app.path("id").asText());
        assertThat(api().post("/user-svc/app", null, obj()).status()).isEqualTo(400);

        assertThat(api().post("/user-svc/apps", null, obj("host", List.of(host))).json().path("apps")).hasSize(1);
        assertThat(api().post("/user-svc/apps", null, obj()).status()).isEqualTo(401);
        assertThat(api().post("/user-svc/apps", user.token(), obj()).status()).isEqualTo(403);
        assertThat(api().post("/user-svc/apps", admin.token(), obj()).json().path("apps").size())
                .isGreaterThanOrEqualTo(2);

        String renamed = unique("renamed") + ".com";
        assertThat(api().put("/user-svc/app", user.token(), obj("id", app.path("id").asText(), "newHost", renamed))
                .status()).isEqualTo(403);
        assertThat(api().put("/user-svc/app", admin.token(), obj("id", app.path("id").asText(), "newHost", renamed))
                .status()).isEqualTo(200);
        assertThat(api().put("/user-svc/app", admin.token(), obj("id", "app_missing", "newHost", "x.com"))
                .status()).isEqualTo(404);
        assertThat(api().put("/user-svc/app", admin.token(), obj("id", app.path("id").asText(),
                "newHost", "test.app")).status()).isEqualTo(409);
        String unnamed = api().post("/user-svc/app", null, obj("host", "unnamed")).json().path("app").path("id")
                .asText();
        assertThat(api().put("/user-svc/app", admin.token(), obj("id", unnamed, "newHost", "named.com")).status())
                .isEqualTo(409);
    }

    @Test
    void hasPermissionAnswersFromTheTokensRolesAndThePermits() {
        Session user = register("perm");
        Session admin = admin();
        Reply adminCheck = api().post("/user-svc/self/has/user-svc:user:view", admin.token(), null);
        assertThat(adminCheck.status()).isEqualTo(200);
        assertThat(adminCheck.json().path("authorized").asBoolean()).isTrue();
        assertThat(keys(adminCheck.json())).isEqualTo(Set.of("authorized", "appId", "until", "user", "app"));

        Reply userCheck = api().post("/user-svc/self/has/user-svc%3Auser%3Aview", user.token(), null);
        assertThat(userCheck.status()).isEqualTo(200);
        assertThat(userCheck.json().path("authorized").asBoolean()).isFalse();
        assertThat(userCheck.json().path("user").path("id").asText()).isEqualTo(user.userId());
        assertThat(api().post("/user-svc/self/has/user-svc:user:password-change", user.token(), null).json()
                .path("authorized").asBoolean()).isTrue();
    }

    // --- transport --------------------------------------------------------------------------------------

    @Test
    void transportErrorsAreJsonWithTheRightStatus() {
        Session user = register("transport");
        Reply tooLarge = api().put("/user-svc/self", user.token(), obj("name", "x".repeat(70_000)));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.error()).isEqualTo("request body is too large");

        Api.Reply wrongType = api().call("POST", "/user-svc/login", null, "appHost=x");
        assertThat(wrongType.status()).isIn(400, 415);
        Reply unknown = api().get("/user-svc/nothing-here");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.error()).isEqualTo("not found");
        Reply wrongMethod = api().get("/user-svc/login");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().has("error")).isTrue();
    }
}
