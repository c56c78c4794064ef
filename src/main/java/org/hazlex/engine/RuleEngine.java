package org.hazlex.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.hazlex.domain.Job;
import org.hazlex.domain.Load;
import org.hazlex.domain.ShiftTotal;
import org.hazlex.legislation.CountryLaw;
import org.hazlex.legislation.HazardList;
import org.hazlex.legislation.LawBook;
import org.hazlex.legislation.LawSnapshot;
import org.hazlex.legislation.ListScope;
import org.hazlex.legislation.ScopeBound;
import org.hazlex.util.ClasspathFolder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Evaluates jobs with Drools. Each country's knowledge base (rules/common plus rules/CC, if that folder exists) is
 * built once, when a job of that country first needs it. Each thread keeps one long-lived session per country and law epoch, holding that epoch's law facts (limits, bans,
 * list entries); a job's facts are inserted, the rules fire, and the job's facts are deleted again, so the list is
 * never re-inserted per job.
 */
public final class RuleEngine {
    /** The classpath folder the build packages {@code rules/} into. */
    public static final String RESOURCE_ROOT = "rules";
    static final String COMMON = "common";
    /** The classpath resource holding a country's rules precompiled to the executable model by {@link RuleModelBuild}. */
    static String modelResource(String country) {
        return "rules-model/" + country + ".jar";
    }

    static ReleaseId modelRelease(KieServices ks, String country) {
        return ks.newReleaseId("org.hazlex.rules-model", country.toLowerCase(java.util.Locale.ROOT), "1.0.0");
    }

    /** Set to {@code true} to build the rules from DRL at run time even when the precompiled model is present. */
    public static final String FORCE_DRL = "hazlex.rules.drl";

    private final LawBook laws;
    private final Path root;
    private final Map<String, KieBase> bases = new ConcurrentHashMap<>();
    private final ThreadLocal<Map<String, Session>> sessions = ThreadLocal.withInitial(HashMap::new);

    private final boolean fromDrl;
    private final Map<String, String> sources = new ConcurrentHashMap<>();

    public RuleEngine(LawBook laws) {
        this(laws, Boolean.getBoolean(FORCE_DRL));
    }

    /** With {@code fromDrl}, builds the rules from DRL at run time even when the precompiled model is packaged. */
    RuleEngine(LawBook laws, boolean fromDrl) {
        this.fromDrl = fromDrl;
        this.laws = laws;
        this.root = ClasspathFolder.of(RESOURCE_ROOT + "/" + COMMON + "/classify.drl", 2);
    }

    /** The countries rules can be built for: every country with legislation (rules/common plus an optional rules/CC). */
    public Set<String> countries() {
        return laws.countries();
    }

    /** Builds (once) and returns the country's knowledge base, checking every rule's metadata against the law. */
    public KieBase base(String country) {
        return bases.computeIfAbsent(country, this::build);
    }

    /** How the country's rules were built: {@code executable-model} (precompiled) or {@code drl} (compiled now). */
    public String source(String country) {
        base(country);
        return sources.get(country);
    }

