package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.YearPlacements.Dated;
import uk.quarterlyreturns.framework.YearPlacements.Placing;
import uk.quarterlyreturns.framework.YearPlacements.Slot;

/**
 * Places a whole framework file's services in its year, as {@link YearStructure#place} would one after another
 * (found by this year's name, the current name, another year's name, or the service code; renames followed
 * row by row), but from one read of what the years hold and with one write of each kind at the end: a file of
 * thousands of measures names a few hundred services, and none of them costs a statement of its own.
 * A service not yet created has a provisional negative id until {@link #write()}.
 */
final class FilePlacements {

    private record Key(String directorate, String service, String serviceCode) { }

    /** A service to create, by its provisional id. */
    private record Created(long provisional, String name, String directorate) { }

    /** A service's id, or why it could not be placed and on which column. */
    private record Placed(Long serviceId, String column, String refusal) { }

    /** The row that first placed a service, under the name and in the directorate it gave. */
    private record FirstRow(int line, String service, String directorate) { }

    private final ReportingYear year;
    private final boolean current;
    private final YearPlacements store;
    private final Organisation organisation;
    private final Map<String, String> placedIn = new HashMap<>();
    private final Map<Key, Placed> placed = new HashMap<>();
    private final Map<Long, FirstRow> firstRows = new HashMap<>();
    private final Map<String, Long> themes = new HashMap<>();

    private final Map<Long, Slot> before;
    private final Map<Long, Slot> thisYear;
    private final Map<String, Long> thisYearByName = new HashMap<>();
    private final Map<String, Long> thisYearByCode = new HashMap<>();
    private final Map<String, Long> servicesByName;
    private final Map<Long, String> serviceNames = new HashMap<>();
    private final Map<String, Long> otherYearsByName;
    private final Map<String, Dated> otherYearsByCode;
    private final List<Created> created = new ArrayList<>();
    private final Set<Long> touched = new LinkedHashSet<>();
    private final Map<Long, Long> ids = new HashMap<>();
    private final NameSpellings serviceSpellings;
    private final NameSpellings directorateSpellings;
    private final NameSpellings themeSpellings;
    private final NameSpellings codeSpellings;

    FilePlacements(ReportingYear year, boolean current, List<FrameworkRow> rows, YearPlacements store,
            Organisation organisation) {
        this.year = year;
        this.current = current;
        this.store = store;
        this.organisation = organisation;
        List<String> names = rows.stream().map(FrameworkRow::service).distinct().toList();
        List<String> codes = rows.stream().map(FrameworkRow::serviceCode).filter(Objects::nonNull).distinct().toList();
        before = store.ofYear(year.id());
        thisYear = new HashMap<>(before);
        thisYear.forEach((id, slot) -> index(id, slot));
        servicesByName = store.servicesNamed(names);
        servicesByName.forEach((name, id) -> serviceNames.put(id, name));
        otherYearsByName = store.otherYearsNamed(year.id(), names);
        otherYearsByCode = codes.isEmpty() ? Map.of() : store.otherYearsCoded(year.id(), codes);
        serviceSpellings = NameSpellings.held(store, "service", names);
        directorateSpellings = NameSpellings.held(store, "directorate", rows.stream().map(FrameworkRow::directorate)
                .toList());
        themeSpellings = NameSpellings.held(store, "theme", rows.stream().map(FrameworkRow::theme).toList());
        codeSpellings = NameSpellings.held(store, NameSpellings.SERVICE_CODE, codes);
    }

    /**
     * Places the row's service in its directorate for this year; one file places a service in one directorate. A
     * directorate, service or theme named as one held (or given on an earlier row) only in other letters is refused.
     */
    Optional<Long> place(FrameworkRow row, int line, List<ImportError> errors) {
        themeSpellings.check(row.theme(), line, "theme", errors);
        if (!directorateSpellings.check(row.directorate(), line, "directorate", errors)) {
            return Optional.empty();
        }
        String earlier = placedIn.putIfAbsent(row.service(), row.directorate());
        if (earlier != null && !earlier.equals(row.directorate())) {
            errors.add(new ImportError(line, "directorate", "Service " + row.service() + " is placed in " + earlier
                    + " on an earlier row: a service sits in one directorate in a year"));
            return Optional.empty();
        }
        Placed found = placed.computeIfAbsent(new Key(row.directorate(), row.service(), row.serviceCode()),
                k -> placeOnce(k, line));
        if (found.refusal() != null) {
            errors.add(new ImportError(line, found.column(), found.refusal()));
            return Optional.empty();
        }
        // Rows naming one service differently (by its code, or another year's name) must agree too, or the last
        // row's directorate would win unseen.
        FirstRow first = firstRows.putIfAbsent(found.serviceId(),
                new FirstRow(line, row.service(), row.directorate()));
        if (first != null && !first.directorate().equals(row.directorate())) {
            errors.add(new ImportError(line, "directorate", "Service " + row.service() + " is the same service as "
                    + first.service() + " on row " + first.line() + " (known by its service code or another year's"
                    + " name), placed in " + first.directorate() + " there: a service sits in one directorate in a"
                    + " year"));
            return Optional.empty();
        }
        // ... and name it alike, or the last row's name would win unseen (a half-updated restructure file)
        if (first != null && !first.service().equalsIgnoreCase(row.service())) {
            errors.add(new ImportError(line, "service", "Service " + row.service() + " is the same service as "
                    + first.service() + " on row " + first.line() + " (known by its service code or another year's"
                    + " name): a service has one name in a year, so write the same name on each of its rows"));
            return Optional.empty();
        }
        return Optional.of(found.serviceId());
    }

