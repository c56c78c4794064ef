package org.hazlex.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Build-time step (Maven's {@code process-classes} phase; see pom.xml): compiles {@code rules/} into the Drools
 * executable model, one KieModule per country with legislation ({@code rules/common} plus {@code rules/CC} if
 * it exists, as {@link RuleEngine} builds them from DRL), each written as {@code rules-model/CC.jar} under the
 * class output, so
 * the shipped jar never runs the DRL compiler. Uses {@code drools-model-codegen}, which is a build-only
 * ({@code provided}) dependency and is not in the jar.
 *
 * <p>Arguments: the rules folder, the legislation folder (its two-letter folders name the countries), the class
 * output folder.
 */
public final class RuleModelBuild {
    private RuleModelBuild() {
    }

    public static void main(String[] args) throws IOException {
        Path rules = Path.of(args[0]);
        Path legislation = Path.of(args[1]);
        Path out = Path.of(args[2]);
        KieServices ks = KieServices.Factory.get();
        List<String> countries;
        try (Stream<Path> s = Files.list(legislation)) {
            countries = s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("[A-Z]{2}")).sorted().toList();
        }
        for (String cc : countries) {
            KieFileSystem kfs = ks.newKieFileSystem();
            kfs.generateAndWritePomXML(RuleEngine.modelRelease(ks, cc));
            RuleEngine.writeRules(kfs, rules, cc);
            KieBuilder kb = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            List<Message> errors = kb.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("rules for " + cc + " do not compile to the executable model: " + errors);
            }
            Path file = out.resolve(RuleEngine.modelResource(cc));
            Files.createDirectories(file.getParent());
            Files.write(file, ((InternalKieModule) kb.getKieModule()).getBytes());
        }
    }
}
