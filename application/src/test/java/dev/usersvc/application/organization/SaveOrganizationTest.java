package dev.usersvc.application.organization;

import static dev.usersvc.application.TestUseCases.PASSWORD;
import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.application.token.ExchangeToken;
import dev.usersvc.application.token.IssuedToken;
import dev.usersvc.application.user.ReadSelf;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.organization.Organization;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.Slug;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class SaveOrganizationTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller ada = world.registered("ada");

    private SaveOrganization.Result save(Caller caller, Optional<OrganizationId> id, String slug, String name) {
        return world.useCases.saveOrganization().handle(caller,
                new SaveOrganization.Command(id, new Slug(slug), name, ""));
    }

    @Test
    void makesTheCreatorAnActiveAdminMemberAndHandsOutATokenThatSaysSo() {
        SaveOrganization.Result result = save(ada, Optional.empty(), "acme", "Acme");

        Organization acme = result.organization();
        assertThat(acme.id().value()).startsWith("org_");
        assertThat(acme.appId()).isEqualTo(ada.appId());
        assertThat(world.organizations.findById(acme.id())).contains(acme);
        assertThat(world.memberships.activeOf(ada.userId(), ada.appId())).contains(acme.id());
        Caller fresh = world.callerOf(result.token());
        assertThat(fresh.roles()).contains(Role.organizationAdmin(acme.id().value()).value());
        assertThat(fresh.activeOrganizationId()).contains(acme.id().value());
        assertThat(fresh.device()).isEqualTo(ada.device());
        assertThat(result.token().token().active()).isTrue();
    }

    @Test
    void acceptsANewCallerSuppliedId() {
        OrganizationId chosen = new OrganizationId("org_chosen-by-client");

        assertThat(save(ada, Optional.of(chosen), "acme", "Acme").organization().id()).isEqualTo(chosen);
    }

    @Test
    void refusesATakenSlugInTheSameAppUnlessTheCallerIsItsAdmin() {
        Organization acme = save(ada, Optional.empty(), "acme", "Acme").organization();
        Caller bob = world.registered("bob");

        assertThat(kindOf(() -> save(bob, Optional.empty(), "acme", "Bob's Acme"))).isEqualTo(ErrorKind.CONFLICT);
        assertThat(kindOf(() -> save(bob, Optional.of(OrganizationId.random()), "acme", "Bob's Acme")))
                .isEqualTo(ErrorKind.CONFLICT);
        assertThat(world.organizations.findById(acme.id())).contains(acme);
        assertThat(world.memberships.members(acme.id())).hasSize(1);
    }

    @Test
    void neverTakesOverAnotherOrganizationByItsId() {
        Organization acme = save(ada, Optional.empty(), "acme", "Acme").organization();
        Caller bob = world.registered("bob");

        assertThat(kindOf(() -> save(bob, Optional.of(acme.id()), "bobs-own", "Mine now")))
                .isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(world.organizations.findById(acme.id())).contains(acme);
        assertThat(world.enrolls.exists(bob.appId(), bob.userId(), Role.organizationAdmin(acme.id().value())))
                .isFalse();
    }

    @Test
    void letsTheAdminRenameByIdButNotOntoAnotherOrganizationsSlug() {
        SaveOrganization.Result created = save(ada, Optional.empty(), "acme", "Acme");
        Caller admin = world.callerOf(created.token());
        Organization globex = save(admin, Optional.empty(), "globex", "Globex").organization();
        Caller adminOfBoth = world.callerOf(world.login("ada", PASSWORD));
        OrganizationId acme = created.organization().id();

        Organization renamed = save(adminOfBoth, Optional.of(acme), "acme-ltd", "Acme Ltd").organization();

        assertThat(world.organizations.findById(acme)).contains(renamed);
        assertThat(renamed.slug().value()).isEqualTo("acme-ltd");
        assertThat(kindOf(() -> save(adminOfBoth, Optional.of(acme), "globex", "Clash")))
                .isEqualTo(ErrorKind.CONFLICT);
        assertThat(world.organizations.findById(globex.id())).contains(globex);
    }

    @Test
    void theSameSlugIsFreeInAnotherApp() {
        save(ada, Optional.empty(), "acme", "Acme");
        IssuedToken elsewhere = world.useCases.exchangeToken().handle(ada, new ExchangeToken.Command(
                Optional.of(new AppHost("other.example.com")), Optional.empty(), Optional.empty()));

        Organization other = save(world.callerOf(elsewhere), Optional.empty(), "acme", "Other Acme").organization();

        assertThat(other.appId()).isEqualTo(elsewhere.app().id());
    }

    @Test
    void requiresANameAndThePermission() {
        assertThat(kindOf(() -> save(ada, Optional.empty(), "acme", ""))).isEqualTo(ErrorKind.INVALID_INPUT);
        world.permits.findAll().forEach(permit -> world.permits.delete(permit.id()));
        world.useCases.permissions().refreshIfChanged();

        assertThat(kindOf(() -> save(ada, Optional.empty(), "acme", "Acme"))).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(world.organizations.findBySlug(ada.appId(), new Slug("acme"))).isEmpty();
    }

    @Test
    void readSelfAndExchangeShowTheActiveOrganizationOfTheTokensApp() {
        Organization acme = save(ada, Optional.empty(), "acme", "Acme").organization();
        Caller fresh = world.callerOf(world.login("ada", PASSWORD));

        ReadSelf.Result self = world.useCases.readSelf().handle(fresh, false);
        IssuedToken elsewhere = world.useCases.exchangeToken().handle(fresh, new ExchangeToken.Command(
                Optional.of(new AppHost("other.example.com")), Optional.empty(), Optional.empty()));
        IssuedToken back = world.useCases.exchangeToken().handle(world.callerOf(elsewhere), new ExchangeToken.Command(
                Optional.empty(), Optional.of(acme.appId()), Optional.of("phone")));

        assertThat(self.organizations()).containsExactly(acme);
        assertThat(self.activeOrganizationId()).contains(acme.id());
        assertThat(world.callerOf(elsewhere).activeOrganizationId()).isEmpty();
        assertThat(world.useCases.readSelf().handle(world.callerOf(elsewhere), false).organizations()).isEmpty();
        assertThat(world.callerOf(back).activeOrganizationId()).contains(acme.id().value());
    }
}
