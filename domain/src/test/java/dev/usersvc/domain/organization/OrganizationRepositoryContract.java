package dev.usersvc.domain.organization;

import static dev.usersvc.domain.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.Fixtures;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.user.Slug;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link OrganizationRepository} does, over an initially empty store. */
public interface OrganizationRepositoryContract {
    OrganizationRepository newRepository();

    @Test
    default void readsBackEveryFieldItStored() {
        OrganizationRepository organizations = newRepository();
        Organization acme = OrganizationFixtures.anOrganization().thumbnailFileId("file_1").build();
        Organization plain = OrganizationFixtures.anOrganization().build();

        organizations.insert(acme);
        organizations.insert(plain);

        assertThat(organizations.findById(acme.id())).contains(acme);
        assertThat(organizations.findById(plain.id())).contains(plain);
        assertThat(organizations.findBySlug(acme.appId(), acme.slug())).contains(acme);
        assertThat(organizations.findById(OrganizationId.random())).isEmpty();
        assertThat(organizations.findBySlug(AppId.random(), acme.slug())).isEmpty();
    }

    @Test
    default void rejectsATakenSlugInTheSameAppButNotInAnother() {
        OrganizationRepository organizations = newRepository();
        AppId shoes = AppId.random();
        organizations.insert(OrganizationFixtures.anOrganization().app(shoes).slug("acme").build());

        DomainException failure = failureOf(() -> organizations.insert(
                OrganizationFixtures.anOrganization().app(shoes).slug("acme").build()));
        Organization elsewhere = OrganizationFixtures.anOrganization().app(AppId.random()).slug("acme").build();
        organizations.insert(elsewhere);

        assertThat(failure.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(failure.getMessage()).isEqualTo("organization slug is already taken");
        assertThat(organizations.findById(elsewhere.id())).contains(elsewhere);
        assertThat(organizations.list(OrganizationQuery.all(shoes))).hasSize(1);
    }

    @Test
    default void rejectsATakenId() {
        OrganizationRepository organizations = newRepository();
        Organization acme = OrganizationFixtures.anOrganization().build();
        organizations.insert(acme);

        DomainException failure = failureOf(() -> organizations.insert(
                OrganizationFixtures.anOrganization().id(acme.id()).app(AppId.random()).build()));

        assertThat(failure.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(failure.getMessage()).isEqualTo("organization id is already taken");
        assertThat(organizations.findById(acme.id())).contains(acme);
    }

    @Test
    default void replacesAnOrganizationOnUpdate() {
        OrganizationRepository organizations = newRepository();
        Organization acme = OrganizationFixtures.anOrganization().build();
        organizations.insert(acme);

        Organization renamed = acme.withProfile("Acme Ltd", new Slug("acme-ltd"), "file_2",
                acme.updatedAt().plusSeconds(1));
        organizations.update(renamed);

        assertThat(organizations.findById(acme.id())).contains(renamed);
        assertThat(organizations.findBySlug(acme.appId(), acme.slug())).isEmpty();
    }

    @Test
    default void refusesToUpdateOntoATakenSlugOrAMissingOrganization() {
        OrganizationRepository organizations = newRepository();
        AppId shoes = AppId.random();
        Organization acme = OrganizationFixtures.anOrganization().app(shoes).slug("acme").build();
        Organization globex = OrganizationFixtures.anOrganization().app(shoes).slug("globex").build();
        organizations.insert(acme);
        organizations.insert(globex);

        assertThat(failureOf(() -> organizations.update(globex.withProfile("Globex", new Slug("acme"), "",
                globex.updatedAt()))).kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(failureOf(() -> organizations.update(OrganizationFixtures.anOrganization().build())).kind())
                .isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(organizations.findById(globex.id())).contains(globex);
    }

    @Test
    default void listsOneAppsOrganizationsOldestFirstByIdsAndAfterACursor() {
        OrganizationRepository organizations = newRepository();
        AppId shoes = AppId.random();
        Instant start = Fixtures.uniqueTime();
        Organization first = OrganizationFixtures.anOrganization().app(shoes).createdAt(start.plusSeconds(3)).build();
        Organization second = OrganizationFixtures.anOrganization().app(shoes).createdAt(start.plusSeconds(1))
                .build();
        Organization third = OrganizationFixtures.anOrganization().app(shoes).createdAt(start.plusSeconds(2)).build();
        Organization elsewhere = OrganizationFixtures.anOrganization().app(AppId.random()).build();
        List.of(first, second, third, elsewhere).forEach(organizations::insert);

        assertThat(organizations.list(OrganizationQuery.all(shoes))).containsExactly(second, third, first);
        assertThat(organizations.list(new OrganizationQuery(shoes, Optional.empty(), Optional.empty(), 2)))
                .containsExactly(second, third);
        assertThat(organizations.list(new OrganizationQuery(shoes, Optional.empty(),
                Optional.of(third.createdAt()), 10))).containsExactly(first);
        assertThat(organizations.list(new OrganizationQuery(shoes, Optional.of(List.of(first.id(), elsewhere.id())),
                Optional.empty(), 10))).containsExactly(first);
        assertThat(organizations.list(new OrganizationQuery(shoes, Optional.of(List.of()), Optional.empty(), 10)))
                .isEmpty();
    }

    @Test
    default void countsOrganizationsOfEveryApp() {
        OrganizationRepository organizations = newRepository();
        assertThat(organizations.count()).isZero();

        organizations.insert(OrganizationFixtures.anOrganization().app(AppId.random()).build());
        organizations.insert(OrganizationFixtures.anOrganization().app(AppId.random()).build());

        assertThat(organizations.count()).isEqualTo(2);
    }
}
