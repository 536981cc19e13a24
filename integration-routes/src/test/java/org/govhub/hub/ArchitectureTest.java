package org.govhub.hub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries of docs/architecture.md, checked on the classes the hub runs with. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.govhub");
    }

    @Test
    void connectorsNeverDependOnEachOther() {
        slices().matching("org.govhub.connectors.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.govhub.connectors.support.."))
                .because("a connector does one thing for one agency; shared shapes belong in connector-support")
                .check(classes);
    }

    @Test
    void theHubDoesNotReachIntoConnectors() {
        noClasses().that().resideInAPackage("org.govhub.hub..")
                .and().resideOutsideOfPackages("org.govhub.hub.ledger..", "org.govhub.hub.resilience..",
                        "org.govhub.hub.sharing..")
                .should().dependOnClassesThat().resideInAPackage("org.govhub.connectors..")
                .because("mandates speak to agencies only through commands on the broker")
                .check(classes);
    }

    @Test
    void theHubProvidesConnectorsOnlyTheirSupportInterfaces() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().resideInAnyPackage("org.govhub.hub.ledger..", "org.govhub.hub.resilience..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.govhub.connectors.support..",
                        "org.govhub.hub..", "java..", "org.springframework..", "io.github.resilience4j..",
                        "io.micrometer..")
                .because("the hub hosts the connectors' ledger and circuit breakers; it never touches a connector's internals")
                .check(classes);
    }

    @Test
    void sharingRequestsUseConnectorsOnlyThroughTheirQueryInterface() {
        noClasses().that().resideInAPackage("org.govhub.hub.sharing..")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAPackage("org.govhub.connectors..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(com.tngtech.archunit.core.domain.JavaClass
                                .Predicates.resideInAPackage("org.govhub.connectors.support.."))))
                .because("M9 obtains unconditional resources through connector-support's ResourceQuery, never a connector's internals")
                .check(classes);
    }

    @Test
    void nothingInTheHubOrConnectorsDependsOnSimulators() {
        noClasses().that().resideInAnyPackage("org.govhub.hub..", "org.govhub.connectors..", "org.govhub.contracts..")
                .should().dependOnClassesThat().resideInAPackage("org.govhub.simulators..")
                .because("simulators stand in for agency systems in tests and demos, never in production code")
                .check(classes);
    }

    @Test
    void contractsDependOnNothingThatRuns() {
        noClasses().that().resideInAPackage("org.govhub.contracts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.govhub.hub..", "org.govhub.connectors..",
                        "org.apache.camel..", "org.springframework..")
                .because("contracts are published for integrators and must not drag the hub with them")
                .check(classes);
    }

    @Test
    void noRawRuntimeExceptions() {
        noClasses().that().resideInAnyPackage("org.govhub.hub..", "org.govhub.connectors..")
                .should().callConstructor(RuntimeException.class)
                .because("a failure names what went wrong with its own type, so retries and dead letters can tell them apart")
                .check(classes);
    }
}
