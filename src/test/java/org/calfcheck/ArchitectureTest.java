package org.calfcheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Paths;
import org.calfcheck.cli.archfixture.BuildsWindows;
import org.calfcheck.content.archfixture.BreaksLayers;
import org.calfcheck.engine.archfixture.ReportHelper;
import org.calfcheck.platform.LogFolder;
import org.calfcheck.ui.app.DesktopApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering and house rules of docs/architecture.md, checked on the compiled main classes. */
class ArchitectureTest {

    private static final String CONTENT = "org.calfcheck.content..";
    private static final String ENGINE = "org.calfcheck.engine..";
    private static final String UI = "org.calfcheck.ui..";
    private static final String CLI = "org.calfcheck.cli..";

    static final ArchRule CORE_USES_NO_UI_PDF_OR_SQL = noClasses().that().resideInAnyPackage(CONTENT, ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..", "java.sql..",
                    "org.apache.pdfbox..", "org.xerial..", "org.sqlite..")
            .because("content and engine are pure logic, testable and reusable without a screen, a PDF or a database");

    static final ArchRule ENGINE_DOES_NO_FILE_IO = noClasses().that().resideInAPackage(ENGINE)
            .should().dependOnClassesThat().resideInAPackage("java.nio.file..")
            .orShould().dependOnClassesThat().belongToAnyOf(File.class, FileInputStream.class, FileOutputStream.class,
                    FileReader.class, FileWriter.class, RandomAccessFile.class)
            .because("the engine turns answers into an assessment and nothing else");

    static final ArchRule CONTENT_DOES_NOT_KNOW_THE_ENGINE = noClasses().that().resideInAPackage(CONTENT)
            .should().dependOnClassesThat().resideInAPackage(ENGINE)
            .because("the engine reads content, not the other way round");

    static final ArchRule CORE_DOES_NOT_KNOW_OUTER_LAYERS = noClasses().that().resideInAnyPackage(CONTENT, ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage(UI, CLI, "org.calfcheck.report..",
                    "org.calfcheck.store..", "org.calfcheck.platform..");

    static final ArchRule ONLY_THE_ENTRY_POINT_KNOWS_THE_UI = noClasses().that().resideOutsideOfPackages(UI, CLI)
            .should().dependOnClassesThat().resideInAPackage(UI)
            .because("the UI presents results; nothing else may depend on it except the entry point that starts it");

    static final ArchRule THE_COMMAND_LINE_ONLY_LAUNCHES_THE_APP = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("javafx..")
                    .or(JavaClass.Predicates.resideInAPackage(UI)
                            .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(DesktopApp.class)))))
            .because("the desktop app is put together in ui.app; the command line only launches it");

    static final ArchRule ONLY_THE_COMMAND_LINE_PRINTS = noClasses().that().resideOutsideOfPackage(CLI)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("everything else logs through SLF4J or returns values");

    static final ArchRule SLF4J_ONLY = noClasses().that().doNotHaveFullyQualifiedName(LogFolder.class.getName())
            .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.logging.log4j..",
                    "org.apache.log4j..",
                    "org.apache.commons.logging..", "ch.qos.logback..")
            .because("one logging API; Logback is configured only through logback.xml and LogFolder");

    static final ArchRule NO_VAGUE_CLASS_NAMES = noClasses()
            .should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
            .because("a class is named for what it is or does");

    static final ArchRule PATH_OF_NOT_PATHS_GET = noClasses()
            .should().callMethod(Paths.class, "get", String.class, String[].class)
            .orShould().callMethod(Paths.class, "get", URI.class)
            .because("Path.of is the modern spelling");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.calfcheck");
    }

    @Test
    void contentAndEngineUseNoJavaFxAwtPdfOrSql() {
        CORE_USES_NO_UI_PDF_OR_SQL.check(main);
    }

    @Test
    void theEngineDoesNoFileIo() {
        ENGINE_DOES_NO_FILE_IO.check(main);
    }

    @Test
    void contentDoesNotDependOnTheEngine() {
        CONTENT_DOES_NOT_KNOW_THE_ENGINE.check(main);
    }

    @Test
    void contentAndEngineDoNotDependOnOuterLayers() {
        CORE_DOES_NOT_KNOW_OUTER_LAYERS.check(main);
    }

    @Test
    void onlyTheEntryPointDependsOnTheUi() {
        ONLY_THE_ENTRY_POINT_KNOWS_THE_UI.check(main);
    }

    @Test
    void theCommandLineUsesNoJavaFxAndOnlyTheLauncherOfTheUi() {
        THE_COMMAND_LINE_ONLY_LAUNCHES_THE_APP.check(main);
    }

    @Test
    void onlyTheCommandLinePrintsToStandardStreams() {
        ONLY_THE_COMMAND_LINE_PRINTS.check(main);
    }

    @Test
    void loggingGoesThroughSlf4jOnly() {
        SLF4J_ONLY.check(main);
    }

    @Test
    void noClassIsAManagerHelperOrUtil() {
        NO_VAGUE_CLASS_NAMES.check(main);
    }

    @Test
    void nobodyCallsPathsGet() {
        PATH_OF_NOT_PATHS_GET.check(main);
    }

    @Test
    void theRulesCatchDeliberateViolations() {
        JavaClasses badContentClass = new ClassFileImporter().importClasses(BreaksLayers.class);
        JavaClasses badEngineClass = new ClassFileImporter().importClasses(ReportHelper.class);
        JavaClasses badCommandLineClass = new ClassFileImporter().importClasses(BuildsWindows.class);

        assertThrows(AssertionError.class, () -> CORE_USES_NO_UI_PDF_OR_SQL.check(badContentClass));
        assertThrows(AssertionError.class, () -> CONTENT_DOES_NOT_KNOW_THE_ENGINE.check(badContentClass));
        assertThrows(AssertionError.class, () -> CORE_DOES_NOT_KNOW_OUTER_LAYERS.check(badContentClass));
        assertThrows(AssertionError.class, () -> ONLY_THE_ENTRY_POINT_KNOWS_THE_UI.check(badContentClass));
        assertThrows(AssertionError.class, () -> ENGINE_DOES_NO_FILE_IO.check(badEngineClass));
        assertThrows(AssertionError.class, () -> ONLY_THE_COMMAND_LINE_PRINTS.check(badEngineClass));
        assertThrows(AssertionError.class, () -> SLF4J_ONLY.check(badEngineClass));
        assertThrows(AssertionError.class, () -> NO_VAGUE_CLASS_NAMES.check(badEngineClass));
        assertThrows(AssertionError.class, () -> PATH_OF_NOT_PATHS_GET.check(badEngineClass));
        assertThrows(AssertionError.class, () -> THE_COMMAND_LINE_ONLY_LAUNCHES_THE_APP.check(badCommandLineClass));
    }
}
