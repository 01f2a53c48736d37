package uk.quarterlyreturns.returns;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.QuarterFigureRule;

/**
 * The evidence behind a return's figures (docs/complete-returns.md): files kept beside each measure by whoever may
 * change its figures at the time (ReturnChangeRule: its preparers while the return is with the service, whoever signs
 * it off while it awaits their sign-off, nobody after), read by whoever may read the return. Each file added or
 * removed is in the return's history, with its size and SHA-256, and among the return's changes since its last
 * version; a first file starts a return not yet started, as a first figure does. A removed file leaves the return but
 * not the database: a return reopened after its quarter was published may lose the file behind the figure Cabinet was
 * given, and the quarter's audit pack still holds it, marked removed ({@link #inCycle}).
 */
@Service
public class Evidence {

    /** The trail's kinds for a file added and removed; the item is the measure's code. */
    public static final String ADDED = "EVIDENCE_ADDED";
    public static final String REMOVED = "EVIDENCE_REMOVED";

    /** A file with its content, for a download. */
    public record Download(EvidenceFile file, byte[] content) {
    }

    /** What a refused change says after "Housing's return is signed off: ". */
    private static final String LOCKED = "its evidence is locked with it until it is sent back or reopened";

    private final EvidenceStore store;
    private final ReturnChangeRule rule;
    private final ReturnRepository returns;
    private final CycleRepository cycles;
    private final MeasureRepository measures;
    private final ReturnPermissions permissions;
    private final ReturnTrail trail;
    private final Clock clock;

    Evidence(EvidenceStore store, ReturnChangeRule rule, ReturnRepository returns, CycleRepository cycles,
            MeasureRepository measures, ReturnPermissions permissions, ReturnTrail trail, Clock clock) {
        this.store = store;
        this.rule = rule;
        this.returns = returns;
        this.cycles = cycles;
        this.measures = measures;
        this.permissions = permissions;
        this.trail = trail;
        this.clock = clock;
    }

    public List<EvidenceFile> of(long measureId, int quarter) {
        return store.of(measureId, quarter);
    }

    /** Who removed a file from its return, and when. */
    public record Removal(String by, Instant at) {
    }

    /**
     * A file of a quarter's evidence, with the service whose return it is in (a removed one, the return it was removed
     * from) and the measure it is behind.
     *
     * @param removal who removed it from the return and when; null while it is kept
     */
    public record InQuarter(EvidenceFile file, String service, String measureCode, Removal removal) {
    }

    /**
     * Every file of the cycle's returns, those removed from them too, return by return in the order they came, without
     * their content: for the audit pack (the performance team's and administrators'), which reads it file by file
     * ({@link #contentForAudit}), so that a quarter's evidence is never held at once.
     */
    public List<InQuarter> inCycle(long cycleId) {
        List<InQuarter> files = new ArrayList<>();
        for (ServiceReturn r : returns.forCycle(cycleId)) {
            for (EvidenceStore.Ever f : store.everInReturn(r.id())) {
                files.add(new InQuarter(f.file(), r.serviceName(),
                        measures.find(f.file().measureId()).map(Measure::code).orElse(""), f.removal()));
            }
        }
        return files;
    }

    /** The return's files by measure id, read in one go for its form. */
    public Map<Long, List<EvidenceFile>> forReturn(long returnId) {
        return store.ofReturn(returnId).stream().collect(Collectors.groupingBy(EvidenceFile::measureId));
    }

    /** Evidence is added and removed by whoever may change the return's figures now, as they may (ReturnChangeRule). */
    public boolean mayChange(String user, ServiceReturn r) {
        return rule.canChange(user, r);
    }

    /**
     * A file goes with whoever added it, or the return's director (or deputy), who answers for what is submitted (at
     * sign-off only they may change the return, so any file is theirs to remove then).
     */
    public boolean mayRemove(String user, ServiceReturn r, EvidenceFile file) {
        return mayChange(user, r) && (file.uploadedBy().equals(user) || permissions.canSignOff(user, r));
    }

    @Transactional
    public EvidenceFile add(long returnId, long measureId, String name, byte[] content, String user) {
        String fileName = EvidenceChecks.cleanName(name);
        String type = EvidenceChecks.mediaType(fileName, content);
        ServiceReturn r = rule.lockToSave(returnId, user, LOCKED, null);
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        Measure measure = measures.find(measureId)
                .filter(m -> m.serviceId() == r.serviceId() && m.yearId() == cycle.yearId())
                .orElseThrow(() -> new IllegalArgumentException("That measure is not part of " + r.serviceName()
                        + "'s return"));
        if (!QuarterFigureRule.isDue(measure, cycle.quarter())) {
            // as for its figure: the form offers no evidence for it; a form left open while the framework changed
            throw new IllegalArgumentException(QuarterFigureRule.notDue(measure, cycle.quarter()));
        }
        EvidenceChecks.roomFor(measure.code(), store.of(measureId, cycle.quarter()).size());
        EvidenceFile file = store.insert(measureId, cycle.quarter(), fileName, type, content, sha256(content), user,
                clock.instant());
        trail.record(r.id(), user, ADDED, measure.code(), null, file.described(), null);
        return file;
    }

    @Transactional
    public void remove(long returnId, long evidenceId, String user) {
        ServiceReturn r = rule.lockToSave(returnId, user, LOCKED, null);
        EvidenceFile file = store.find(evidenceId).filter(f -> f.returnId() == r.id()).map(EvidenceStore.InReturn::file)
                .orElseThrow(() -> new IllegalArgumentException("That file is no longer among the return's evidence"));
        if (!mayRemove(user, r, file)) {
            throw new NotAllowedException("Only whoever added " + file.fileName() + ", or " + r.serviceName()
                    + "'s director, may remove it");
        }
        store.markRemoved(evidenceId, r.id(), user, clock.instant());
        String code = measures.find(file.measureId()).map(Measure::code).orElse(null);
        trail.record(r.id(), user, REMOVED, code, file.described(), null, null);
    }

    /**
     * The file, for someone who may read its return now: asked afresh at each download, so that a page left open
     * after its reader lost the return gets nothing. Empty too when the file has been removed since.
     */
    public Optional<Download> download(long evidenceId, String user) {
        return store.find(evidenceId)
                .filter(f -> returns.find(f.returnId()).map(r -> permissions.canRead(user, r)).orElse(false))
                .flatMap(f -> store.content(evidenceId).map(bytes -> new Download(f.file(), bytes)));
    }

    /** The content alone, for a caller that has checked who asks (the API); empty once the file is removed. */
    public Optional<byte[]> content(long evidenceId) {
        return store.content(evidenceId);
    }

    /** The content of a file kept or removed since, for the audit pack, whose caller has checked who asks. */
    public Optional<byte[]> contentForAudit(long evidenceId) {
        return store.contentEvenIfRemoved(evidenceId);
    }

    /** The content's SHA-256 in hex, as kept with each file. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
