package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.usersvc.server.Api.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Permits and enrolls through the real server, over HTTP only: who may grant what, and how roles reach tokens.
 * Every refusal is followed by a look at the state it must have left alone. Leaves choose the database.
 */
abstract class AuthorizationEndToEnd extends EndToEnd {
    static final String APP = APP_HOST;

    String refresh(String jwt) {
        Reply reply = api().call("POST", "/user-svc/refresh-token", jwt, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("token").path("token").asText();
    }

    static Set<String> keys(JsonNode node) {
        Set<String> keys = new HashSet<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            keys.add(names.next());
        }
        return keys;
    }

    boolean hasPermission(Session session, String permission) {
        Reply reply = api().post("/user-svc/self/has/" + permission, session.token(), null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("authorized").asBoolean();
    }

    Reply savePermit(Session caller, Object permit) {
        return api().put("/user-svc/permits", caller.token(), obj("permits", List.of(permit)));
    }

    Reply saveEnroll(Session caller, Object enroll) {
        return api().put("/user-svc/enrolls", caller.token(), obj("enrolls", List.of(enroll)));
    }

    /** What the admin sees: permits matching the filter, as JSON objects. */
    List<JsonNode> permitsAsAdmin(Object filter) {
        Reply reply = api().post("/user-svc/permits", admin().token(), filter);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> permits = new ArrayList<>();
        reply.json().path("permits").forEach(permits::add);
        return permits;
    }

    List<JsonNode> enrollsAsAdmin(Object filter) {
        Reply reply = api().post("/user-svc/enrolls", admin().token(), filter);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> enrolls = new ArrayList<>();
        reply.json().path("enrolls").forEach(enrolls::add);
        return enrolls;
    }

    // --- permits ------------------------------------------------------------------------------------------

    @Test
    void aServicePermitForItsPermissionReachesEveryUser() {
        Session petstore = registerExactly("petstore-svc", null);
        Session ada = register("ada");
        assertThat(hasPermission(ada, "petstore-svc:pet:read")).isFalse();

        Reply saved = savePermit(petstore, obj("appHost", "*", "permission", "petstore-svc:pet:read",
                "roles", List.of("user-svc:user")));

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).isEqualTo("{}");
        assertThat(hasPermission(ada, "petstore-svc:pet:read")).isTrue();
    }

