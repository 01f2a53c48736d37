package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.ActivityStatus;
import uk.quarterlyreturns.framework.Rag;

class ReportCompilerTest {

    @Test
    void coverOfAnApprovedReport() {
        Cover cover = ReportCompiler.compile(KirkleesFixture.input()).cover();

        assertThat(cover.title()).isEqualTo("Quarter (2) Corporate Performance Report 2017/18");
        assertThat(cover.organisation()).isEqualTo("Kirklees Council");
        assertThat(cover.period()).isEqualTo("July to September 2017");
        assertThat(cover.statusText()).isEqualTo("Approved by Jacqui Gedman on 21 November 2017");
        assertThat(cover.versionText()).isEqualTo("Version 1");
    }

    @Test
    void draftAndAwaitingApprovalAndACorrectedVersion() {
        ReportInput draft = Lines.report(List.of(), List.of());
        assertThat(ReportCompiler.compile(draft).cover().statusText()).isEqualTo("Draft");

        ReportInput awaiting = new ReportInput("Test Council", 3, "2017/18", "October to December 2017",
                ReportStatus.AWAITING_APPROVAL, null, null, 2, "Corrected 2.14 after a late return",
                KirkleesFixture.HISTORY, List.of(), List.of(), null, null, null);
        Cover cover = ReportCompiler.compile(awaiting).cover();
        assertThat(cover.title()).isEqualTo("Quarter (3) Corporate Performance Report 2017/18");
        assertThat(cover.statusText()).isEqualTo("Awaiting approval");
        assertThat(cover.versionText()).isEqualTo("Version 2");
        assertThat(cover.changeNote()).isEqualTo("Corrected 2.14 after a late return");

        ReportInput approvedUndated = new ReportInput("Test Council", 1, "2018/19", "April to June 2018",
                ReportStatus.APPROVED, "A Chief", null, 1, null, KirkleesFixture.HISTORY, List.of(), List.of(),
                null, null, null);
        assertThat(ReportCompiler.compile(approvedUndated).cover().statusText()).isEqualTo("Approved by A Chief");
    }

    @Test
    void aDraftCompiledBeforeTheDeadlineSaysMissingMeansNotYetIn() {
        // the returns were due at 5pm on 20 October 2017 (British Summer Time)
        ComplianceFacts facts = new ComplianceFacts(4, 1, 0, 3, null, List.of(),
                java.time.Instant.parse("2017-10-20T16:00:00Z"), null, 0, null);
        ReportInput early = new ReportInput("Test Council", 2, "2017/18", "July to September 2017", ReportStatus.DRAFT,
                null, null, 1, null, KirkleesFixture.HISTORY, List.of(), List.of(), null, facts, null, null,
                LocalDate.of(2017, 10, 12), null, null);
        assertThat(ReportCompiler.compile(early).cover().statusText()).isEqualTo(
                "Draft, compiled before the deadline of 20 October 2017: Missing here means not yet in");

        ReportInput onTheDay = new ReportInput("Test Council", 2, "2017/18", "July to September 2017",
                ReportStatus.DRAFT, null, null, 1, null, KirkleesFixture.HISTORY, List.of(), List.of(), null, facts,
                null, null, LocalDate.of(2017, 10, 20), null, null);
        assertThat(ReportCompiler.compile(onTheDay).cover().statusText()).isEqualTo("Draft");
        assertThat(ReportCompiler.compile(early.withStatus(ReportStatus.AWAITING_APPROVAL, null, null)).cover()
                .statusText()).isEqualTo("Awaiting approval");
    }

    @Test
    void onTheDeadlinesDayADraftIsBeforeTheDeadlineUntilItsHour() {
        java.time.Instant deadline = java.time.Instant.parse("2017-10-20T16:00:00Z");
        assertThat(draftStatusUntil(deadline, "2017-10-20T09:00:00Z")).isEqualTo(
                "Draft, compiled before the deadline of 20 October 2017: Missing here means not yet in");
        assertThat(draftStatusUntil(deadline, "2017-10-20T16:00:00Z")).isEqualTo("Draft");
        assertThat(draftStatusUntil(deadline, "2017-10-20T17:30:00Z")).isEqualTo("Draft");
    }

