package org.hazlex.legislation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** All encoded law of one country, over all periods; hands out the snapshot in force on a date. */
public final class CountryLaw {
    private final String country;
    private final Map<String, Instrument> instruments;
    private final Map<String, Provision> provisions;
    private final List<LawValue> values;
    private final List<LawWindow> windows;
    private final List<LawBan> bans;
    private final List<LawPermission> permissions;
    private final List<ClauseTag> clauseTags;
    private final List<HazardList> lists;
    private final List<LawGap> gaps;
    private final List<ListScope> listScopes;
    private final List<Requirement> requirements;
    private final List<LawSanction> sanctions;
    private final TreeSet<LocalDate> boundaries = new TreeSet<>();
    private final Map<LocalDate, LawSnapshot> snapshots = new ConcurrentHashMap<>();

    CountryLaw(String country, Map<String, Instrument> instruments, Map<String, Provision> provisions,
               List<LawValue> values, List<LawWindow> windows, List<LawBan> bans, List<LawPermission> permissions,
               List<ClauseTag> clauseTags, List<HazardList> lists, List<LawGap> gaps, List<ListScope> listScopes,
               List<Requirement> requirements, List<LawSanction> sanctions) {
        this.country = country;
        this.instruments = Map.copyOf(instruments);
        this.provisions = Map.copyOf(provisions);
        this.values = List.copyOf(values);
        this.windows = List.copyOf(windows);
        this.bans = List.copyOf(bans);
        this.permissions = List.copyOf(permissions);
        this.clauseTags = List.copyOf(clauseTags);
        this.lists = List.copyOf(lists);
        this.gaps = List.copyOf(gaps);
        this.listScopes = List.copyOf(listScopes);
        this.requirements = List.copyOf(requirements);
        this.sanctions = List.copyOf(sanctions);
        List<Period> periods = new ArrayList<>();
        values.forEach(v -> periods.add(v.getPeriod()));
        windows.forEach(v -> periods.add(v.getPeriod()));
        bans.forEach(v -> periods.add(v.getPeriod()));
        permissions.forEach(v -> periods.add(v.getPeriod()));
        clauseTags.forEach(v -> periods.add(v.getPeriod()));
        lists.forEach(v -> periods.add(v.period()));
        gaps.forEach(v -> periods.add(v.getPeriod()));
        listScopes.forEach(v -> periods.add(v.getPeriod()));
        requirements.forEach(v -> periods.add(v.period()));
        sanctions.forEach(v -> periods.add(v.getPeriod()));
        for (Period p : periods) {
            boundaries.add(p.from());
            if (p.to() != null) {
                boundaries.add(p.to().plusDays(1));
            }
        }
    }

    public String country() { return country; }
    public Map<String, Instrument> instruments() { return instruments; }
    public Map<String, Provision> provisions() { return provisions; }
    public List<LawValue> values() { return values; }
    public List<LawWindow> windows() { return windows; }
    public List<LawBan> bans() { return bans; }
    public List<LawPermission> permissions() { return permissions; }
    public List<ClauseTag> clauseTags() { return clauseTags; }
    public List<HazardList> lists() { return lists; }
    public List<LawGap> gaps() { return gaps; }
    public List<ListScope> listScopes() { return listScopes; }
    public List<Requirement> requirements() { return requirements; }
    public List<LawSanction> sanctions() { return sanctions; }

    /**
     * The topics the minors' rules need a value for over a period (legislation/README.md, "Coverage"). Where no
     * declaration is in force, every topic is needed.
     */
    public record Requirement(Period period, Set<RequiredTopic> topics, List<String> notes) {
        public Requirement {
            topics = Set.copyOf(topics);
            notes = List.copyOf(notes);
        }
    }

    /** The dates on which something changes, in order: every date between two of them sees the same law. */
    public List<LocalDate> boundaries() {
        return List.copyOf(boundaries);
    }

