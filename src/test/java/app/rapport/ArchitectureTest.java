package app.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Instant;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The four floors of ARCHITECTURE.md: a wrong import fails the build. */
@AnalyzeClasses(packages = "app.rapport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule floors = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("ui").definedBy("app.rapport.ui..")
            .layer("cli").definedBy("app.rapport.cli..")
            .layer("service").definedBy("app.rapport.service..")
            .layer("store").definedBy("app.rapport.store..")
            .layer("interchange").definedBy("app.rapport.interchange..")
            .layer("domain").definedBy("app.rapport.domain..")
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("store").mayOnlyBeAccessedByLayers("service", "ui", "cli")
            .whereLayer("interchange").mayOnlyBeAccessedByLayers("service", "ui", "cli")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("ui", "cli", "service", "store", "interchange");

    @ArchTest
    static final ArchRule storeAndInterchangeDoNotKnowEachOther = noClasses()
            .that().resideInAPackage("app.rapport.store..")
            .should().dependOnClassesThat().resideInAPackage("app.rapport.interchange..")
            .andShould().dependOnClassesThat().resideInAPackage("app.rapport.service..");

    @ArchTest
    static final ArchRule onlyTheStoreTalksToTheDatabase = noClasses()
            .that().resideOutsideOfPackage("app.rapport.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..",
                    "org.flywaydb..", "org.h2..");

    @ArchTest
    static final ArchRule theUiChangesDataOnlyThroughServices = noClasses()
            .that().resideInAPackage("app.rapport.ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("app.rapport.store.StoreTransaction")
            .orShould().callMethod("app.rapport.store.Store", "transact", java.util.function.Function.class.getName());

    @ArchTest
    static final ArchRule javaFxStaysInTheUi = noClasses()
            .that().resideInAnyPackage("app.rapport.domain..", "app.rapport.store..", "app.rapport.service..",
                    "app.rapport.interchange..", "app.rapport.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                    "org.kordamp..");

    @ArchTest
    static final ArchRule theDomainIsPureJava = noClasses()
            .that().resideInAPackage("app.rapport.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..", "org.slf4j..")
            .orShould().dependOnClassesThat().belongToAnyOf(Clock.class)
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis");
}