    /** Writes the new directorates, services and changed placements; then {@link #id} gives real ids. */
    void write() {
        Map<String, Long> directorates = store.directorates(Stream.concat(placed.keySet().stream().map(Key::directorate),
                thisYear.values().stream().map(Slot::directorate)).distinct().toList());
        Map<String, Long> newIds = store.createServices(created.stream().map(Created::name).toList(),
                created.stream().map(c -> directorates.get(c.directorate())).toList());
        created.forEach(c -> ids.put(c.provisional(), newIds.get(c.name())));
        // in the file's order, as one placement after another would meet the year's unique names
        List<Placing> changed = touched.stream().filter(s -> !thisYear.get(s).equals(before.get(s)))
                .map(s -> new Placing(id(s), thisYear.get(s))).toList();
        store.place(year.id(), changed, directorates);
        if (current) {
            store.makeCurrent(touched.stream().map(s -> new Placing(id(s), thisYear.get(s))).toList(), directorates);
        }
    }

    /** The services the year already placed that the file moves to another directorate or renames there. */
    Set<Long> movedOrRenamed() {
        return touched.stream().filter(s -> before.containsKey(s) && !(before.get(s).name().equals(thisYear.get(s)
                .name()) && before.get(s).directorate().equals(thisYear.get(s).directorate())))
                .collect(Collectors.toSet());
    }

    /** The service's id once written: a provisional id becomes the created service's. */
    long id(long serviceId) {
        return serviceId < 0 ? ids.get(serviceId) : serviceId;
    }

    long theme(String name) {
        return themes.computeIfAbsent(name, organisation::theme);
    }

    private Placed placeOnce(Key k, int line) {
        Optional<String> code = k.serviceCode() == null ? Optional.empty()
                : codeSpellings.refusal(k.serviceCode(), null);
        if (code.isPresent()) {
            return new Placed(null, "service_code", code.get());
        }
        Optional<Long> found;
        try {
            found = find(k.service(), k.serviceCode());
        } catch (IllegalArgumentException e) {
            return new Placed(null, "service_code", e.getMessage());
        }
        Optional<String> misspelt = serviceSpellings.refusal(k.service(), found.orElse(null));
        if (misspelt.isPresent()) {
            return new Placed(null, "service", misspelt.get());
        }
        long serviceId = found.orElseGet(() -> create(k.service(), k.directorate()));
        Slot old = thisYear.get(serviceId);
        Slot now = new Slot(k.service(), k.directorate(),
                k.serviceCode() != null || old == null ? k.serviceCode() : old.serviceCode());
        if (old != null) {
            thisYearByName.remove(old.name(), serviceId);
            if (old.serviceCode() != null) {
                thisYearByCode.remove(old.serviceCode(), serviceId);
            }
        }
        thisYear.put(serviceId, now);
        index(serviceId, now);
        touched.add(serviceId);
        serviceSpellings.note(k.service(), serviceId, line);
        if (k.serviceCode() != null) {
            codeSpellings.note(k.serviceCode(), serviceId, line);
        }
        if (current) {
            String oldName = serviceNames.put(serviceId, k.service());
            if (oldName != null) {
                servicesByName.remove(oldName, serviceId);
            }
            servicesByName.put(k.service(), serviceId);
        }
        return new Placed(serviceId, null, null);
    }

    /** As YearStructure finds a service: by this year's name, the current name or another year's, or by code. */
    private Optional<Long> find(String name, String code) {
        Optional<Long> byName = Optional.ofNullable(thisYearByName.get(name))
                .or(() -> Optional.ofNullable(servicesByName.get(name)))
                .or(() -> Optional.ofNullable(otherYearsByName.get(name)));
        if (code == null) {
            return byName;
        }
        Optional<Long> byCode = byCode(code);
        if (byCode.isPresent()) {
            if (byName.isPresent() && !byName.get().equals(byCode.get())) {
                throw new IllegalArgumentException("Service code " + code + " belongs to another service than "
                        + name);
            }
            return byCode;
        }
        return byName;
    }

    /** The service the latest year gives the code to, this year's placements as they now stand included. */
    private Optional<Long> byCode(String code) {
        Long here = thisYearByCode.get(code);
        Dated other = otherYearsByCode.get(code);
        if (here != null && (other == null || other.startsOn().isBefore(year.startsOn()))) {
            return Optional.of(here);
        }
        return Optional.ofNullable(other).map(Dated::serviceId);
    }

    private long create(String name, String directorate) {
        long provisional = -(created.size() + 1L);
        created.add(new Created(provisional, name, directorate));
        servicesByName.put(name, provisional);
        serviceNames.put(provisional, name);
        return provisional;
    }

    private void index(long serviceId, Slot slot) {
        thisYearByName.put(slot.name(), serviceId);
        if (slot.serviceCode() != null) {
            thisYearByCode.put(slot.serviceCode(), serviceId);
        }
    }
}
