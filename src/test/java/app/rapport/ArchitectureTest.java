package app.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The four floors of ARCHITECTURE.md and the UI's own rules: a wrong import or call fails the build. */
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
    static final ArchRule readsAreQueriesTheWriteTrackerKnows = noClasses()
            .should().callMethod("org.jooq.DSLContext", "fetchCount", "org.jooq.Select")
            .orShould().callMethod("org.jooq.DSLContext", "fetchCount", "org.jooq.Table")
            .orShould().callMethod("org.jooq.DSLContext", "fetchCount", "org.jooq.Table", "org.jooq.Condition")
            .orShould().callMethod("org.jooq.DSLContext", "fetchCount", "org.jooq.Table", "org.jooq.Condition[]")
            .orShould().callMethod("org.jooq.DSLContext", "fetchCount", "org.jooq.Table", "java.util.Collection")
            .because("jOOQ runs a count as a statement of its own that is no Select, which the write tracker takes "
                    + "for a write of everything: every page then reads again, and a page that reads again on a "
                    + "change reads forever. Count with selectCount()");

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

    @ArchTest
    static final ArchRule dialogsGoThroughOneService = noClasses()
            .that().resideInAPackage("app.rapport.ui..")
            .and().doNotHaveSimpleName("FxDialogService")
            .should().callConstructorWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                    JavaClass.Predicates.assignableTo("javafx.scene.control.Alert"))))
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.FileChooser")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.DirectoryChooser")
            .because("every confirmation, alert and file choice goes through the DialogService, so that what a "
                    + "view model asks is tested with scripted answers, and every dialog is owned and themed alike");

    @ArchTest
    static final ArchRule viewModelsBuildNoControls = noClasses()
            .that().resideInAPackage("app.rapport.ui..").and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "atlantafx..",
                    "org.controlsfx..")
            .because("a view model decides and a view builds controls: a view model without controls is tested "
                    + "without a window");

    @ArchTest
    static final ArchRule pagesAreReachedThroughTheNavigator = noClasses()
            .that().resideInAPackage("app.rapport.ui..").and().resideOutsideOfPackage("app.rapport.ui.shell..")
            .should().dependOnClassesThat().resideInAPackage("app.rapport.ui.shell..")
            .because("a page opens another through the Navigator; only the shell knows how pages are put on "
                    + "screen, so adding a page touches the Page list and one factory line");
}
