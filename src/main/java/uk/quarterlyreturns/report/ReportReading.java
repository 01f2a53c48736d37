package uk.quarterlyreturns.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.base.api.NotFoundException;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.base.security.Role;

/**
 * Who may read which report version: the performance team, administrators and the chief executive see
 * drafts too; everyone else sees approved versions only.
 */
@Service
public class ReportReading {

    private final YearRepository years;
    private final CycleRepository cycles;
    private final ReportVersions versions;
    private final PeopleService people;
    private final ObjectMapper json;

    ReportReading(YearRepository years, CycleRepository cycles, ReportVersions versions, PeopleService people,
            ObjectMapper json) {
        this.years = years;
        this.cycles = cycles;
        this.versions = versions;
        this.people = people;
        this.json = json;
    }

    /** The version asked for (or the latest this person may read). */
    public ReportVersion version(String yearLabel, int quarter, Integer version, String user) {
        ReportingYear.startOf(yearLabel); // a year badly written is a 400 saying how, as on every other call
        ReportingYear year = years.find(yearLabel).orElseThrow(() -> new NotFoundException("No framework for "
                + yearLabel));
        ReportingYear.requireQuarter(quarter);
        Cycle cycle = cycles.find(year.id(), quarter).orElseThrow(() -> new NotFoundException("No cycle for "
                + year.quarterName(quarter)));
        boolean drafts = people.find(user).map(p -> p.has(Role.PERFORMANCE_TEAM) || p.has(Role.ADMIN)
                || p.has(Role.CHIEF_EXECUTIVE)).orElse(false);
        List<ReportVersion> readable = versions.forCycle(cycle.id()).stream()
                .filter(v -> drafts || v.status() == ReportStatus.APPROVED).toList();
        Optional<ReportVersion> chosen = version == null ? readable.stream().reduce((a, b) -> b)
                : readable.stream().filter(v -> v.version() == version).findFirst();
        return chosen.orElseThrow(() -> new NotFoundException("No report " + (version == null ? "" : "version "
                + version + " ") + "you may read for " + year.quarterName(quarter)));
    }

    /**
     * The version's report as it was compiled, beside its files; a version compiled before that was kept is
     * compiled again from its stored input.
     */
    public JsonNode content(ReportVersion v) {
        try {
            Optional<String> kept = versions.contentJson(v.id());
            return kept.isPresent() ? json.readTree(kept.get()) : json.valueToTree(ReportCompiler.compile(
                    json.readValue(versions.inputJson(v.id()), ReportInput.class)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] pdf(ReportVersion v) {
        return versions.pdf(v.id());
    }

    public byte[] xlsx(ReportVersion v) {
        return versions.xlsx(v.id());
    }
}