    /** Every rule of a country, by name, with its metadata (kind, provision, message). */
    public Map<String, Map<String, Object>> rules(String country) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (KiePackage p : base(country).getKiePackages()) {
            for (Rule r : p.getRules()) {
                out.put(r.getName(), r.getMetaData());
            }
        }
        return out;
    }

    /** Evaluates one job under the law snapshot in force on its assessment date. */
    public Evaluation evaluate(Job job, int age, LawSnapshot snapshot) {
        Session session = sessions.get().computeIfAbsent(snapshot.country() + "@" + snapshot.epochStart(),
                k -> open(snapshot));
        return session.evaluate(job, age);
    }

    private Session open(LawSnapshot snapshot) {
        CountryLaw law = laws.country(snapshot.country()).orElseThrow();
        KieSession ks = base(snapshot.country()).newKieSession();
        FindingSink sink = new FindingSink(law.provisions());
        sink.sanctionsInForce(!snapshot.sanctions().isEmpty());
        ks.setGlobal("sink", sink);
        Map<String, HazardList> references = new java.util.LinkedHashMap<>();
        for (ListScope scope : snapshot.listScopes()) {
            for (ScopeBound b : scope.getBounds()) {
                if (b.kind() == ScopeBound.Kind.REFERENCE) {
                    references.put(b.referenceList(), laws.referenceList(b.referenceList()).orElseThrow(
                            () -> new IllegalStateException("list scope " + scope.getId() + " refers to "
                                    + b.referenceList() + ", which is not encoded")));
                }
            }
        }
        LawIndex index = new LawIndex(snapshot, references);
        snapshot.facts().forEach(ks::insert);
        index.facts().forEach(ks::insert);
        ks.fireAllRules();
        return new Session(ks, sink, index);
    }

    private KieBase build(String country) {
        CountryLaw law = laws.country(country).orElseThrow(
                () -> new IllegalStateException("rules exist for " + country + " but no legislation does"));
        KieBase precompiled = fromDrl ? null : precompiled(country);
        KieBase base = precompiled != null ? precompiled : compile(country);
        sources.put(country, precompiled != null ? "executable-model" : "drl");
        check(country, law, base);
        return base;
    }

    /**
     * The country's rules as precompiled at build time (the executable model), or null when they are not packaged.
     * The country's model jar (inside the hazlex jar) is read into memory and its classes are defined by a class
     * loader of their own, so the four countries' generated classes never meet.
     */
    private static KieBase precompiled(String country) {
        Map<String, byte[]> entries = new HashMap<>();
        try (java.io.InputStream in = RuleEngine.class.getClassLoader().getResourceAsStream(modelResource(country))) {
            if (in == null) {
                return null;
            }
            try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(in)) {
                for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    if (!e.isDirectory()) {
                        entries.put(e.getName(), zip.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String index = entries.keySet().stream().filter(n -> n.startsWith("META-INF/kie/") && n.endsWith("/drools-model"))
                .findFirst().orElseThrow(() -> new IllegalStateException(modelResource(country) + " has no drools-model index"));
        ModelClassLoader loader = new ModelClassLoader(entries, RuleEngine.class.getClassLoader());
        List<org.drools.model.Model> models = new ArrayList<>();
        for (String line : new String(entries.get(index), StandardCharsets.UTF_8).split("\\R")) {
            if (line.isBlank() || line.startsWith("Drools-Model-Version")) {
                continue;
            }
            try {
                models.add((org.drools.model.Model) loader.loadClass(line.trim()).getConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load the precompiled rules " + line + ": " + e, e);
            }
        }
        return org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** Defines the classes of one country's precompiled rules from the bytes of its model jar. */
    private static final class ModelClassLoader extends ClassLoader {
        private final Map<String, byte[]> entries;

        ModelClassLoader(Map<String, byte[]> entries, ClassLoader parent) {
            super(parent);
            this.entries = entries;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = entries.get(name.replace('.', '/') + ".class");
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }

        @Override
        public java.io.InputStream getResourceAsStream(String name) {
            byte[] b = entries.get(name);
            return b != null ? new java.io.ByteArrayInputStream(b) : super.getResourceAsStream(name);
        }
    }

    /** Builds the country's knowledge base from the DRL in {@code rules/} (drools-mvel and ECJ, about 3 s). */
    private KieBase compile(String country) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId release = ks.newReleaseId("org.hazlex.rules", country.toLowerCase(java.util.Locale.ROOT), "1.0.0");
        kfs.generateAndWritePomXML(release);
        try {
            writeRules(kfs, root, country);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KieBuilder kb = ks.newKieBuilder(kfs).buildAll(DrlProject.class);
        List<Message> errors = kb.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("rules for " + country + " do not compile: " + errors);
        }
        return ks.newKieContainer(release).getKieBase();
    }

    /** Writes the DRL files of {@code rules/common} and {@code rules/<country>} under {@code root} into {@code kfs}. */
    static void writeRules(KieFileSystem kfs, Path root, String country) throws IOException {
        for (String folder : List.of(COMMON, country)) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path drl : s.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                    kfs.write("src/main/resources/rules/" + folder + "/" + drl.getFileName(),
                            Files.readString(drl, StandardCharsets.UTF_8));
                }
            }
        }
    }

    /** Checks every rule's metadata against the country's law: judges cite provisions the law defines. */
    private static void check(String country, CountryLaw law, KieBase base) {
        List<String> problems = new ArrayList<>();
        for (KiePackage p : base.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Map<String, Object> meta = r.getMetaData();
                boolean common = p.getName().endsWith("." + COMMON);
                if (common) {
                    // Classification rules find nothing; judges cite the provision of the law fact they matched.
                    if (meta.containsKey("provision")) {
                        problems.add("common rule \"" + r.getName() + "\" names a provision; it must cite its law fact");
                    }
                    continue;
                }
                if (!meta.containsKey("kind") || !meta.containsKey("provision")) {
                    problems.add("rule \"" + r.getName() + "\" lacks @kind or @provision");
                    continue;
                }
                for (String id : meta.get("provision").toString().split("\\s+")) {
                    if (!law.provisions().containsKey(id)) {
                        problems.add("rule \"" + r.getName() + "\" names provision " + id + ", which " + country
                                + " legislation does not define");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("rules for " + country + " cite unknown provisions: " + problems);
        }
    }

    /** The words of a job the terms of the list are looked for in: its title and description. */
    static String text(Job job) {
        String title = job.job().title();
        String description = job.job().description();
        return (title == null ? "" : title) + "\n" + (description == null ? "" : description);
    }

    /** One thread's long-lived session for one country and law epoch. */
    private static final class Session {
        private final KieSession ks;
        private final FindingSink sink;
        private final LawIndex index;
        private final List<String> fired = new ArrayList<>();

        Session(KieSession ks, FindingSink sink, LawIndex index) {
            this.ks = ks;
            this.sink = sink;
            this.index = index;
            ks.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
        }

        Evaluation evaluate(Job job, int age) {
            Subject s = new Subject(job, age);
            List<FactHandle> handles = new ArrayList<>();
            fired.clear();
            sink.clear();
            try {
                handles.add(ks.insert(s));
                int i = 0;
                for (Load l : job.loads()) {
                    handles.add(ks.insert(new SubjectPart(s, "load", i++, null, l.kg(),
                            l.frequency() == null ? null : l.frequency().code(), null)));
                }
                i = 0;
                for (ShiftTotal t : job.shiftTotals()) {
                    handles.add(ks.insert(new SubjectPart(s, "shift-total", i++, null, t.kg(), null, t.liftedFrom().code())));
                }
                i = 0;
                for (String tag : job.job().hazards()) {
                    handles.add(ks.insert(new SubjectPart(s, "tag", i++, tag, null, null, null)));
                }
                i = 0;
                for (String item : new java.util.LinkedHashSet<>(job.job().listItems())) {
                    handles.add(ks.insert(new SubjectPart(s, "item", i++, item, null, null, null)));
                }
                for (String topic : s.touchedTopics()) {
                    handles.add(ks.insert(new SubjectPart(s, "topic", 0, topic, null, null, null)));
                }
                // the candidate facts of the job's codes and text (LawIndex): every level of its codes, its terms
                handles.add(ks.insert(new SubjectPart(s, "isic-prefix", 0, "*", null, null, null)));
                String isic = job.job().isic4();
                if (isic != null) {
                    handles.add(ks.insert(new SubjectPart(s, "isic", 0, isic, null, null, null)));
                    for (String code : LawIndex.isicPath(isic)) {
                        handles.add(ks.insert(new SubjectPart(s, "isic-prefix", code.length(), code, null, null, null)));
                    }
                }
                String isco = job.job().isco08();
                if (isco != null) {
                    handles.add(ks.insert(new SubjectPart(s, "isco", 0, isco, null, null, null)));
                    for (String code : LawIndex.prefixes(isco, 1)) {
                        handles.add(ks.insert(new SubjectPart(s, "isco-prefix", code.length(), code, null, null, null)));
                    }
                }
                i = 0;
                for (String term : index.termsIn(text(job))) {
                    handles.add(ks.insert(new SubjectPart(s, "term", i++, term, null, null, null)));
                }
                ks.fireAllRules();
                return new Evaluation(sink.findings(s), sink.notices(s), List.copyOf(new TreeSet<>(fired)));
            } finally {
                for (FactHandle h : handles) {
                    ks.delete(h);
                }
                ks.fireAllRules();
                sink.clear();
            }
        }
    }
}
