package dev.usersvc.domain.role;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.domain.user.Slug;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Decision 11 as properties: without admin roles, a caller owns exactly its slug and what starts with
 * {@code slug:}. The generators favour a small alphabet so that slugs often prefix one another and candidate
 * roles often sit right next to the caller's namespace ({@code slug-x:…}, {@code slugx}, {@code slug}).
 */
final class OwnershipProperties {
    private static final String WORD_CHARS = "abus01";
    private static final String TAIL_CHARS = "abus01-:{}";

    /** The rule as decision 11 states it for a caller holding no {@code …:admin} role. */
    static boolean boundaryRule(String slug, String roleOrPermission) {
        return roleOrPermission.equals(slug) || roleOrPermission.startsWith(slug + ":");
    }

    record Case(String slug, List<String> roles, String candidate) {
    }

    @Property(tries = 500)
    void ownsOnlyItsSlugAndWhatStartsWithSlugColon(@ForAll("cases") Case c) {
        boolean owns = new Ownership(c.slug(), c.roles()).owns(c.candidate());

        assertThat(owns).as("%s owns %s", c.slug(), c.candidate()).isEqualTo(boundaryRule(c.slug(), c.candidate()));
    }

    @Property(tries = 500)
    void neverLetsAShorterSlugOwnTheNamespaceOfALongerOne(@ForAll("slugs") String shorter,
                                                           @ForAll("extensions") String extension,
                                                           @ForAll("tails") String tail,
                                                           @ForAll("callerRoles") List<String> roles) {
        String longer = new Slug(shorter + extension).value(); // still a valid, different slug
        Ownership ownership = new Ownership(shorter, roles);

        assertThat(ownership.owns(longer)).as("%s owns %s", shorter, longer).isFalse();
        assertThat(ownership.owns(longer + ":" + tail)).as("%s owns %s:%s", shorter, longer, tail).isFalse();
    }

    @Example
    void wouldCatchARuleWithoutTheColonBoundary() {
        BiPredicate<String, String> plainPrefix = (slug, role) -> role.startsWith(slug);

        // the counter-example the properties exist for: slug `user` must not own `user-svc:admin`
        assertThat(plainPrefix.test("user", "user-svc:admin")).isTrue();
        assertThat(boundaryRule("user", "user-svc:admin")).isFalse();
        assertThat(new Ownership("user", List.of(Role.USER.value())).owns("user-svc:admin")).isFalse();
        assertThat(plainPrefix.test("joe", "joe-doe:x")).isNotEqualTo(boundaryRule("joe", "joe-doe:x"));

        // and the generator reaches such cases often, so the property fails for a plain prefix rule
        long disagreements = cases().sampleStream().limit(500)
                .filter(c -> plainPrefix.test(c.slug(), c.candidate()) != boundaryRule(c.slug(), c.candidate()))
                .count();
        assertThat(disagreements).isPositive();
    }

    @Provide
    Arbitrary<Case> cases() {
        return slugs().flatMap(slug -> Combinators.combine(callerRoles(), candidates(slug))
                .as((roles, candidate) -> new Case(slug, roles, candidate)));
    }

    /** Slugs matching {@code [a-z0-9]+(-[a-z0-9]+)*}. */
    @Provide
    Arbitrary<String> slugs() {
        return words().list().ofMinSize(1).ofMaxSize(4).map(words -> String.join("-", words));
    }

    /** What turns a slug into a longer valid slug: {@code joe} → {@code joex} or {@code joe-doe}. */
    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.oneOf(words(), words().map(word -> "-" + word));
    }

    @Provide
    Arbitrary<String> tails() {
        return Arbitraries.strings().withChars(TAIL_CHARS).ofMinLength(0).ofMaxLength(10);
    }

    /** Roles of a caller that is neither platform admin nor holds any {@code …:admin} role. */
    @Provide
    Arbitrary<List<String>> callerRoles() {
        Arbitrary<String> role = Arbitraries.oneOf(
                Arbitraries.strings().withChars(TAIL_CHARS).ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("user-svc:user", "user-svc:org:{abc}:user", "admin", "x:admins", "x:admin:y"));
        return role.filter(value -> !value.endsWith(":admin")).list().ofMaxSize(4).map(roles -> {
            List<String> all = new ArrayList<>(roles);
            all.add(0, Role.USER.value());
            return all;
        });
    }

    private Arbitrary<String> candidates(String slug) {
        Arbitrary<String> tail = tails();
        return Arbitraries.oneOf(
                Arbitraries.just(slug),
                tail.map(value -> slug + ":" + value),
                tail.map(value -> slug + value),
                words().map(word -> slug + "-" + word + ":admin"),
                Arbitraries.integers().between(1, slug.length()).map(end -> slug.substring(0, end)),
                tail.map(value -> value + slug),
                tail.filter(value -> !value.isEmpty()));
    }

    private static Arbitrary<String> words() {
        return Arbitraries.strings().withChars(WORD_CHARS).ofMinLength(1).ofMaxLength(5);
    }
}
