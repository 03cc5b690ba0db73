package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.usersvc.server.Api.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Organizations and memberships through the real server, over HTTP only. Every refusal is followed by a look at
 * the state it must not have changed. Each test makes its own users and organizations; leaves choose the database.
 */
abstract class OrganizationsEndToEnd extends EndToEnd {
    static String admin(String organizationId) {
        return "user-svc:org:{" + organizationId + "}:admin";
    }

    static String member(String organizationId) {
        return "user-svc:org:{" + organizationId + "}:user";
    }

    Reply saveOrganization(Session caller, Object body) {
        return api().put("/user-svc/organization", caller.token(), body);
    }

    /** Creates an organization and returns its creator's new session (the token in the response). */
    Created create(Session creator, String slug) {
        Reply reply = saveOrganization(creator, obj("slug", slug, "name", "Name of " + slug));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return new Created(reply.json().path("organization").path("id").asText(),
                new Session(creator.slug(), creator.userId(), reply.json().path("token").path("token").asText()),
                reply.json());
    }

    record Created(String id, Session admin, JsonNode body) {
    }

    Reply addMember(Session caller, String organizationId, String userId) {
        return api().put("/user-svc/organization/" + organizationId + "/user/" + userId, caller.token(), obj());
    }

    Reply removeMember(Session caller, String organizationId, String userId) {
        return api().delete("/user-svc/organization/" + organizationId + "/user/" + userId, caller.token(), null);
    }

    JsonNode listAll(Session caller) {
        Reply reply = api().post("/user-svc/organizations", caller.token(), obj("limit", 1000));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("organizations");
    }