    private static String draftStatusUntil(java.time.Instant deadline, String until) {
        ComplianceFacts facts = new ComplianceFacts(4, 1, 0, 3, null, List.of(), deadline, null, 0,
                java.time.Instant.parse(until));
        ReportInput draft = new ReportInput("Test Council", 2, "2017/18", "July to September 2017",
                ReportStatus.DRAFT, null, null, 1, null, KirkleesFixture.HISTORY, List.of(), List.of(), null, facts,
                null, null, LocalDate.ofInstant(java.time.Instant.parse(until), java.time.ZoneId.of("Europe/London")),
                null, null);
        return ReportCompiler.compile(draft).cover().statusText();
    }

    @Test
    void complianceStatement() {
        ComplianceStatement c = ReportCompiler.compile(KirkleesFixture.input()).compliance();

        assertThat(c.sentence()).isEqualTo("Of 20 returns due, 13 were in on time, 6 were in late and 1 is missing.");
        assertThat(c.ninetyFive()).isEqualTo("95% of returns were in 35 days after quarter end.");
        assertThat(c.services()).containsExactly(
                // 16 Oct 2017 09:30 UTC is 10:30 British Summer Time
                new ComplianceRow("Children who need help and protection", "Sue Grigg", "Accepted",
                        "16 Oct 2017 10:30", "On time", 1, 0),
                // 2 Nov 2017 16:05 UTC is 16:05 GMT: the clocks went back on 29 October
                new ComplianceRow("Customer Services", "Nick McMillan", "Accepted", "2 Nov 2017 16:05", "Late", 4, 1),
                new ComplianceRow("Policy and Intelligence", "Rachel Spencer-Henshall", "Not started", "Not in",
                        "Not in", 5, 2));
    }

    /**
     * A quarter where every return came in on time and 95% were in within three weeks is not opened with "The first
     * issue is one of compliance.": the figures beside it say there was none.
     */
    @Test
    void complianceLeadsTheSummaryOnlyWhenThereIsAnIssue() {
        Instant deadline = Instant.parse("2017-10-13T16:00:00Z");
        ServiceCompliance housing = new ServiceCompliance("Housing", "Imran Hussain", "Accepted",
                Instant.parse("2017-10-10T09:00:00Z"), true, 1, 0);
        ServiceCompliance highways = new ServiceCompliance("Highways", "Lucy Wade", "Accepted",
                Instant.parse("2017-10-12T09:00:00Z"), true, 0, 0);
        ComplianceFacts onTime = new ComplianceFacts(2, 2, 0, 0, 12, List.of(housing, highways), deadline, 100, 1,
                null);
        ComplianceStatement good = ReportCompiler.compile(withCompliance(onTime)).compliance();
        assertThat(good.summaryParagraph()).isEqualTo(good.statement()).doesNotContain("issue")
                .contains("Every service's return was in on time.");

        ServiceCompliance late = new ServiceCompliance("Highways", "Lucy Wade", "Accepted",
                Instant.parse("2017-10-16T09:00:00Z"), false, 3, 1);
        ComplianceFacts oneLate = new ComplianceFacts(2, 1, 1, 0, 16, List.of(housing, late), deadline, 100, 5,
                null);
        ComplianceStatement bad = ReportCompiler.compile(withCompliance(oneLate)).compliance();
        assertThat(bad.summaryParagraph()).isEqualTo("The first issue is one of compliance. " + bad.statement());
        // slow to 95% though nothing is late (a deadline beyond three weeks) is an issue too
        ComplianceFacts slow = new ComplianceFacts(2, 2, 0, 0, 30, List.of(housing, highways), deadline, 50, 4, null);
        assertThat(ReportCompiler.compile(withCompliance(slow)).compliance().summaryParagraph())
                .startsWith("The first issue is one of compliance.");
    }

