package org.calfcheck.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class StoreLayerTest {

    @Test
    void theStoreKnowsNoScreenNoPdfAndNoCommandLine() {
        noClasses().that().resideInAPackage("org.calfcheck.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "org.apache.pdfbox..",
                        "org.calfcheck.ui..", "org.calfcheck.cli..", "org.calfcheck.report..", "picocli..")
                .because("the store keeps records; the app, the sheet and the command line present them")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.calfcheck"));
    }
}
