package org.hazlex.legislation;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.hazlex.domain.HazardTags;
import org.hazlex.legislation.xml.XBan;
import org.hazlex.legislation.xml.XDated;
import org.hazlex.legislation.xml.XGap;
import org.hazlex.legislation.xml.XLangText;
import org.hazlex.legislation.xml.XHazardClause;
import org.hazlex.legislation.xml.XInstrument;
import org.hazlex.legislation.xml.XLegislation;
import org.hazlex.legislation.xml.XList;
import org.hazlex.legislation.xml.XListScope;
import org.hazlex.legislation.xml.XRequires;
import org.hazlex.legislation.xml.XPermission;
import org.hazlex.legislation.xml.XProvision;
import org.hazlex.legislation.xml.XSanction;
import org.hazlex.legislation.xml.XText;
import org.hazlex.legislation.xml.XValue;
import org.hazlex.legislation.xml.XWindow;
import org.hazlex.legislation.xml.XWording;

/**
 * Loads {@code legislation/}: every {@code <CC>/*.xml} file is parsed with DTDs and external entities off,
 * validated against {@code schema/legislation.xsd} (unknown elements and attributes are errors), bound with
 * JAXB, merged per country and cross-checked (every reference resolves, units fit their quantity, validity
 * lies within the provision's, no two values for the same people are in force on the same day). Any problem
 * fails the whole load with every problem listed.
 */
public final class LegislationLoader {