    JsonNode organizationById(String id) {
        Reply reply = api().post("/user-svc/organizations", login(ADMIN_SLUG, ADMIN_PASSWORD, APP_HOST).token(),
                obj("ids", List.of(id)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("organizations")).hasSize(1);
        return reply.json().path("organizations").get(0);
    }

    @Test
    void creatingGivesTheCreatorAnAdminTokenWithTheOrganizationActive() {
        Session ada = register("ada");
        String slug = unique("acme");

        Created acme = create(ada, slug);

        JsonNode organization = acme.body().path("organization");
        assertThat(acme.id()).startsWith("org_");
        assertThat(Set.copyOf(iterate(organization))).isEqualTo(
                Set.of("internalId", "id", "createdAt", "updatedAt", "name", "slug", "appId"));
        assertThat(organization.path("slug").asText()).isEqualTo(slug);
        assertThat(organization.path("internalId").asText())
                .isEqualTo(organization.path("appId").asText() + ":" + acme.id());
        assertThat(roles(acme.admin().token())).contains(admin(acme.id()));
        assertThat(claims(acme.admin().token()).path("oao").asText()).isEqualTo(acme.id());
        assertThat(acme.body().path("token").path("appId").asText()).isEqualTo(organization.path("appId").asText());

        JsonNode self = api().post("/user-svc/self", acme.admin().token(), obj()).json();
        assertThat(self.path("activeOrganizationId").asText()).isEqualTo(acme.id());
        assertThat(self.path("organizations")).hasSize(1);
        assertThat(self.path("organizations").get(0).path("id").asText()).isEqualTo(acme.id());
        assertThat(claims(login(ada).token()).path("oao").asText()).isEqualTo(acme.id());
    }

    @Test
    void exchangeSwitchesTheAppAndWithItTheActiveOrganizationAndItsRoles() {
        Session ada = register("ada");
        Created acme = create(ada, unique("acme"));
        String otherHost = unique("other") + ".app";

        JsonNode elsewhere = api().put("/user-svc/token/exchange", acme.admin().token(),
                obj("newAppHost", otherHost)).json().path("token");
        JsonNode elsewhereClaims = claims(elsewhere.path("token").asText());
        assertThat(elsewhereClaims.has("oao")).isFalse();
        assertThat(elsewhereClaims.path("oro").toString()).doesNotContain(acme.id());

        JsonNode back = api().put("/user-svc/token/exchange", elsewhere.path("token").asText(),
                obj("newAppHost", APP_HOST)).json().path("token");
        JsonNode backClaims = claims(back.path("token").asText());
        assertThat(backClaims.path("oao").asText()).isEqualTo(acme.id());
        assertThat(backClaims.path("oro").toString()).contains(admin(acme.id()));
    }

    @Test
    void aUserWithoutOrganizationsHasNoOrganizationFieldsAndNoOao() {
        Session bob = register("bob");

        JsonNode self = api().post("/user-svc/self", bob.token(), obj()).json();

        assertThat(self.has("organizations")).isFalse();
        assertThat(self.has("activeOrganizationId")).isFalse();
        assertThat(claims(bob.token()).has("oao")).isFalse();
    }

    @Test
    void aTakenSlugIsAConflictInTheSameAppButFreeInAnother() {
        Session ada = register("ada");
        Session bob = register("bob");
        String slug = unique("acme");
        Created acme = create(ada, slug);

        Reply sameApp = saveOrganization(bob, obj("slug", slug, "name", "Bob's"));
        Reply forcedId = saveOrganization(bob, obj("id", "org_" + unique("x"), "slug", slug, "name", "Bob's"));
        Session bobElsewhere = login(bob.slug(), PASSWORD, unique("other") + ".app");
        Reply otherApp = saveOrganization(bobElsewhere, obj("slug", slug, "name", "Bob's"));

        assertThat(sameApp.status()).isEqualTo(409);
        assertThat(sameApp.error()).isEqualTo("organization slug is already taken");
        assertThat(forcedId.status()).isEqualTo(409);
        assertThat(otherApp.status()).as(otherApp.body()).isEqualTo(200);
        assertThat(organizationById(acme.id()).path("name").asText()).isEqualTo("Name of " + slug);
    }

    @Test
    void anAdminOfOneOrganizationCannotTakeOverAnotherByIdOrSlug() {
        Created a = create(register("ada"), unique("a"));
        Session bob = register("bob");
        String slugB = unique("b");
        Created b = create(bob, slugB);
        JsonNode before = organizationById(b.id());

        Reply byId = saveOrganization(a.admin(), obj("id", b.id(), "slug", unique("mine"), "name", "Hijacked"));
        Reply bySlug = saveOrganization(a.admin(), obj("slug", slugB, "name", "Hijacked"));

        assertThat(byId.status()).isEqualTo(403);
        // by slug alone, someone else's organization is just a taken slug (decision 1)
        assertThat(bySlug.status()).isEqualTo(409);
        assertThat(organizationById(b.id())).isEqualTo(before);
        assertThat(roles(login(a.admin()).token())).doesNotContain(admin(b.id()));
    }

    @Test
    void theAdminUpdatesTheOrganization() {
        String slug = unique("acme");
        Created acme = create(register("ada"), slug);

        Reply reply = saveOrganization(acme.admin(),
                obj("slug", slug, "name", "Acme Ltd", "thumbnailFileId", "file_1"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("organization").path("id").asText()).isEqualTo(acme.id());
        assertThat(organizationById(acme.id()).path("name").asText()).isEqualTo("Acme Ltd");
        assertThat(organizationById(acme.id()).path("thumbnailFileId").asText()).isEqualTo("file_1");
    }

    @Test
    void anOrganizationAdminAddsAndRemovesAMember() {
        Created acme = create(register("ada"), unique("acme"));
        Session bob = register("bob");

        Reply added = addMember(acme.admin(), acme.id(), bob.userId());

        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.body()).isEqualTo("{}");
        Session bobAgain = login(bob);
        assertThat(roles(bobAgain.token())).contains(member(acme.id()));
        assertThat(claims(bobAgain.token()).path("oao").asText()).isEqualTo(acme.id());

        Reply removed = removeMember(acme.admin(), acme.id(), bob.userId());

        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        Session bobAfter = login(bob);
        assertThat(roles(bobAfter.token())).doesNotContain(member(acme.id()));
        assertThat(claims(bobAfter.token()).has("oao")).isFalse();
        assertThat(api().post("/user-svc/self", bobAfter.token(), obj()).json().has("organizations")).isFalse();
    }

    @Test
    void theCreatorsOldTokenStillManagesMembersBecauseTheStoreVouchesForIt() {
        Session ada = register("ada");
        Created acme = create(ada, unique("acme"));
        Session bob = register("bob");

        Reply added = addMember(ada, acme.id(), bob.userId());

        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(roles(login(bob).token())).contains(member(acme.id()));
    }

    @Test
    void aMemberCannotAddOrRemoveMembers() {
        Created acme = create(register("ada"), unique("acme"));
        Session bob = register("bob");
        Session carol = register("carol");
        addMember(acme.admin(), acme.id(), bob.userId());
        Session member = login(bob);

        assertThat(addMember(member, acme.id(), carol.userId()).status()).isEqualTo(403);
        assertThat(removeMember(member, acme.id(), acme.admin().userId()).status()).isEqualTo(403);
        assertThat(roles(login(carol).token())).doesNotContain(member(acme.id()));
        assertThat(roles(login(acme.admin()).token())).contains(admin(acme.id()));
    }

    @Test
    void anAdminOfOneOrganizationCannotManageAnothersMembers() {
        Created a = create(register("ada"), unique("a"));
        Session bob = register("bob");
        Created b = create(bob, unique("b"));
        Session carol = register("carol");
        addMember(b.admin(), b.id(), carol.userId());

        assertThat(addMember(a.admin(), b.id(), register("dave").userId()).status()).isEqualTo(403);
        assertThat(removeMember(a.admin(), b.id(), carol.userId()).status()).isEqualTo(403);
        assertThat(removeMember(a.admin(), b.id(), bob.userId()).status()).isEqualTo(403);
        assertThat(roles(login(carol).token())).contains(member(b.id()));
        assertThat(roles(login(bob).token())).contains(admin(b.id()));
    }

    @Test
    void unknownOrganizationsAndUsersAreNotFound() {
        Created acme = create(register("ada"), unique("acme"));
        Session bob = register("bob");

        assertThat(addMember(acme.admin(), "org_" + unique("none"), bob.userId()).status()).isEqualTo(404);
        assertThat(addMember(acme.admin(), acme.id(), "usr_" + unique("none")).status()).isEqualTo(404);
        assertThat(removeMember(acme.admin(), acme.id(), "usr_" + unique("none")).status()).isEqualTo(404);
        assertThat(removeMember(acme.admin(), "org_" + unique("none"), bob.userId()).status()).isEqualTo(404);
        assertThat(roles(login(bob).token())).noneMatch(role -> role.startsWith("user-svc:org:"));
    }

    @Test
    void listingNeedsThePermission() {
        Session bob = register("bob");
        Created acme = create(bob, unique("acme"));

        Reply refused = api().post("/user-svc/organizations", acme.admin().token(), obj());
        JsonNode listed = listAll(login(ADMIN_SLUG, ADMIN_PASSWORD, APP_HOST));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(iterateIds(listed)).contains(acme.id());
    }

    @Test
    void badInputIsRefused() {
        Session ada = register("ada");

        assertThat(saveOrganization(ada, obj("name", "No slug")).status()).isEqualTo(400);
        assertThat(saveOrganization(ada, obj("slug", "Not A Slug", "name", "x")).status()).isEqualTo(400);
        assertThat(saveOrganization(ada, obj("slug", unique("ok"))).status()).isEqualTo(400);
        assertThat(api().post("/user-svc/self", ada.token(), obj()).json().has("organizations")).isFalse();
        assertThat(api().put("/user-svc/organization", null, obj("slug", unique("x"), "name", "x")).status())
                .isEqualTo(401);
    }

    private static List<String> iterate(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> iterateIds(JsonNode organizations) {
        List<String> ids = new ArrayList<>();
        organizations.forEach(organization -> ids.add(organization.path("id").asText()));
        return ids;
    }
}
