package org.hazlex;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the core free of the command line and HTTP layers (picocli, Javalin, Jetty), the HTTP adapter off the engine,
 * and Drools and JAXB in their own packages.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.hazlex");

    @Test
    void theCoreDoesNotDependOnTheCommandLineOrHttp() {
        noClasses().that().resideOutsideOfPackages("org.hazlex.cli..", "org.hazlex.http..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hazlex.cli..", "org.hazlex.http..", "picocli..", "io.javalin..",
                        "org.eclipse.jetty..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void theHttpAdapterIsThinOverTheFacadeAndTheReports() {
        noClasses().that().resideInAPackage("org.hazlex.http..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hazlex.engine..", "org.hazlex.intake..",
                        "org.hazlex.cli..", "org.kie..", "org.drools..")
                .check(CLASSES);
    }

    @Test
    void onlyTheEngineUsesDrools() {
        noClasses().that().resideOutsideOfPackage("org.hazlex.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(CLASSES);
    }

    @Test
    void onlyTheLegislationPackageUsesJaxb() {
        noClasses().that().resideOutsideOfPackage("org.hazlex.legislation..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.xml.bind..")
                .check(CLASSES);
    }

    @Test
    void onlyTheDraftWorkbenchUsesPoi() {
        noClasses().that().resideOutsideOfPackage("org.hazlex.draft..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
                .check(CLASSES);
    }

    @Test
    void theCoreDoesNotDependOnTheDraftWorkbench() {
        noClasses().that().resideInAnyPackage("org.hazlex.domain..", "org.hazlex.intake..", "org.hazlex.legislation..",
                        "org.hazlex.engine..", "org.hazlex.findings..", "org.hazlex.assess..", "org.hazlex.report..")
                .should().dependOnClassesThat().resideInAPackage("org.hazlex.draft..")
                .check(CLASSES);
    }

    @Test
    void theDomainDependsOnNothingElseInHazlex() {
        noClasses().that().resideInAPackage("org.hazlex.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hazlex.intake..", "org.hazlex.legislation..",
                        "org.hazlex.engine..", "org.hazlex.findings..", "org.hazlex.assess..", "org.hazlex.report..")
                .check(CLASSES);
    }

    @Test
    void reportsDoNotReachIntoTheEngine() {
        noClasses().that().resideInAPackage("org.hazlex.report..")
                .should().dependOnClassesThat().resideInAPackage("org.hazlex.engine..")
                .check(CLASSES);
    }

    @Test
    void onlyTheReportPackagePrintsPdf() {
        noClasses().that().resideOutsideOfPackage("org.hazlex.report..")
                .should().dependOnClassesThat().resideInAnyPackage("com.openhtmltopdf..", "org.apache.pdfbox..")
                .check(CLASSES);
    }

    @Test
    void theGeneratorReadsOnlyTheLawAndTheDomain() {
        noClasses().that().resideInAPackage("org.hazlex.synth..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hazlex.engine..", "org.hazlex.assess..",
                        "org.hazlex.intake..", "org.hazlex.findings..", "org.hazlex.report..", "org.hazlex.batch..")
                .check(CLASSES);
    }

    @Test
    void batchModeGoesThroughTheAssessorNotTheEngine() {
        noClasses().that().resideInAPackage("org.hazlex.batch..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hazlex.engine..", "org.kie..", "org.drools..")
                .check(CLASSES);
    }
}