    /**
     * This country's law with the hazardous list in force on {@code on} replaced by {@code draft}, which takes over
     * that list's period (or keeps its own when no list is in force on that date). Everything else is unchanged;
     * the draft's instrument and provision join the others so findings can cite them.
     */
    public CountryLaw withList(DraftLaw draft, LocalDate on) {
        Optional<HazardList> replaced = lists.stream().filter(l -> l.period().contains(on)).findFirst();
        HazardList moved = draft.list().during(replaced.map(HazardList::period).orElse(draft.list().period()));
        List<HazardList> ls = new ArrayList<>(lists);
        replaced.ifPresent(ls::remove);
        ls.add(moved);
        Map<String, Instrument> ins = new java.util.HashMap<>(instruments);
        ins.put(draft.instrument().id(), draft.instrument());
        Map<String, Provision> pro = new java.util.HashMap<>(provisions);
        pro.put(draft.list().provision().id(), draft.list().provision());
        return new CountryLaw(country, ins, pro, values, windows, bans, permissions, clauseTags, ls, gaps, listScopes,
                requirements, sanctions);
    }

    /** The law in force on {@code date}. */
    public LawSnapshot on(LocalDate date) {
        LocalDate epoch = Optional.ofNullable(boundaries.floor(date)).orElse(LocalDate.MIN);
        return snapshots.computeIfAbsent(epoch, e -> build(date, e));
    }

    private LawSnapshot build(LocalDate date, LocalDate epoch) {
        Predicate<Cited> inForce = c -> c.getPeriod().contains(date);
        Optional<HazardList> list = lists.stream().filter(l -> l.period().contains(date)).findFirst();
        List<ListSector> sectors = list.map(l -> ListSector.of(l, false)).orElse(List.of());
        List<LawValue> vs = values.stream().filter(inForce).toList();
        List<LawWindow> ws = windows.stream().filter(inForce).toList();
        List<LawBan> bs = bans.stream().filter(inForce).toList();
        List<LawGap> gs = new ArrayList<>(gaps.stream().filter(g -> g.getPeriod().contains(date)).toList());
        gs.addAll(derivedGaps(date, epoch, vs, ws, bs, list.isPresent(), gs));
        return new LawSnapshot(country, epoch, vs, ws, bs,
                permissions.stream().filter(inForce).toList(),
                clauseTags.stream().filter(inForce).toList(),
                list,
                gs,
                sectors,
                listScopes.stream().filter(inForce).toList(),
                sanctions.stream().filter(inForce).toList());
    }

    /** The topics required on a date: those of the declaration in force, or every topic where none is. */
    public Set<RequiredTopic> required(LocalDate date) {
        return requirements.stream().filter(r -> r.period().contains(date)).findFirst().map(Requirement::topics)
                .orElse(java.util.EnumSet.allOf(RequiredTopic.class));
    }

    /**
     * A gap for each required topic with no value in force, unless a gap of the data already covers its topic (or
     * everything): the data's own description says more. The derived gap spans the epoch of {@code date}.
     */
    private List<LawGap> derivedGaps(LocalDate date, LocalDate epoch, List<LawValue> vs, List<LawWindow> ws,
                                     List<LawBan> bs, boolean listInForce, List<LawGap> written) {
        List<LawGap> out = new ArrayList<>();
        Set<String> quantities = new java.util.HashSet<>();
        vs.forEach(v -> quantities.add(v.getQuantity()));
        Set<String> banned = new java.util.HashSet<>();
        bs.forEach(b -> banned.add(b.getActivity()));
        boolean night = banned.contains("night-work") && ws.stream().anyMatch(w -> w.getQuantity().equals("night"));
        LocalDate next = boundaries.higher(date);
        Period epochPeriod = new Period(epoch, next == null ? null : next.minusDays(1));
        for (RequiredTopic t : new java.util.TreeSet<>(required(date))) {
            boolean has = switch (t) {
                case ADULT_AGE -> quantities.contains("age.adult");
                case MINIMUM_AGE -> quantities.contains("minimum-age.general");
                case HAZARDOUS_LIST -> listInForce;
                case LOAD_NORMS -> quantities.contains("load.single");
                case DAILY_HOURS -> quantities.contains("hours.daily");
                case WEEKLY_HOURS -> quantities.contains("hours.weekly");
                case NIGHT_WORK -> night;
                case OVERTIME -> banned.contains("overtime");
            };
            boolean covered = written.stream().anyMatch(g -> g.getTopic().equals("all") || g.getTopic().equals(t.gapTopic()));
            if (!has && !covered) {
                out.add(LawGap.derived(country, t, epochPeriod));
            }
        }
        return out;
    }
}
