package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.base.ui.PersonName;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.returns.TrailTable;
import uk.quarterlyreturns.returns.Countersignature;
import uk.quarterlyreturns.returns.ReturnSheet;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/**
 * Whose return this is, for which quarter, where it has got to, who countersigned it (and earlier versions), and
 * why it came back to the service, if it did.
 */
class ReturnHeader extends Div {

    static final DateTimeFormatter WHEN = TrailTable.WHEN;
    private static final DateTimeFormatter DAY = UkDateFormat.ofPattern("EEE d MMM yyyy");

    /** @param history the return's trail, where who sent it back (or reopened it) and when is read */
    ReturnHeader(ReturnSheet sheet, ZonedDateTime now, List<Countersignature> countersignatures,
            List<ReturnTrail.Event> history) {
        ServiceReturn r = sheet.serviceReturn();
        addClassName("return-header");
        ZonedDateTime deadline = r.deadline(sheet.cycle().submissionDeadline()).atZone(LondonTime.ZONE);
        add(new H2(r.serviceName() + " return, " + sheet.year().quarterName(sheet.quarter())),
                new Paragraph("Status: " + r.status().label()),
                new Paragraph("Deadline: " + deadline(deadline) + (r.isExtended() ? " (extended)" : "")
                        + (r.isOutstanding() ? " (" + LondonTime.closesIn(now, deadline) + ")" : "")));
        done("Submitted", r.submittedThisVersion(), sheet.names(), r.submittedBy(), r.submittedAt());
        done("Signed off", r.signedOffThisVersion(), sheet.names(), r.signedOffBy(), r.signedOffAt());
        done("Accepted", r.acceptedThisVersion(), sheet.names(), r.acceptedBy(), r.acceptedAt());
        countersignatures.forEach(this::countersigned);
        if (r.sentBackComment() != null) {
            Paragraph comment = sentBack(r, sheet.names(), history);
            comment.addClassName("sent-back");
            comment.getElement().setAttribute("role", "note");
            add(comment);
        }
    }

    /** "Fri 20 Oct 2017, 17:00"; a deadline at midnight as the end of the day before, as it is counted. */
    private static String deadline(ZonedDateTime deadline) {
        return LondonTime.deadline(deadline, DAY, WHEN);
    }

    /**
     * "Sent back by Lucy Wade on Mon 30 Oct 2017, 10:15 with this comment: …": the service knows whom to ask, its
     * director or the performance team. Said without who and when only if the trail does not hold the step.
     */
    private static Paragraph sentBack(ServiceReturn r, Names names, List<ReturnTrail.Event> history) {
        // the latest such step is why it is back now
        return ReturnTrail.latestStep(history, r.status()).map(step -> said(step, names, r.sentBackComment()))
                .orElseGet(() -> new Paragraph(what(r.status().name()) + lead(r.status().name())
                        + r.sentBackComment()));
    }

    /** The step that sent the return back (or reopened it), with who, when and why, as the trail holds it. */
    static Paragraph back(ReturnTrail.Event step, Names names) {
        return said(step, names, step.comment());
    }

    private static Paragraph said(ReturnTrail.Event step, Names names, String comment) {
        return new Paragraph(new Text(what(step.newValue()) + " by "), new PersonName(names, step.actor()),
                new Text(" on " + WHEN.format(step.at()) + (comment == null ? "" : lead(step.newValue()) + comment)));
    }

    private static String what(String status) {
        return ReturnStatus.REOPENED.name().equals(status) ? "Reopened for correction" : "Sent back";
    }

    private static String lead(String status) {
        return ReturnStatus.REOPENED.name().equals(status) ? ": " : " with this comment: ";
    }

    private void countersigned(Countersignature c) {
        Paragraph line = new Paragraph(line(c));
        line.addClassName(c.standing() ? "countersigned" : "countersigned-earlier");
        add(line);
    }

    /** "Countersigned by Graham Sutcliffe on 30 Oct 2017", with the comment, and saying so if for an earlier version. */
    static String line(Countersignature c) {
        return "Countersigned by " + c.byName() + " on " + UkDates.DAY.format(c.at().atZone(LondonTime.ZONE))
                + (c.standing() ? "" : ", for an earlier version (the return has gone round again since)")
                + (c.comment() == null ? "" : ": " + c.comment());
    }

    /**
     * "Submitted by Dana Hughes on Mon 16 Oct 2017, 09:30", the username as the name's tooltip. A step the return has
     * gone back behind since (sent back, reopened, submitted again) was of an earlier version, and says so: a return
     * awaiting its sign-off is not shown as signed off and accepted.
     *
     * @param current whether the step is of the version the return holds now ({@link ServiceReturn})
     */
    private void done(String what, boolean current, Names names, String by, Instant at) {
        if (by != null && at != null) {
            String step = current ? what : what + " (an earlier version)";
            add(new Paragraph(new Text(step + " by "), new PersonName(names, by), new Text(" on " + WHEN.format(at))));
        }
    }
}