    /** The classpath folder the build packages {@code legislation/} into. */
    public static final String RESOURCE_ROOT = "legislation";
    /** The start of what has no start date (an undated gap, a declaration of required topics): the beginning of time. */
    private static final LocalDate BEGINNING = LocalDate.MIN;
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("age.adult", "years"), Map.entry("minimum-age.general", "years"),
            Map.entry("minimum-age.pupil", "years"), Map.entry("minimum-age.education", "years"),
            Map.entry("minimum-age.by-agreement", "years"),
            Map.entry("hours.daily", "h"), Map.entry("hours.weekly", "h"), Map.entry("load.single", "kg"),
            Map.entry("load.shift-total", "kg"), Map.entry("load.heavy-work", "kg"), Map.entry("leave.annual", "days"),
            Map.entry("medical-exam.interval", "months"));

    private final Schema schema;
    private final JAXBContext jaxb;

    public LegislationLoader() {
        this.schema = Setup.SCHEMA;
        this.jaxb = Setup.JAXB;
    }

    /** The compiled schema and JAXB context: thread-safe, costly (about 0.5 s), so made once per JVM, on first use. */
    private static final class Setup {
        static final Schema SCHEMA;
        static final JAXBContext JAXB;

        static {
            try {
                SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                sf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                URL xsd = LegislationLoader.class.getClassLoader().getResource(RESOURCE_ROOT + "/schema/legislation.xsd");
                if (xsd == null) {
                    throw new IllegalStateException("legislation/schema/legislation.xsd is not on the classpath");
                }
                SCHEMA = sf.newSchema(xsd);
                JAXB = JAXBContext.newInstance(XLegislation.class);
            } catch (org.xml.sax.SAXException | JAXBException e) {
                throw new IllegalStateException("cannot set up the legislation schema: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The legislation packaged on the classpath (the jar, or target/classes in tests), as a lazy law book: each
     * country is parsed, validated and cross-checked when first asked for (see {@link LawBook#loadAll()}).
     */
    public LawBook loadPackaged() {
        return loadLazily(org.hazlex.util.ClasspathFolder.of(RESOURCE_ROOT + "/schema/legislation.xsd", 2));
    }

    /** A lazy law book over the country folders under {@code root}: each country is loaded and checked on first use. */
    public LawBook loadLazily(Path root) {
        Map<String, Path> dirs = countryDirs(root);
        return LawBook.lazy(dirs.keySet(), cc -> {
            List<String> problems = new ArrayList<>();
            CountryLaw law = loadCountry(cc, dirs.get(cc), problems);
            if (!problems.isEmpty()) {
                throw new LegislationException(problems);
            }
            return law;
        });
    }

    /** Loads and checks every country folder under {@code root} (a folder holding {@code TJ/}, {@code KZ/}, ...) now. */
    public LawBook load(Path root) {
        List<String> problems = new ArrayList<>();
        Map<String, CountryLaw> countries = new TreeMap<>();
        for (Map.Entry<String, Path> d : countryDirs(root).entrySet()) {
            CountryLaw law = loadCountry(d.getKey(), d.getValue(), problems);
            if (problems.isEmpty()) {
                countries.put(d.getKey(), law);
            }
        }
        if (!problems.isEmpty()) {
            throw new LegislationException(problems);
        }
        return new LawBook(countries);
    }

    private static Map<String, Path> countryDirs(Path root) {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(root)) {
            s.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().replace("/", "").matches("[A-Z]{2}"))
                    .forEach(p -> out.put(p.getFileName().toString().replace("/", ""), p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Parses and checks one country's folder; returns null when it added problems. */
    private CountryLaw loadCountry(String cc, Path dir, List<String> problems) {
        int before = problems.size();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, XLegislation> docs = new LinkedHashMap<>();
        for (Path f : files) {
            String name = cc + "/" + f.getFileName();
            try (InputStream in = Files.newInputStream(f)) {
                XLegislation doc = parse(name, in, problems);
                if (doc != null) {
                    if ("draft".equals(doc.status)) {
                        problems.add(name + ": is a draft (status=\"draft\"); drafts are read by the draft commands,"
                                + " never as the law in force");
                    }
                    if (!cc.equals(doc.country)) {
                        problems.add(name + ": country=\"" + doc.country + "\" but the file is in folder " + cc);
                    }
                    docs.put(name, doc);
                }
            } catch (IOException e) {
                problems.add(name + ": cannot read: " + e.getMessage());
            }
        }
        if (problems.size() > before) {
            return null;
        }
        CountryLaw law = new Builder(cc, problems).build(docs);
        return problems.size() > before ? null : law;
    }

    /**
     * Reads a draft list from one file: the same parsing (DTDs and external entities off), schema and cross-checks
     * as the law in force, plus the draft's own rules: {@code status="draft"}, one instrument of kind
     * {@code draft}, one list whose provision belongs to that instrument.
     *
     * @throws LegislationException listing every problem, each naming the file and, where known, the line
     */
    public DraftLaw loadDraft(String name, InputStream in) {
        List<String> problems = new ArrayList<>();
        XLegislation doc = parse(name, in, problems);
        if (doc == null) {
            throw new LegislationException(problems);
        }
        if (!"draft".equals(doc.status)) {
            problems.add(name + ": a draft must say status=\"draft\" on <legislation>");
        }
        CountryLaw law = new Builder(doc.country, problems).build(Map.of(name, doc));
        List<Instrument> drafts = law.instruments().values().stream().filter(i -> "draft".equals(i.kind())).toList();
        if (drafts.size() != 1 || law.instruments().size() != 1) {
            problems.add(name + ": a draft must hold exactly one instrument, of kind \"draft\" (found "
                    + law.instruments().size() + ", " + drafts.size() + " of kind draft)");
        }
        if (law.lists().size() != 1) {
            problems.add(name + ": a draft must hold exactly one list (found " + law.lists().size() + ")");
        }
        if (!law.values().isEmpty() || !law.windows().isEmpty() || !law.bans().isEmpty() || !law.permissions().isEmpty()
                || !law.clauseTags().isEmpty() || !law.gaps().isEmpty() || !law.listScopes().isEmpty()
                || !law.requirements().isEmpty()) {
            problems.add(name + ": a draft holds only its instrument, provisions and list");
        }
        if (!problems.isEmpty()) {
            throw new LegislationException(problems);
        }
        return new DraftLaw(doc.country, drafts.get(0), law.lists().get(0));
    }

    /** Writes a legislation document (e.g. a draft built by the import) as UTF-8 XML valid against the schema. */
    public void write(XLegislation doc, java.io.OutputStream out) {
        try {
            jakarta.xml.bind.Marshaller m = jaxb.createMarshaller();
            m.setProperty(jakarta.xml.bind.Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
            m.setProperty(jakarta.xml.bind.Marshaller.JAXB_ENCODING, "UTF-8");
            m.setSchema(schema);
            m.marshal(doc, out);
        } catch (JAXBException e) {
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e;
            throw new LegislationException(List.of("cannot write the draft: " + cause.getMessage()));
        }
    }

    /** Parses and validates one legislation document; returns null and adds problems when it is not valid. */
    public XLegislation parse(String name, InputStream in, List<String> problems) {
        XMLInputFactory xif = XMLInputFactory.newFactory();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<String> found = new ArrayList<>();
        try {
            XMLStreamReader reader = xif.createXMLStreamReader(in, "UTF-8");
            Unmarshaller u = jaxb.createUnmarshaller();
            u.setSchema(schema);
            u.setEventHandler(event -> {
                found.add(name + describe(event));
                return true;
            });
            Object o = u.unmarshal(reader);
            reader.close();
            if (!found.isEmpty()) {
                problems.addAll(found);
                return null;
            }
            if (!(o instanceof XLegislation doc)) {
                problems.add(name + ": the root element must be <legislation>");
                return null;
            }
            return doc;
        } catch (XMLStreamException | JAXBException e) {
            problems.addAll(found);
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String msg = cause.getMessage() != null ? cause.getMessage() : e.toString();
            if (e instanceof JAXBException j && j.getLinkedException() != null) {
                msg = j.getLinkedException().getMessage();
            }
            problems.add(name + ": not a valid legislation document: " + msg);
            return null;
        }
    }

    private static String describe(ValidationEvent e) {
        String where = e.getLocator() != null && e.getLocator().getLineNumber() > 0
                ? ":" + e.getLocator().getLineNumber() : "";
        return where + ": " + e.getMessage();
    }

    /** Builds one country's law from its documents, collecting cross-reference problems. */
    private static final class Builder {
        private final String cc;
        private final List<String> problems;
        private final Map<String, Instrument> instruments = new LinkedHashMap<>();
        private final Map<String, Provision> provisions = new LinkedHashMap<>();

        Builder(String cc, List<String> problems) {
            this.cc = cc;
            this.problems = problems;
        }

        CountryLaw build(Map<String, XLegislation> docs) {
            for (var d : docs.entrySet()) {
                for (Object o : d.getValue().items) {
                    if (o instanceof XInstrument x) {
                        instrument(d.getKey(), x);
                    }
                }
            }
            for (var d : docs.entrySet()) {
                for (Object o : d.getValue().items) {
                    if (o instanceof XProvision x) {
                        provision(d.getKey(), x);
                    }
                }
            }
            List<LawValue> values = new ArrayList<>();
            List<LawWindow> windows = new ArrayList<>();
            List<LawBan> bans = new ArrayList<>();
            List<LawPermission> permissions = new ArrayList<>();
            List<ClauseTag> clauseTags = new ArrayList<>();
            List<HazardList> lists = new ArrayList<>();
            List<LawGap> gaps = new ArrayList<>();
            List<XListScope> scopes = new ArrayList<>();
            List<String> scopeFiles = new ArrayList<>();
            List<CountryLaw.Requirement> requirements = new ArrayList<>();
            List<LawSanction> sanctions = new ArrayList<>();
            Set<String> gapIds = new HashSet<>();
            for (var d : docs.entrySet()) {
                String file = d.getKey();
                for (Object o : d.getValue().items) {
                    if (o instanceof XValue x) {
                        value(file, x, values);
                    } else if (o instanceof XWindow x) {
                        Provision p = cite(file, x);
                        if (p != null) {
                            windows.add(new LawWindow(x.quantity, LocalTime.parse(x.from), LocalTime.parse(x.to), p,
                                    period(file, x, p), verification(x, p), x.notes));
                        }
                    } else if (o instanceof XBan x) {
                        Provision p = cite(file, x);
                        if (p != null) {
                            bans.add(new LawBan(x.activity, x.scope == null ? "minors" : x.scope, x.exception, p,
                                    period(file, x, p), verification(x, p), x.notes));
                        }
                    } else if (o instanceof XPermission x) {
                        Provision p = cite(file, x);
                        if (p != null) {
                            permissions.add(new LawPermission(x.kind, p, period(file, x, p), verification(x, p), x.notes));
                        }
                    } else if (o instanceof XHazardClause x) {
                        Provision p = cite(file, x);
                        if (p != null) {
                            Period per = period(file, x, p);
                            for (XHazardClause.Tag t : x.tags) {
                                tag(file, "hazardClause " + x.provision, t.tag);
                                clauseTags.add(new ClauseTag(t.tag, t.certainty, p, per));
                            }
                        }
                    } else if (o instanceof XList x) {
                        HazardList l = list(file, x);
                        if (l != null) {
                            lists.add(l);
                        }
                    } else if (o instanceof XGap x) {
                        if (!gapIds.add(x.id)) {
                            problems.add(file + ": gap id " + x.id + " is used twice");
                        }
                        LocalDate from = x.validFrom == null ? BEGINNING : date(file, x.validFrom);
                        LocalDate to = x.validTo == null ? null : date(file, x.validTo);
                        gaps.add(new LawGap(x.id, x.topic, new Period(from, to), local(file, "gap " + x.id + " description", x.descriptions)));
                    } else if (o instanceof XListScope x) {
                        scopes.add(x);
                        scopeFiles.add(file);
                    } else if (o instanceof XRequires x) {
                        requirement(file, x, requirements);
                    } else if (o instanceof XSanction x) {
                        LawSanction sanction = sanction(file, x);
                        if (sanction != null) {
                            sanctions.add(sanction);
                        }
                    }
                }
            }
            checkOverlaps(values, lists);
            List<ListScope> listScopes = new ArrayList<>();
            Set<String> scopeIds = new HashSet<>();
            for (int i = 0; i < scopes.size(); i++) {
                ListScope ls = listScope(scopeFiles.get(i), scopes.get(i), lists, gaps, scopeIds);
                if (ls != null) {
                    listScopes.add(ls);
                }
            }
            for (int i = 0; i < requirements.size(); i++) {
                for (int j = i + 1; j < requirements.size(); j++) {
                    if (requirements.get(i).period().overlaps(requirements.get(j).period())) {
                        problems.add(cc + ": two declarations of required topics are in force together: "
                                + requirements.get(i).period() + " and " + requirements.get(j).period());
                    }
                }
            }
            Set<String> sanctionIds = new HashSet<>();
            sanctions.forEach(x -> {
                if (!sanctionIds.add(x.getId())) {
                    problems.add(cc + ": sanction id " + x.getId() + " is used twice");
                }
            });
            return new CountryLaw(cc, instruments, provisions, values, windows, bans, permissions, clauseTags, lists, gaps,
                    listScopes, requirements, sanctions);
        }

        private void requirement(String file, XRequires x, List<CountryLaw.Requirement> out) {
            LocalDate from = x.validFrom == null ? BEGINNING : date(file, x.validFrom);
            LocalDate to = x.validTo == null ? null : date(file, x.validTo);
            java.util.EnumSet<RequiredTopic> topics = java.util.EnumSet.noneOf(RequiredTopic.class);
            for (String t : x.topics) {
                if (!topics.add(RequiredTopic.of(t))) {
                    problems.add(file + ": required topic " + t + " is named twice");
                }
            }
            out.add(new CountryLaw.Requirement(new Period(from, to), topics, x.notes));
        }

        private ListScope listScope(String file, XListScope x, List<HazardList> lists, List<LawGap> gaps, Set<String> ids) {
            String where = file + ": listScope " + x.id;
            idPrefix(file, x.id);
            if (!ids.add(x.id)) {
                problems.add(where + ": the id is used twice");
            }
            Provision p = provisions.get(x.provision);
            if (p == null) {
                problems.add(where + " names provision " + x.provision + ", which does not exist");
                return null;
            }
            Period per = new Period(x.validFrom == null ? p.period().from() : date(file, x.validFrom),
                    x.validTo == null ? p.period().to() : date(file, x.validTo));
            if (x.list != null && lists.stream().noneMatch(l -> l.id().equals(x.list))) {
                problems.add(where + " names list " + x.list + ", which is not encoded in " + cc);
            }
            LawGap gap = gaps.stream().filter(g -> g.getId().equals(x.gap)).findFirst().orElse(null);
            if (gap == null) {
                problems.add(where + " bounds gap " + x.gap + ", which does not exist");
            } else {
                if (!gap.getTopic().equals("hazardous-work")) {
                    problems.add(where + " bounds gap " + x.gap + " of topic " + gap.getTopic()
                            + "; a list scope bounds a gap of topic hazardous-work");
                }
                if (!per.within(gap.getPeriod())) {
                    problems.add(where + " is valid " + per + ", outside its gap's " + gap.getPeriod());
                }
            }
            List<ScopeBound> bounds = new ArrayList<>();
            for (XListScope.Bound b : x.bounds) {
                ScopeBound.Basis basis = ScopeBound.Basis.of(b.basis);
                Verification v = Verification.of(b.verification);
                Provision bp = null;
                if (b.provision != null) {
                    bp = provisions.get(b.provision);
                    if (bp == null) {
                        problems.add(where + ": a bound cites provision " + b.provision + ", which does not exist");
                    }
                }
                if (bp == null && b.source == null) {
                    problems.add(where + ": every bound names where it was read (provision or source)");
                }
                if (basis == ScopeBound.Basis.REGIONAL_REFERENCE && v == Verification.VERIFIED) {
                    problems.add(where + ": a bound of basis regional-reference is an inference and cannot be verified");
                }
                List<String> notes = new ArrayList<>();
                Map<String, String> titles = new LinkedHashMap<>();
                List<String> codes = new ArrayList<>();
                String ref = null;
                ScopeBound.Kind kind;
                if (b instanceof XListScope.Sector sx) {
                    kind = ScopeBound.Kind.SECTOR;
                    for (String c : sx.isic4) {
                        isic(where + " sector", c, false);
                        codes.add(c);
                    }
                    titles.putAll(titles(sx.titles));
                    notes.addAll(sx.notes);
                } else if (b instanceof XListScope.Occupation ox) {
                    kind = ScopeBound.Kind.OCCUPATION;
                    for (String c : ox.isco08) {
                        if (!Codes.shared().isco(c)) {
                            problems.add(where + ": occupation " + c + " is not an ISCO-08 code");
                        }
                        codes.add(c);
                    }
                    titles.putAll(titles(ox.titles));
                    notes.addAll(ox.notes);
                } else if (b instanceof XListScope.Hazard hx) {
                    kind = ScopeBound.Kind.HAZARD;
                    for (String t : hx.tags) {
                        tag(file, "listScope " + x.id, t);
                        codes.add(t);
                    }
                    notes.addAll(hx.notes);
                } else if (b instanceof XListScope.Workplace wx) {
                    kind = ScopeBound.Kind.WORKPLACE;
                    for (XText t : wx.terms) {
                        String term = term(where, t.text);
                        if (!codes.contains(term)) {
                            codes.add(term);
                        }
                    }
                    titles.putAll(titles(wx.titles));
                    notes.addAll(wx.notes);
                } else {
                    XListScope.Reference rx = (XListScope.Reference) b;
                    kind = ScopeBound.Kind.REFERENCE;
                    ref = rx.list;
                    if (basis != ScopeBound.Basis.REGIONAL_REFERENCE) {
                        problems.add(where + ": a reference bound must have basis regional-reference");
                    }
                    if (!rx.list.matches("[A-Z]{2}-.+") || rx.list.startsWith(cc + "-")) {
                        problems.add(where + ": reference " + rx.list + " must name another country's list (CC-...)");
                    }
                    notes.addAll(rx.notes);
                }
                bounds.add(new ScopeBound(kind, basis, v, bp, b.source, codes, ref, titles, notes));
            }
            return new ListScope(x.id, p, x.list, x.gap, per, local(file, "listScope " + x.id + " description", x.descriptions),
                    bounds, x.notes);
        }

        /** Checks an ISIC scope code: {@code *} (where allowed), a section letter or a code of the shipped list. */
        private void isic(String where, String code, boolean starAllowed) {
            if (code.equals("*")) {
                if (!starAllowed) {
                    problems.add(where + ": \"*\" (every branch) is not allowed here");
                }
            } else if (!Codes.shared().isic(code)) {
                problems.add(where + ": " + code + " is not an ISIC Rev.4 code (legislation/codes/isic-rev4.csv)");
            }
        }

        /** A term as the data gives it, normalised as job texts are ({@link Terms}): it must hold a word. */
        private String term(String where, String raw) {
            String t = Terms.term(raw);
            if (t.isEmpty()) {
                problems.add(where + ": term \"" + raw + "\" holds no word");
            }
            return t;
        }

        private void instrument(String file, XInstrument x) {
            if (instruments.containsKey(x.id)) {
                problems.add(file + ": instrument id " + x.id + " is used twice");
                return;
            }
            idPrefix(file, x.id);
            Map<String, String> titles = titles(x.titles);
            LocalText citations = local(file, "instrument " + x.id + " citation", x.citations);
            List<Source> sources = x.sources.stream().map(s -> new Source(s.url, s.kind, s.note)).toList();
            instruments.put(x.id, new Instrument(x.id, cc, x.kind, x.number, date(file, x.adopted),
                    new Period(date(file, x.validFrom), x.validTo == null ? null : date(file, x.validTo)),
                    titles, citations.in("en"), citations, sources, x.notes));
        }

        private void provision(String file, XProvision x) {
            if (provisions.containsKey(x.id)) {
                problems.add(file + ": provision id " + x.id + " is used twice");
                return;
            }
            idPrefix(file, x.id);
            Instrument in = instruments.get(x.instrument);
            if (in == null) {
                problems.add(file + ": provision " + x.id + " names instrument " + x.instrument + ", which does not exist");
                return;
            }
            Period p = new Period(x.validFrom == null ? in.period().from() : date(file, x.validFrom),
                    x.validTo == null ? in.period().to() : date(file, x.validTo));
            if (!p.within(in.period())) {
                problems.add(file + ": provision " + x.id + " is valid " + p + ", outside its instrument's " + in.period());
            }
            String source = x.source != null ? x.source : in.sources().get(0).url();
            Map<String, String> articles = new LinkedHashMap<>();
            articles.put("en", x.article.strip());
            for (XText t : x.articles) {
                if (t.lang.equals("en") || articles.put(t.lang, t.text.strip()) != null) {
                    problems.add(file + ": provision " + x.id + " gives its " + t.lang
                            + " article label twice (the English label is the article attribute)");
                }
            }
            Map<String, String> wording = new LinkedHashMap<>();
            Set<String> translated = new HashSet<>();
            for (XWording w : x.wordings) {
                String lang = w.lang == null ? "en" : w.lang;
                if (wording.put(lang, w.text.strip().replaceAll("\\s+", " ")) != null) {
                    problems.add(file + ": provision " + x.id + " gives its " + lang + " wording twice");
                }
                if (Boolean.TRUE.equals(w.translated)) {
                    translated.add(lang);
                }
            }
            if (!wording.isEmpty() && !wording.containsKey("en")) {
                problems.add(file + ": provision " + x.id + " has a wording but no English one (a wording without lang)");
            }
            if (!wording.isEmpty() && wording.size() < 2) {
                problems.add(file + ": provision " + x.id + " has its wording in English only; quote the text read");
            }
            provisions.put(x.id, new Provision(x.id, in, x.article, Verification.of(x.verification), p, source,
                    x.lastChecked == null ? null : date(file, x.lastChecked), x.summary.strip(), x.notes,
                    new LocalText(articles), wording.containsKey("en") ? new LocalText(wording) : null, translated));
        }

        private LawSanction sanction(String file, XSanction x) {
            idPrefix(file, x.id);
            Provision p = cite(file, x);
            if (p == null) {
                return null;
            }
            List<LawSanction.Target> targets = new ArrayList<>();
            for (XSanction.Target t : x.targets) {
                if (t.kind == null && t.provision == null) {
                    problems.add(file + ": sanction " + x.id + " has a target naming neither a finding kind nor a provision");
                }
                if (t.provision != null && !provisions.containsKey(t.provision)) {
                    problems.add(file + ": sanction " + x.id + " targets provision " + t.provision + ", which does not exist");
                }
                targets.add(new LawSanction.Target(t.kind, t.provision, t.notes));
            }
            List<LawSanction.Fine> fines = new ArrayList<>();
            for (XSanction.Fine f : x.fines) {
                boolean fixed = f.amount != null && f.from == null && f.to == null;
                boolean range = f.amount == null && f.from != null && f.to != null && f.from.compareTo(f.to) <= 0;
                if (!fixed && !range) {
                    problems.add(file + ": sanction " + x.id + ": a fine is an amount, or a range from-to with from at most to");
                }
                fines.add(new LawSanction.Fine(f.liable, f.amount == null ? null : f.amount.doubleValue(),
                        f.from == null ? null : f.from.doubleValue(), f.to == null ? null : f.to.doubleValue(), f.unit));
            }
            return new LawSanction(x.id, p, period(file, x, p), verification(x, p), targets, fines, x.notes);
        }

        private void value(String file, XValue x, List<LawValue> values) {
            Provision p = cite(file, x);
            if (p == null) {
                return;
            }
            String unit = UNITS.get(x.quantity);
            if (!x.unit.equals(unit)) {
                problems.add(file + ": " + x.quantity + " must be in " + unit + ", not " + x.unit);
            }
            if (x.ageFrom != null && x.ageTo != null && x.ageFrom > x.ageTo) {
                problems.add(file + ": " + x.quantity + " has ageFrom " + x.ageFrom + " above ageTo " + x.ageTo);
            }
            if (x.value.compareTo(BigDecimal.ZERO) < 0) {
                problems.add(file + ": " + x.quantity + " is negative");
            }
            values.add(new LawValue(x.quantity, x.value.doubleValue(), x.unit, x.ageFrom, x.ageTo, x.sex, x.frequency,
                    x.liftedFrom, x.pupilInTerm, x.daysPerWeek, p, period(file, x, p), verification(x, p), x.notes));
        }

        private HazardList list(String file, XList x) {
            Provision p = provisions.get(x.provision);
            if (p == null) {
                problems.add(file + ": list " + x.id + " names provision " + x.provision + ", which does not exist");
                return null;
            }
            Period per = new Period(x.validFrom == null ? p.period().from() : date(file, x.validFrom),
                    x.validTo == null ? p.period().to() : date(file, x.validTo));
            Map<String, ListEntry> entries = new LinkedHashMap<>();
            List<ListSection> sections = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (XList.Section s : x.sections) {
                if (!ids.add(s.id)) {
                    problems.add(file + ": id " + s.id + " is used twice");
                }
                Set<String> subIds = new HashSet<>();
                List<ListSection.ListSubsection> subs = new ArrayList<>();
                for (XList.Subsection ss : s.subsections) {
                    if (!ids.add(ss.id) || !ss.id.startsWith(s.id + ".")) {
                        problems.add(file + ": subsection id " + ss.id + " is used twice or not under " + s.id);
                    }
                    subIds.add(ss.id);
                    ss.isic4.forEach(c -> isic(file + ": subsection " + ss.id, c, true));
                    subs.add(new ListSection.ListSubsection(ss.id, ss.number, titles(ss.titles), ss.isic4));
                }
                if (s.isic4.isEmpty()) {
                    problems.add(file + ": section " + s.id + " has no industry scope (isic4; \"*\" for every branch)");
                }
                s.isic4.forEach(c -> isic(file + ": section " + s.id, c, true));
                for (XList.Entry e : s.entries) {
                    if (!ids.add(e.id)) {
                        problems.add(file + ": entry id " + e.id + " is used twice");
                    }
                    if (!e.id.startsWith(s.id + ".")) {
                        problems.add(file + ": entry id " + e.id + " is not under its section " + s.id);
                    }
                    if (e.subsection != null && !subIds.contains(e.subsection)) {
                        problems.add(file + ": entry " + e.id + " names subsection " + e.subsection + ", not in section " + s.id);
                    }
                    if (e.subsection != null && !e.id.startsWith(e.subsection + "/")) {
                        problems.add(file + ": entry id " + e.id + " is not under its subsection " + e.subsection);
                    }
                    Map<String, String> covers = new LinkedHashMap<>();
                    for (XList.Covers c : e.covers) {
                        tag(file, e.id, c.tag);
                        if (!e.hazards.contains(c.tag)) {
                            problems.add(file + ": entry " + e.id + " covers " + c.tag + " but does not list it as a hazard");
                        }
                        covers.put(c.tag, c.certainty == null ? "confirmed" : c.certainty);
                    }
                    e.hazards.forEach(t -> tag(file, e.id, t));
                    Map<String, Boolean> isco = new LinkedHashMap<>();
                    e.isco08.forEach(c -> isco.put(c.code, Boolean.TRUE.equals(c.exact)));
                    entries.put(e.id, new ListEntry(e.id, x.id, s.id, e.subsection, e.label.text.strip(),
                            e.gloss.text.strip(), new HashSet<>(e.hazards), covers, e.r190, isco, e.isic4, e.minAge,
                            e.notes, p, per, reading(file, s, e)));
                }
                if (s.officialEntries != null && s.entries.size() > s.officialEntries) {
                    problems.add(file + ": section " + s.id + " has " + s.entries.size()
                            + " entries but officialEntries says " + s.officialEntries);
                }
                sections.add(new ListSection(s.id, s.number, titles(s.titles), s.officialEntries, s.entries.size(),
                        s.isic4, subs));
            }
            return new HazardList(x.id, cc, p, per, titles(x.titles), sections, entries, x.notes);
        }

        /** Our reading of an entry: extent, effective scope (own, else subsection's, else section's), terms, qualifier. */
        private ListEntry.Reading reading(String file, XList.Section s, XList.Entry e) {
            String where = file + ": entry " + e.id;
            Extent extent = Extent.of(e.extent);
            e.isic4.forEach(c -> isic(where, c, true));
            List<String> scope = e.isic4;
            if (scope.isEmpty() && e.subsection != null) {
                scope = s.subsections.stream().filter(ss -> ss.id.equals(e.subsection)).findFirst()
                        .map(ss -> ss.isic4).orElse(List.of());
            }
            if (scope.isEmpty()) {
                scope = s.isic4;
            }
            if (extent == Extent.PRODUCTION && scope.contains("*")) {
                problems.add(where + ": an entry of extent production needs a scope narrower than every branch (\"*\")");
            }
            java.util.Set<String> terms = new java.util.LinkedHashSet<>();
            e.terms.forEach(t -> terms.add(term(where, t.text)));
            Qualifier q = Qualifier.NONE;
            if (e.qualifier != null) {
                e.qualifier.hazards.forEach(t -> tag(file, e.id + " qualifier", t));
                java.util.Set<String> qt = new java.util.LinkedHashSet<>();
                e.qualifier.terms.forEach(t -> qt.add(term(where + " qualifier", t.text)));
                q = new Qualifier(new java.util.LinkedHashSet<>(e.qualifier.hazards), List.copyOf(qt), e.qualifier.notes);
                if (q.isEmpty()) {
                    problems.add(where + ": a qualifier names at least one hazard tag or term");
                }
            }
            String printed = e.label.printed == null ? null : e.label.printed.strip();
            String correction = e.label.correction == null ? null : e.label.correction.strip();
            if ((printed == null) != (correction == null)) {
                problems.add(where + ": a label that gives the printed wording says why it was corrected (printed and"
                        + " correction go together)");
            }
            if (printed != null && printed.equals(e.label.text.strip())) {
                problems.add(where + ": the printed wording equals the label; drop printed and correction");
            }
            return new ListEntry.Reading(extent, scope, List.copyOf(terms), q, printed, correction);
        }

        private void checkOverlaps(List<LawValue> values, List<HazardList> lists) {
            Map<String, List<LawValue>> byKey = new HashMap<>();
            values.forEach(v -> byKey.computeIfAbsent(v.conditionKey(), k -> new ArrayList<>()).add(v));
            for (List<LawValue> vs : byKey.values()) {
                for (int i = 0; i < vs.size(); i++) {
                    for (int j = i + 1; j < vs.size(); j++) {
                        if (vs.get(i).getPeriod().overlaps(vs.get(j).getPeriod())) {
                            problems.add(cc + ": two values in force together for the same people: "
                                    + vs.get(i) + " and " + vs.get(j));
                        }
                    }
                }
            }
            for (int i = 0; i < lists.size(); i++) {
                for (int j = i + 1; j < lists.size(); j++) {
                    if (lists.get(i).period().overlaps(lists.get(j).period())) {
                        problems.add(cc + ": lists " + lists.get(i).id() + " and " + lists.get(j).id() + " are in force together");
                    }
                }
            }
        }

        private Provision cite(String file, XDated x) {
            Provision p = provisions.get(x.provision);
            if (p == null) {
                problems.add(file + ": cites provision " + x.provision + ", which does not exist");
            }
            return p;
        }

        private Period period(String file, XDated x, Provision p) {
            Period per = new Period(x.validFrom == null ? p.period().from() : date(file, x.validFrom),
                    x.validTo == null ? p.period().to() : date(file, x.validTo));
            if (!per.within(p.period())) {
                problems.add(file + ": a value citing " + p.id() + " is valid " + per + ", outside the provision's " + p.period());
            }
            return per;
        }

        private static Verification verification(XDated x, Provision p) {
            return x.verification == null ? p.verification() : Verification.of(x.verification);
        }

        private void tag(String file, String where, String tag) {
            if (!HazardTags.CORE.contains(tag)) {
                problems.add(file + ": " + where + " uses hazard tag \"" + tag + "\", which is not in the vocabulary");
            }
        }

        private void idPrefix(String file, String id) {
            if (!id.startsWith(cc + "-")) {
                problems.add(file + ": id " + id + " must start with " + cc + "-");
            }
        }

        private LocalDate date(String file, String s) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                problems.add(file + ": \"" + s + "\" is not a date");
                return BEGINNING;
            }
        }

        /** Texts whose English version has no lang attribute (or lang="en"); one per language, English required. */
        private LocalText local(String file, String what, List<XLangText> texts) {
            Map<String, String> m = new LinkedHashMap<>();
            for (XLangText t : texts) {
                String lang = t.lang == null ? "en" : t.lang;
                if (m.put(lang, t.text.strip()) != null) {
                    problems.add(file + ": " + what + " is given twice in " + lang);
                }
            }
            if (!m.containsKey("en")) {
                problems.add(file + ": " + what + " has no English text (an element without lang)");
                m.put("en", m.isEmpty() ? "" : m.values().iterator().next());
            }
            return new LocalText(m);
        }

        private static Map<String, String> titles(List<XText> texts) {
            Map<String, String> m = new LinkedHashMap<>();
            texts.forEach(t -> m.put(t.lang, t.text.strip()));
            return m;
        }
    }
}