    @Test
    void aUserCannotGrantAPermissionItDoesNotOwn() {
        Session mallory = register("mallory");

        Reply refused = savePermit(mallory, obj("appHost", "*", "permission", "user-svc:user:view",
                "slugs", List.of(mallory.slug())));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().has("error")).isTrue();
        assertThat(permitsAsAdmin(obj("slug", mallory.slug()))).isEmpty();
        assertThat(hasPermission(login(mallory), "user-svc:user:view")).isFalse();
    }

    @Test
    void nobodyTakesOverAnotherOwnersPermitByItsId() {
        Session owner = register("owner");
        Session mallory = register("mallory");
        String id = "prm_" + UUID.randomUUID().toString().replace("-", "");
        assertThat(savePermit(owner, obj("id", id, "appHost", "*", "permission", owner.slug() + ":read",
                "slugs", List.of(owner.slug()))).status()).isEqualTo(200);
        JsonNode original = permitsAsAdmin(obj("ids", List.of(id))).get(0);

        Reply refused = savePermit(mallory, obj("id", id, "appHost", "*", "permission", mallory.slug() + ":read",
                "slugs", List.of(mallory.slug())));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(permitsAsAdmin(obj("ids", List.of(id)))).containsExactly(original);
        assertThat(original.path("permission").asText()).isEqualTo(owner.slug() + ":read");
    }

    @Test
    void listingPermitsNeedsThePermitViewPermission() {
        Session ada = register("ada");
        Session owner = register("owner");
        assertThat(savePermit(owner, obj("permission", owner.slug() + ":read", "roles", List.of("a:b"))).status())
                .isEqualTo(200);

        assertThat(api().post("/user-svc/permits", ada.token(), obj()).status()).isEqualTo(403);
        List<JsonNode> listed = permitsAsAdmin(obj("permission", owner.slug() + ":read"));

        assertThat(listed).singleElement().satisfies(permit -> {
            assertThat(keys(permit)).isEqualTo(Set.of("internalId", "appId", "id", "createdAt", "updatedAt",
                    "deletedAt", "permission", "roles"));
            assertThat(permit.path("internalId").asText())
                    .isEqualTo(permit.path("appId").asText() + ":" + permit.path("id").asText());
            assertThat(permit.path("appId").asText()).isEqualTo(claimsApp(owner));
            assertThat(permit.path("deletedAt").asText()).isEqualTo("0001-01-01T00:00:00Z");
        });
        assertThat(api().post("/user-svc/permits", admin().token(), obj("permission", "nobody:has-this")).body())
                .isEqualTo("{}");
    }

    String claimsApp(Session session) {
        try {
            JsonNode claims = Api.JSON.readTree(new String(Base64.getUrlDecoder()
                    .decode(session.token().split("\\.")[1]), StandardCharsets.UTF_8));
            return claims.path("oai").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void listingPermissionsCoversOnlyTheCallersRoles() {
        Session ada = register("ada");

        Reply mine = api().post("/user-svc/permissions", ada.token(), obj("roles", List.of("user-svc:user")));
        Reply foreign = api().post("/user-svc/permissions", ada.token(), obj("roles", List.of("user-svc:admin")));
        Reply none = api().call("POST", "/user-svc/permissions", ada.token(), "");

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().path("permissions").toString()).contains("user-svc:enroll:view")
                .doesNotContain("user-svc:user:view");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(none.status()).as(none.body()).isEqualTo(200);
        assertThat(none.body()).isEqualTo("{\"permissions\":[]}");
    }

    // --- enrolls ------------------------------------------------------------------------------------------

    @Test
    void slugUserOwnsNothingUnderUserSvc() {
        Session user = registerExactly("user", null);

        Reply refused = saveEnroll(user, obj("role", "user-svc:admin", "userId", user.userId()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(roles(login(user).token())).doesNotContain("user-svc:admin");
        assertThat(enrollsAsAdmin(obj("userId", user.userId()))).isEmpty();
        assertThat(savePermit(user, obj("appHost", "*", "permission", "user-svc:user:view",
                "slugs", List.of("user"))).status()).isEqualTo(403);
        assertThat(hasPermission(login(user), "user-svc:user:view")).isFalse();
    }

    @Test
    void aUserCannotGiveARoleItMerelyHas() {
        Session shop = register("shop");
        Session bob = register("bob");
        Session carol = register("carol");
        String role = shop.slug() + ":pro";
        assertThat(saveEnroll(shop, obj("role", role, "userId", bob.userId())).status()).isEqualTo(200);
        Session bobWithRole = login(bob);
        assertThat(roles(bobWithRole.token())).contains(role);

        Reply refused = saveEnroll(bobWithRole, obj("role", role, "userId", carol.userId()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(roles(login(carol).token())).doesNotContain(role);
        assertThat(enrollsAsAdmin(obj("userId", carol.userId()))).isEmpty();
    }

    @Test
    void nobodyTakesOverAnotherOwnersEnrollByItsId() {
        Session owner = register("owner");
        Session mallory = register("mallory");
        String id = "enr_" + UUID.randomUUID().toString().replace("-", "");
        Reply saved = saveEnroll(owner, obj("id", id, "role", owner.slug() + ":pro", "userId", "usr_not-yet"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        List<JsonNode> original = enrollsAsAdmin(obj("role", owner.slug() + ":pro"));
        assertThat(original).singleElement().satisfies(enroll -> assertThat(enroll.path("id").asText())
                .isEqualTo(id));

        Reply refused = saveEnroll(mallory, obj("id", id, "role", mallory.slug() + ":pro",
                "userId", mallory.userId()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(enrollsAsAdmin(obj("role", owner.slug() + ":pro"))).isEqualTo(original);
        assertThat(roles(login(mallory).token())).doesNotContain(mallory.slug() + ":pro");
    }

    @Test
    void anEnrollByUserIdReachesTheNextTokenAndItsDeletionTakesTheRoleAway() {
        Session shop = register("shop");
        Session bob = register("bob");
        String role = shop.slug() + ":pro";

        Reply saved = saveEnroll(shop, obj("role", role, "userId", bob.userId()));

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).isEqualTo("{\"enrolls\":[]}");
        Session again = login(bob);
        assertThat(roles(again.token())).contains(role);
        assertThat(roles(refresh(bob.token()))).contains(role);

        List<JsonNode> listed = enrollsAsAdmin(obj("role", role));
        assertThat(listed).singleElement().satisfies(enroll -> {
            assertThat(keys(enroll)).isEqualTo(Set.of("internalId", "appId", "id", "createdAt", "updatedAt",
                    "deletedAt", "role", "userId", "createdBy"));
            assertThat(enroll.path("createdBy").asText()).isEqualTo(shop.userId());
        });
        Reply deleted = api().delete("/user-svc/enrolls", shop.token(),
                obj("enrollIds", List.of(listed.get(0).path("id").asText())));

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("{}");
        assertThat(roles(login(bob).token())).doesNotContain(role);
        assertThat(roles(refresh(again.token()))).doesNotContain(role);
    }

    @Test
    void deletingAnotherOwnersEnrollIsForbiddenAndAnUnknownOneNotFound() {
        Session shop = register("shop");
        Session mallory = register("mallory");
        Session bob = register("bob");
        String role = shop.slug() + ":pro";
        assertThat(saveEnroll(shop, obj("role", role, "userId", bob.userId())).status()).isEqualTo(200);
        String id = enrollsAsAdmin(obj("role", role)).get(0).path("id").asText();

        assertThat(api().delete("/user-svc/enrolls", mallory.token(), obj("enrollIds", List.of(id))).status())
                .isEqualTo(403);
        assertThat(api().delete("/user-svc/enrolls", shop.token(), obj("enrollIds", List.of(id, "enr_unknown")))
                .status()).isEqualTo(404);

        assertThat(enrollsAsAdmin(obj("role", role))).hasSize(1);
        assertThat(roles(login(bob).token())).contains(role);
    }

    @Test
    void anEnrollByContactIsClaimedOnlyThroughAVerifiedContact() {
        Session shop = register("shop");
        String role = shop.slug() + ":owner";
        String local = unique("boss");
        String contact = local + "@corp.example";

        Reply saved = saveEnroll(shop, obj("role", role, "contactId", local.toUpperCase() + "+tag@Corp.Example"));

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("enrolls").get(0).path("contactId").asText()).isEqualTo(contact);
        Session impostor = registerExactly(unique("impostor"), obj("id", contact, "platform", "email"));
        assertThat(roles(impostor.token())).doesNotContain(role);
        assertThat(roles(login(impostor).token())).doesNotContain(role);

        Session admin = admin();
        assertThat(api().delete("/user-svc/user/" + impostor.userId(), admin.token(), null).status())
                .isEqualTo(200);
        String bossSlug = unique("boss");
        Reply created = api().post("/user-svc/user", admin.token(), obj("appHost", APP,
                "user", obj("slug", bossSlug, "name", "Boss"), "password", PASSWORD,
                "contacts", List.of(obj("id", contact, "platform", "email", "verified", true))));
        assertThat(created.status()).as(created.body()).isEqualTo(200);

        assertThat(roles(login(bossSlug, PASSWORD).token())).contains(role);
    }

    @Test
    void listingEnrollsIsLimitedToOwnedRolesAndTheCallersOwnId() {
        Session shop = register("shop");
        Session bob = register("bob");
        String role = shop.slug() + ":pro";
        assertThat(saveEnroll(shop, obj("role", role, "userId", bob.userId())).status()).isEqualTo(200);

        assertThat(api().post("/user-svc/enrolls", shop.token(), obj()).status()).isEqualTo(400);
        assertThat(api().post("/user-svc/enrolls", bob.token(), obj("role", role)).status()).isEqualTo(403);
        assertThat(api().post("/user-svc/enrolls", shop.token(), obj("userId", bob.userId())).status())
                .isEqualTo(403);
        assertThat(api().post("/user-svc/enrolls", shop.token(), obj("contactId", "x@example.com")).status())
                .isEqualTo(403);
        Reply owned = api().post("/user-svc/enrolls", shop.token(), obj("role", role));
        assertThat(owned.status()).isEqualTo(200);
        assertThat(owned.json().path("enrolls")).hasSize(1);
        // bob holds the role but does not own it, so his own listing leaves it out
        Reply own = api().post("/user-svc/enrolls", login(bob).token(), obj("userId", bob.userId()));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).isEqualTo("{\"enrolls\":[]}");
    }
}
