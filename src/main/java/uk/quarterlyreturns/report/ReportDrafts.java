package uk.quarterlyreturns.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.db.OneMoment;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.report.render.HtmlReportRenderer;
import uk.quarterlyreturns.report.render.PdfReportRenderer;
import uk.quarterlyreturns.report.render.PrintProgress;
import uk.quarterlyreturns.returns.ReopenedReturns;

/**
 * A draft of the cycle's report, compiled for the performance team at any time while returns are being
 * collected (a correction after publication collects them again), to see how the report will read. Marked DRAFT
 * on every page, and each return being corrected marked where its figures print; it is never stored as a version,
 * never published and never sent to anyone.
 */
@Service
public class ReportDrafts {

    /**
     * A draft as compiled just now. Its PDF waits in a file of its own (a national collection's runs to tens of
     * megabytes, too much to hold in each person's session) until {@link #discard()}.
     */
    public record Draft(String html, Path pdf, Instant compiledAt) {

        public void discard() {
            discard(pdf);
        }

        /** Deletes a draft's PDF file, for a holder that kept only its path. */
        public static void discard(Path pdf) {
            try {
                Files.deleteIfExists(pdf);
            } catch (IOException e) {
                throw new UncheckedIOException("The draft's PDF could not be deleted", e);
            }
        }
    }

    private final CycleRepository cycles;
    private final YearRepository years;
    private final ReportInputs inputs;
    private final PeopleService people;
    private final Clock clock;
    private final CabinetCoverService covers;
    private final HtmlReportRenderer html = new HtmlReportRenderer();
    private final PdfReportRenderer pdf = new PdfReportRenderer();
    private final DraftFiles files;
    private final ReportVersions versions;
    private final ChangeNote changeNote;
    private final ReopenedReturns reopened;
    private final OneMoment moment;
    /** Drafts asked for and not yet done: a draft behind another is told that it waits. */
    private final AtomicInteger drafting = new AtomicInteger();
    /**
     * Drafts compile one after another: a large one already waits for any other large print (see
     * PdfReportRenderer), and the chief executive's compilation, which takes its turn with them, then waits for one
     * draft at most.
     */
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "report-draft");
        t.setDaemon(true);
        return t;
    });

    ReportDrafts(CycleRepository cycles, YearRepository years, ReportInputs inputs, PeopleService people,
            Clock clock, CabinetCoverService covers, DraftFiles files, ReportVersions versions, ChangeNote changeNote,
            ReopenedReturns reopened, OneMoment moment) {
        this.moment = moment;
        this.reopened = reopened;
        this.versions = versions;
        this.changeNote = changeNote;
        this.cycles = cycles;
        this.years = years;
        this.inputs = inputs;
        this.people = people;
        this.clock = clock;
        this.covers = covers;
        this.files = files;
    }

    public Draft compile(long cycleId, String user) {
        return compile(open(cycleId, user), user, PrintProgress.NONE);
    }

    /**
     * The same on a thread of its own, so that the page stays live while a large framework's draft prints (a
     * national collection's takes a minute or more). Who may compile, and whether the cycle is still collecting,
     * are checked at once, here.
     */
    public CompletableFuture<Draft> compileInBackground(long cycleId, String user, PrintProgress progress) {
        Cycle cycle = open(cycleId, user);
        if (drafting.getAndIncrement() > 0) {
            progress.waiting(); // behind another draft
        }
        return CompletableFuture.supplyAsync(() -> compile(cycle, user, progress), background)
                .whenComplete((draft, failure) -> drafting.decrementAndGet());
    }

    private Cycle open(long cycleId, String user) {
        if (people.find(user).map(p -> !p.has(Role.PERFORMANCE_TEAM)).orElse(true)) {
            throw new NotAllowedException("Only the performance team compiles a draft report");
        }
        Cycle cycle = cycles.find(cycleId).orElseThrow(() -> new IllegalArgumentException("No cycle " + cycleId));
        if (cycle.status() != CycleStatus.OPEN) {
            throw new IllegalStateException("A draft is compiled while returns are being collected; the "
                    + cycle.shortName() + " report is already compiled");
        }
        return cycle;
    }

    /** What the draft is made from, all read from one snapshot (OneMoment). */
    private record Reading(ReportInput input, BeingCorrected corrections) {
    }

    private Draft compile(Cycle cycle, String user, PrintProgress progress) {
        Reading read = moment.read(at -> read(cycle));
        String page = html.render(ReportCompiler.compile(read.input()), read.corrections());
        byte[] printed = pdf.render(page, null, progress);
        return new Draft(page, files.write(printed), clock.instant());
    }

    private Reading read(Cycle cycle) {
        ReportingYear year = years.find(cycle.yearId()).orElseThrow();
        // During a correction after publication the draft reads as the version it will become, with its note.
        int version = versions.nextVersion(cycle.id());
        String note = changeNote.forVersion(cycle.id(), version);
        ReportInput input = inputs.gatherForDraft(cycle, year, version, note, cycles.commentary(cycle.id()),
                covers.read(cycle.id()), LocalDate.ofInstant(clock.instant(), ReportingYear.LONDON));
        if (input.status() != ReportStatus.DRAFT) {
            throw new IllegalStateException("A draft must be marked as a draft");
        }
        // a reopened return's figures print as they stand, mid-edit: the draft says which, since when and why
        return new Reading(input, new BeingCorrected(reopened.inCycle(cycle.id()).stream()
                .map(r -> new BeingCorrected.Return(r.service(), r.at(), r.reason())).toList()));
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
