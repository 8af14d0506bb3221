package id.lumbung.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.lumbung.common.ApiProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (docs/architecture.md): the pages and search read the domain, the domain knows
 * neither; features form no cycle, and neither do the parts of search.
 */
class ArchitectureTest {

    private static final String[] DOMAIN = {"id.lumbung.catalogue..", "id.lumbung.region..",
        "id.lumbung.replication..", "id.lumbung.learning..", "id.lumbung.recommendation..", "id.lumbung.access..",
        "id.lumbung.audit..", "id.lumbung.common..", "id.lumbung.database.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.lumbung");
    }

    @Test
    void featuresFormNoCycle() {
        slices().matching("id.lumbung.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void thePartsOfSearchFormNoCycle() {
        slices().matching("id.lumbung.search.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theDomainNeverDependsOnSearch() {
        noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat()
                .resideInAPackage("id.lumbung.search..").check(classes);
    }

    /** The Lucene side of search throws domain exceptions; the resources in id.lumbung.search map them to HTTP. */
    @Test
    void theSearchCoreKnowsNoHttp() {
        noClasses().that().resideInAnyPackage("id.lumbung.search.query..", "id.lumbung.search.index..",
                "id.lumbung.search.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.quarkiverse.resteasy.problem..",
                        "org.jboss.resteasy..", "io.vertx.ext.web..")
                .orShould().dependOnClassesThat().belongToAnyOf(ApiProblem.class)
                .check(classes);
    }

    @Test
    void onlyThePagesDependOnThePages() {
        noClasses().that().resideOutsideOfPackage("id.lumbung.web..").should().dependOnClassesThat()
                .resideInAPackage("id.lumbung.web..").check(classes);
    }

    @Test
    void theCommonPackageDependsOnNoFeature() {
        noClasses().that().resideInAPackage("id.lumbung.common..").should().dependOnClassesThat()
                .resideInAnyPackage("id.lumbung.catalogue..", "id.lumbung.region..", "id.lumbung.replication..",
                        "id.lumbung.learning..", "id.lumbung.recommendation..", "id.lumbung.search..",
                        "id.lumbung.web..")
                .check(classes);
    }
}
