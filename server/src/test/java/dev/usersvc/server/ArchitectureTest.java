package dev.usersvc.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rule (STYLE §2) beyond what the compiler checks. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.usersvc");
    }

    @Test
    void domainAndApplicationUseNoFrameworks() {
        noClasses().that().resideInAnyPackage("dev.usersvc.domain..", "dev.usersvc.application..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "org.jdbi..",
                        "io.dropwizard..", "jakarta..", "com.auth0..", "org.slf4j..", "liquibase..",
                        "de.mkammerer..", "com.github.benmanes..")
                .check(classes);
    }

    @Test
    void domainDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.usersvc.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.usersvc.application..",
                        "dev.usersvc.persistence..", "dev.usersvc.rest..", "dev.usersvc.web..", "dev.usersvc.server..")
                .check(classes);
    }

    @Test
    void adaptersNeverImportEachOther() {
        noClasses().that().resideInAPackage("dev.usersvc.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.usersvc.rest..", "dev.usersvc.web..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.usersvc.rest..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.usersvc.persistence..", "dev.usersvc.web..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.usersvc.web..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.usersvc.persistence..", "dev.usersvc.rest..")
                .allowEmptyShould(true) // the console module may hold nothing yet
                .check(classes);
    }

    @Test
    void onlyTheServerKnowsTheServer() {
        noClasses().that().resideOutsideOfPackage("dev.usersvc.server..")
                .should().dependOnClassesThat().resideInAPackage("dev.usersvc.server..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.usersvc.(*)..").should().beFreeOfCycles().check(classes);
    }
}