    /**
     * A return in by its agreed extension is on time, and the report says which had one and to when, so that none
     * is counted on time unseen.
     */
    @Test
    void aReturnWithAnAgreedExtensionIsNamedWithItsDeadline() {
        Instant deadline = Instant.parse("2017-10-20T16:00:00Z");
        ServiceCompliance housing = new ServiceCompliance("Housing", "Imran Hussain", "Accepted",
                Instant.parse("2017-10-18T09:00:00Z"), true, 0, 0);
        ServiceCompliance highways = new ServiceCompliance("Highways", "Lucy Wade", "Submitted",
                Instant.parse("2017-10-26T09:00:00Z"), true, 0, 0, Instant.parse("2017-10-27T16:00:00Z"));
        ComplianceFacts facts = new ComplianceFacts(2, 2, 0, 0, 26, List.of(housing, highways), deadline, 50, 1,
                null, 1);
        ComplianceStatement c = ReportCompiler.compile(withCompliance(facts)).compliance();
        assertThat(c.sentence()).isEqualTo("Of 2 returns due, 2 were in on time, 0 were in late and 0 are missing;"
                + " 1 had an agreed extension of the deadline.");
        assertThat(c.statement()).contains("Returns were due by 20 Oct 2017 17:00, with an agreed extension for"
                + " Highways (to 27 Oct 2017 17:00).");
        assertThat(c.services()).extracting(ComplianceRow::timeliness)
                .containsExactly("On time", "On time (extended to 27 Oct 2017 17:00)");
        assertThat(c.extended()).isEqualTo(1);
    }

    /**
     * A deadline of midnight ends the day before it, as every screen and mail says: the report printed "due by 21 Oct
     * 2017 00:00" (a Saturday) for returns due by the end of Friday, and a draft "before the deadline of 21 October".
     */
    @Test
    void aMidnightDeadlineIsPrintedAsTheEndOfTheDayItCloses() {
        Instant midnight = Instant.parse("2017-10-20T23:00:00Z"); // 00:00 on Saturday 21 October, BST
        ServiceCompliance housing = new ServiceCompliance("Housing", "Imran Hussain", "Accepted",
                Instant.parse("2017-10-18T09:00:00Z"), true, 0, 0);
        ServiceCompliance highways = new ServiceCompliance("Highways", "Lucy Wade", "Submitted",
                Instant.parse("2017-10-26T09:00:00Z"), true, 0, 0, Instant.parse("2017-10-27T23:00:00Z"));
        ComplianceStatement c = ReportCompiler.compile(withCompliance(new ComplianceFacts(2, 2, 0, 0, 26,
                List.of(housing, highways), midnight, 50, 1, null, 1))).compliance();
        assertThat(c.statement()).contains("Returns were due by 20 Oct 2017, midnight at the end of the day, with an"
                + " agreed extension for Highways (to 27 Oct 2017, midnight at the end of the day).");
        assertThat(c.services()).extracting(ComplianceRow::timeliness).contains(
                "On time (extended to 27 Oct 2017, midnight at the end of the day)");
        assertThat(draftStatusUntil(midnight, "2017-10-20T09:00:00Z")).isEqualTo(
                "Draft, compiled before the deadline of 20 October 2017: Missing here means not yet in");
    }

    /** A return in 25 seconds after a 17:00 deadline is late: its time is given to the second, not as "17:00". */
    @Test
    void aReturnLateWithinTheDeadlinesMinuteGivesItsTimeToTheSecond() {
        Instant deadline = Instant.parse("2017-10-20T16:00:00Z");
        ServiceCompliance housing = new ServiceCompliance("Housing", "Imran Hussain", "Accepted",
                Instant.parse("2017-10-20T16:00:25Z"), false, 0, 0);
        ServiceCompliance highways = new ServiceCompliance("Highways", "Lucy Wade", "Accepted",
                Instant.parse("2017-10-20T15:59:40Z"), true, 0, 0);
        ComplianceStatement c = ReportCompiler.compile(withCompliance(new ComplianceFacts(2, 1, 1, 0, 1,
                List.of(housing, highways), deadline, 50, 0, null))).compliance();
        assertThat(c.services()).extracting(ComplianceRow::firstSubmitted, ComplianceRow::timeliness).containsExactly(
                org.assertj.core.api.Assertions.tuple("20 Oct 2017 17:00:25", "Late"),
                org.assertj.core.api.Assertions.tuple("20 Oct 2017 16:59", "On time"));
    }

