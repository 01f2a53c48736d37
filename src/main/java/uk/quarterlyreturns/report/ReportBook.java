package uk.quarterlyreturns.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.db.OneMoment;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleReports;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.report.render.HtmlReportRenderer;
import uk.quarterlyreturns.report.render.PdfReportRenderer;
import uk.quarterlyreturns.report.render.XlsxReportRenderer;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.returns.HighlightReports.ServiceHighlight;

/**
 * Compiles, stores and freezes the cycle's report versions: each version keeps the data it was made
 * from (as JSON) and its HTML, PDF and XLSX with their hashes.
 */
@Service
class ReportBook implements CycleReports {

    private final CycleRepository cycles;
    private final YearRepository years;
    private final ReportInputs inputs;
    private final ReportVersions versions;
    private final PeopleService people;
    private final CabinetCoverService covers;
    private final HighlightReports highlights;
    private final ChangeNote changeNote;
    private final ObjectMapper json;
    private final Clock clock;
    private final OneMoment moment;
    private final HtmlReportRenderer html = new HtmlReportRenderer();
    private final PdfReportRenderer pdf = new PdfReportRenderer();
    private final XlsxReportRenderer xlsx = new XlsxReportRenderer();

    ReportBook(CycleRepository cycles, YearRepository years, ReportInputs inputs, ReportVersions versions,
            PeopleService people, CabinetCoverService covers, HighlightReports highlights, ChangeNote changeNote,
            ObjectMapper json, Clock clock, OneMoment moment) {
        this.moment = moment;
        this.covers = covers;
        this.highlights = highlights;
        this.changeNote = changeNote;
        this.cycles = cycles;
        this.years = years;
        this.inputs = inputs;
        this.versions = versions;
        this.people = people;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A new version after an approved one (a correction); otherwise the open version is compiled again, at this
     * time, and awaits a new decision. The commentary, the cover and the highlight reports asked for are checked
     * again under the cycle's lock once printed: one saved while the report printed (seconds, for a large one) is
     * printed again rather than left out of the report the chief executive reads, and one saved after waits for the
     * lock, then finds it compiled.
     * Everything the version is made from is read from one snapshot (OneMoment), before anything is written: the
     * snapshot, a transaction of its own, would not see this transaction's writes.
     */
    @Override
    @Transactional
    public ReportSummary compile(long cycleId) {
        Reading read = moment.read(at -> read(cycleId, at));
        ReportVersions.Files files = render(read.input());
        cycles.lock(cycleId);
        if (changedSince(read, cycleId)) {
            read = moment.read(at -> read(cycleId, at)); // a snapshot taken under the lock: the words as saved
            files = render(read.input());
        }
        ReportInput input = read.input();
        if (read.latest().isPresent() && read.latest().get().version() == input.version()) {
            versions.recompile(read.latest().get().id(), read.at(), toJson(input), files, input.changeNote());
        } else {
            versions.insert(cycleId, input.version(), read.at(), toJson(input), files, input.changeNote());
        }
        return summary(input);
    }

    /**
     * What a compilation reads: the version it makes or makes again, the version's input, the highlight reports it
     * printed (as asked for then), and the moment it is true of, kept as the version's compile time (a return first
     * in after it is not in the version: ChangeNote).
     */
    private record Reading(Optional<ReportVersion> latest, ReportInput input, List<ServiceHighlight> highlights,
            Instant at) {
    }

    /** Whether the commentary, the cover or the highlight reports asked for changed since the report was read. */
    private boolean changedSince(Reading read, long cycleId) {
        return !Objects.equals(read.input().commentary(), commentary(cycleId))
                || !read.input().cabinet().equals(covers.read(cycleId))
                || !read.highlights().equals(highlights.forCycle(cycleId));
    }

    private Reading read(long cycleId, Instant at) {
        Cycle cycle = cycles.find(cycleId).orElseThrow();
        ReportingYear year = years.find(cycle.yearId()).orElseThrow();
        Optional<ReportVersion> latest = versions.latest(cycleId);
        int version = versions.nextVersion(cycleId);
        return new Reading(latest, gather(cycle, year, version, changeNote.forVersion(cycleId, version)),
                highlights.forCycle(cycleId), at);
    }

    @Override
    public List<String> beingCorrected(long cycleId) {
        return versions.latest(cycleId).map(v -> ReturnsIn.beingCorrected(fromJson(versions.inputJson(v.id()))))
                .orElse(List.of());
    }

    @Override
    public ReportSummary current(long cycleId) {
        ReportVersion v = versions.latest(cycleId).orElseThrow(() -> new IllegalStateException("No report yet"));
        return summary(fromJson(versions.inputJson(v.id())));
    }

    @Override
    public Optional<Instant> lastReturned(long cycleId) {
        return versions.latest(cycleId).flatMap(v -> versions.returns(cycleId).stream()
                .filter(r -> r.version() == v.version()).map(ReportVersions.Returned::at).reduce((a, b) -> b));
    }

    @Override
    public Optional<Instant> lastCompiled(long cycleId) {
        return versions.latest(cycleId).map(ReportVersion::compiledAt);
    }

    @Override
    @Transactional
    public void recordDecision(long cycleId, String user, boolean approved, String comment) {
        ReportVersion v = versions.latest(cycleId).orElseThrow();
        Instant at = clock.instant();
        versions.decide(v.id(), user, at, comment);
        if (!approved) {
            versions.recordReturn(cycleId, v.version(), user, at, comment);
        }
    }

    /**
     * Prints the version again as approved and freezes it. What is printed is the report as compiled, kept beside
     * the files the chief executive read, with only its front page's status now naming who approved it and when: a
     * release deployed while the report waited for approval may lay it out anew, but changes none of its words or
     * figures. A version compiled before its report was kept is compiled again from its input.
     */
    @Override
    @Transactional
    public ReportSummary publish(long cycleId) {
        ReportVersion v = versions.latest(cycleId).orElseThrow();
        if (v.status() == ReportStatus.APPROVED) {
            return summary(fromJson(versions.inputJson(v.id())));
        }
        String approver = people.find(v.decidedBy()).map(Person::displayName).orElse(v.decidedBy());
        ReportInput approved = fromJson(versions.inputJson(v.id())).withStatus(ReportStatus.APPROVED, approver,
                LocalDate.ofInstant(v.decidedAt(), ReportingYear.LONDON));
        CompiledReport report = versions.contentJson(v.id()).map(this::compiled)
                .map(read -> read.withCover(ReportCompiler.cover(approved)))
                .orElseGet(() -> ReportCompiler.compile(approved));
        versions.replace(v.id(), toJson(approved), render(report), ReportStatus.APPROVED, v.changeNote());
        cycles.setPendingChangeNote(cycleId, null);
        return summary(approved, report);
    }

    private ReportInput gather(Cycle cycle, ReportingYear year, int version, String note) {
        return inputs.gather(cycle, year, version, note, commentary(cycle.id()), covers.read(cycle.id()),
                LocalDate.ofInstant(clock.instant(), ReportingYear.LONDON))
                .withStatus(ReportStatus.AWAITING_APPROVAL, null, null);
    }

    private String commentary(long cycleId) {
        return cycles.commentary(cycleId);
    }

    private ReportVersions.Files render(ReportInput input) {
        return render(ReportCompiler.compile(input));
    }

    private ReportVersions.Files render(CompiledReport report) {
        String page = html.render(report);
        byte[] pdfBytes = pdf.render(page, clock.instant());
        byte[] xlsxBytes = xlsx.render(report);
        return new ReportVersions.Files(page, pdfBytes, xlsxBytes, sha256(pdfBytes), sha256(xlsxBytes),
                toJson(report));
    }

    private ReportSummary summary(ReportInput input) {
        return summary(input, ReportCompiler.compile(input));
    }

    private ReportSummary summary(ReportInput input, CompiledReport report) {
        return new ReportSummary(input.title(), input.version(), report.summary().sentence(), input.changeNote(),
                ReturnsIn.beingCorrected(input));
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReportInput fromJson(String text) {
        return parse(text, ReportInput.class);
    }

    private CompiledReport compiled(String text) {
        return parse(text, CompiledReport.class);
    }

    private <T> T parse(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
