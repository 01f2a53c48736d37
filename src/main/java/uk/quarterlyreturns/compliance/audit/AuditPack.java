package uk.quarterlyreturns.compliance.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.db.OneMoment;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;

/**
 * A quarter's audit pack (docs/audit.md): one ZIP for internal and external audit, written as it is read: the
 * README first, each section in turn, the manifest of every entry's SHA-256 last. Who may have it is checked by the
 * caller (the API, the compliance screen's link); each pack made is logged with who made it and of which quarter.
 */
@Service
public class AuditPack {

    private static final Logger log = LoggerFactory.getLogger(AuditPack.class);
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm:ss z",
            Locale.UK).withZone(LondonTime.ZONE);

    private final List<AuditPackSection> sections;
    private final PeopleService people;
    private final OneMoment moment;

    AuditPack(List<AuditPackSection> sections, PeopleService people, OneMoment moment) {
        this.sections = sections;
        this.people = people;
        this.moment = moment;
    }

    /** "audit-pack-2017-18-q2.zip". */
    public static String fileName(Cycle cycle) {
        return "audit-pack-" + cycle.yearLabel() + "-q" + cycle.quarter() + ".zip";
    }

    /**
     * Writes the cycle's pack to {@code out}, made by {@code user}; the caller closes {@code out}. Every part is read
     * from one snapshot of the database (OneMoment), held until the last entry is written, so that a return submitted
     * or evidence added while the pack streams is in every part or in none.
     */
    public void write(Cycle cycle, String user, OutputStream out) throws IOException {
        moment.stream(trueOf -> {
            log.info("{} is making the audit pack of {} (cycle {})", user, cycle.shortName(), cycle.id());
            PackEntries pack = new PackEntries(out, trueOf);
            pack.add("README.txt", readme(cycle, user, trueOf).getBytes(StandardCharsets.UTF_8));
            for (AuditPackSection section : sections) {
                section.write(cycle, user, pack);
            }
            pack.finish();
            log.info("{} made the audit pack of {} (cycle {})", user, cycle.shortName(), cycle.id());
        });
    }

    private String readme(Cycle cycle, String user, Instant now) {
        String who = people.find(user).map(Person::displayName).filter(name -> !name.equals(user))
                .map(name -> name + " (" + user + ")").orElse(user);
        return ("""
                Audit pack of %s
                Made %s by %s.
                True of that moment: every file in it was read from the database as it stood then, in one
                  snapshot; anything saved while it was being written is in none of them.

                What it holds:
                README.txt: this file.
                %s
                SHA256SUMS: the SHA-256 of every entry before it, as sha256sum writes them: after unpacking,
                  sha256sum -c SHA256SUMS
                  in the folder unpacked into checks them all (Linux; macOS and Windows with coreutils).
                manifest.csv: last, every other entry's path, size in bytes and SHA-256, each worked out from the
                  bytes as they were written into this pack (sha256sum <path> gives one file's).
                Times: returns.csv gives them as the API does, in UTC (2017-10-02T08:00:00Z). Every other file
                  gives them in London time to the second with the offset, all written one way
                  (02/10/2017 09:00:00 +01:00), so the same moment reads the same in each file and the hour the
                  clocks go back reads twice apart (01:30:00 +01:00, then 01:30:00 +00:00).
                """).formatted(cycle.shortName(), MADE.format(now), who, sections.stream()
                .map(AuditPackSection::described).collect(Collectors.joining("\n")))
                .replace("\n", "\r\n"); // read on Windows as often as not
    }
}