    /**
     * A draft compiled a week before the deadline: the returns not in are not yet due. The compliance section said
     * "3 are missing" and "Returns in late or not at all: … (not in)", led by "The first issue is one of compliance",
     * where the compliance page says "Not yet in".
     */
    @Test
    void beforeTheDeadlineAReturnNotInIsNotYetInNotMissing() {
        Instant deadline = Instant.parse("2017-10-20T16:00:00Z");
        ServiceCompliance in = new ServiceCompliance("Housing", "Imran Hussain", "Submitted",
                Instant.parse("2017-10-10T09:00:00Z"), true, 0, 0);
        ServiceCompliance notYet = new ServiceCompliance("Highways", "Lucy Wade", "Draft", null, false, 1, 0);
        ComplianceFacts early = new ComplianceFacts(2, 1, 0, 1, null, List.of(in, notYet), deadline, null, 1,
                Instant.parse("2017-10-13T09:00:00Z"));

        ComplianceStatement c = ReportCompiler.compile(withCompliance(early)).compliance();

        assertThat(c.sentence()).isEqualTo("Of 2 returns due, 1 was in on time, 0 were in late and 1 is not yet in.");
        assertThat(c.statement()).contains("Returns not yet in: Highways (not yet in).").doesNotContain("missing");
        assertThat(c.summaryParagraph()).doesNotContain("The first issue");
        assertThat(c.services().get(1).timeliness()).isEqualTo("Not yet in");

        ComplianceFacts after = new ComplianceFacts(2, 1, 0, 1, null, List.of(in, notYet), deadline, null, 1,
                Instant.parse("2017-10-21T09:00:00Z"));
        ComplianceStatement late = ReportCompiler.compile(withCompliance(after)).compliance();
        assertThat(late.sentence()).endsWith("and 1 is missing.");
        assertThat(late.summaryParagraph()).startsWith("The first issue is one of compliance.")
                .contains("Returns in late or not at all: Highways (not in).");
    }

    /**
     * A draft compiled after the cycle's deadline but before a return's agreed extension ends: that return is not yet
     * due, so it is "Not yet in", not listed among the returns "in late or not at all" and not counted missing, as the
     * compliance page says it; one past its deadline and not in is still missing.
     */
    @Test
    void aReturnNotInBeforeItsExtensionEndsIsNotYetInNotMissing() {
        Instant deadline = Instant.parse("2017-10-20T16:00:00Z");
        Instant draftedAt = Instant.parse("2017-10-23T09:00:00Z");
        ServiceCompliance housing = new ServiceCompliance("Housing", "Imran Hussain", "Submitted",
                Instant.parse("2017-10-18T09:00:00Z"), true, 0, 0);
        ServiceCompliance highways = new ServiceCompliance("Highways", "Lucy Wade", "Draft", null, false, 0, 0,
                Instant.parse("2017-10-27T16:00:00Z"));
        ComplianceStatement c = ReportCompiler.compile(withCompliance(new ComplianceFacts(2, 1, 0, 1, null,
                List.of(housing, highways), deadline, null, 0, draftedAt, 1))).compliance();

        assertThat(c.services().get(1).timeliness()).isEqualTo("Not yet in (extended to 27 Oct 2017 17:00)");
        assertThat(c.sentence()).startsWith("Of 2 returns due, 1 was in on time, 0 were in late and 1 is not yet in;");
        assertThat(c.statement()).doesNotContain("Highways (not in)").doesNotContain("Every service's return was in")
                .contains("Not yet due, by an agreed extension: Highways (due by 27 Oct 2017 17:00).");

        ServiceCompliance parks = new ServiceCompliance("Parks", "Sam Green", "Draft", null, false, 2, 1);
        ComplianceStatement both = ReportCompiler.compile(withCompliance(new ComplianceFacts(3, 1, 0, 2, null,
                List.of(housing, highways, parks), deadline, null, 3, draftedAt, 1))).compliance();
        assertThat(both.services()).extracting(ComplianceRow::timeliness).containsExactly("On time",
                "Not yet in (extended to 27 Oct 2017 17:00)", "Not in");
        assertThat(both.sentence()).contains("0 were in late, 1 is missing and 1 is not yet in;");
        assertThat(both.statement()).contains("Returns in late or not at all: Parks (not in).")
                .doesNotContain("Highways (not in)");
    }

    private static ReportInput withCompliance(ComplianceFacts facts) {
        return new ReportInput("Test Council", 2, "2017/18", "July to September 2017", ReportStatus.DRAFT, null, null,
                1, null, KirkleesFixture.HISTORY, List.of(Lines.measure("1.1", "Place", "Housing", "Homes",
                        Rag.GREEN, null)), List.of(), null, facts, null);
    }

    @Test
    void ninetyFivePercentNotReached() {
        ReportInput in = new ReportInput("Test Council", 2, "2017/18", "July to September 2017",
                ReportStatus.DRAFT, null, null, 1, null, KirkleesFixture.HISTORY, List.of(), List.of(), null,
                new ComplianceFacts(1, 0, 0, 1, null, List.of()), null);

        ComplianceStatement c = ReportCompiler.compile(in).compliance();

        assertThat(c.sentence()).isEqualTo("Of 1 return due, 0 were in on time, 0 were in late and 1 is missing.");
        assertThat(c.ninetyFive()).isEqualTo("95% completion had not been reached when the report was compiled.");
    }

    @Test
    void activityAppendixListsOnlyMeasuresWithThresholds() {
        MeasureLine calls = Lines.activity("CS01", "Corporate", new BigDecimal("145"), new BigDecimal("150"),
                new BigDecimal("190"), ActivityStatus.BELOW_RANGE);
        MeasureLine unassessed = Lines.activity("CS02", "Corporate", new BigDecimal("1450"), null,
                new BigDecimal("2000"), null);
        CompiledReport report = ReportCompiler.compile(Lines.report(
                List.of(calls, KirkleesFixture.measures().get(0), unassessed), List.of()));

        assertThat(report.activity()).containsExactly(
                new ActivityRow("CS01", "Calls answered by Contact Point (thousands)", "145", "150", "190",
                        "Below expected range", new BigDecimal("145"), new BigDecimal("150"),
                        new BigDecimal("190"), uk.quarterlyreturns.framework.Unit.NUMBER, 0, null),
                new ActivityRow("CS02", "Calls answered by Contact Point (thousands)", "1,450", "", "2,000",
                        "Not assessed", new BigDecimal("1450"), null, new BigDecimal("2000"),
                        uk.quarterlyreturns.framework.Unit.NUMBER, 0, null));
    }

    /** The appendix says what the theme's table says of a figure the service could not give, not "Missing". */
    @Test
    void anActivityFigureNotAvailableReadsSoInTheAppendixAsInTheTable() {
        MeasureLine calls = Lines.activity("CS01", "Corporate", null, new BigDecimal("150"), new BigDecimal("190"),
                null);
        MeasureLine notGiven = calls.toBuilder().rag(Rag.MISSING).ragComputed(Rag.MISSING).direction(null)
                .notAvailableReason("telephony system replaced in September").build();
        CompiledReport report = ReportCompiler.compile(Lines.report(List.of(notGiven), List.of()));

        String table = report.themes().get(0).measureRows().get(0).quarters().get(1);
        assertThat(table).isEqualTo("Not available: telephony system replaced in September");
        assertThat(report.activity().get(0).value()).isEqualTo(table);
    }

    @Test
    void trendLinesShowTheLastEightQuartersAndNeedTwoFigures() {
        MeasureLine m = Lines.measure("T1", "D", "S", "T", uk.quarterlyreturns.framework.Rag.GREEN, null);
        List<TrendPoint> ten = new java.util.ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ten.add(new TrendPoint("P" + i, BigDecimal.valueOf(i)));
        }
        MeasureLine withTen = withTrend(m, ten);
        MeasureLine withOne = withTrend(m, java.util.Arrays.asList(new TrendPoint("P1", BigDecimal.ONE),
                new TrendPoint("P2", null)));

        CompiledReport report = ReportCompiler.compile(Lines.report(List.of(withTen, withOne), List.of()));

        List<MeasureRow> rows = report.themes().get(0).measureRows();
        assertThat(rows.get(0).trend().svg()).contains("Trend for T1 Measure T1: P3 3; P4 4; P5 5; P6 6; P7 7;"
                + " P8 8; P9 9; P10 10</title>");
        assertThat(rows.get(1).trend()).isNull();
    }

    private static MeasureLine withTrend(MeasureLine m, List<TrendPoint> trend) {
        return m.toBuilder().trend(trend).build();
    }

    @Test
    void compilingTwiceGivesTheSameReport() {
        assertThat(ReportCompiler.compile(KirkleesFixture.input()))
                .isEqualTo(ReportCompiler.compile(KirkleesFixture.input()));
    }

    @Test
    void aQuarterOutsideOneToFourIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReportInput("C", 5, "2017/18", "p",
                        ReportStatus.DRAFT, null, null, 1, null, List.of(), List.of(), List.of(), null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 4");
    }

    @Test
    void approvalDateIsPrintedInFull() {
        assertThat(ReportDates.longDate(LocalDate.of(2018, 3, 1))).isEqualTo("1 March 2018");
    }
}
