package uk.quarterlyreturns.framework.api;

import io.swagger.v3.oas.annotations.Parameter;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.api.NotFoundException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.Deadlines;
import uk.quarterlyreturns.framework.DirectorateContinuations;
import uk.quarterlyreturns.framework.FeedRoute;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkEdit;
import uk.quarterlyreturns.framework.FrameworkExport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.FrameworkRemoval;
import uk.quarterlyreturns.framework.FrameworkWay;
import uk.quarterlyreturns.framework.ImportResult;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.QuarterKeyActions;
import uk.quarterlyreturns.framework.QuarterMeasures;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.framework.YearRollover;

/** The framework and values API: the interchange files of docs/formats.md, all or nothing. */
@RestController
@RequestMapping("/api/years/{year}")
@PreAuthorize("hasAnyRole('PERFORMANCE_TEAM', 'ADMIN')")
class FrameworkApi {

    private final FrameworkImport imports;
    private final FrameworkExport export;
    private final QuarterMeasures quarterMeasures;
    private final YearRepository years;
    private final Deadlines deadlines;
    private final YearRollover rollover;
    private final FrameworkRemoval removal;
    private final FigureImport figures;
    private final DirectorateContinuations continuations;
    private final QuarterKeyActions quarterActions;

    FrameworkApi(FrameworkImport imports, FrameworkExport export, QuarterMeasures quarterMeasures,
            YearRepository years, Deadlines deadlines, YearRollover rollover, FrameworkRemoval removal,
            FigureImport figures, DirectorateContinuations continuations, QuarterKeyActions quarterActions) {
        this.quarterActions = quarterActions;
        this.figures = figures;
        this.continuations = continuations;
        this.rollover = rollover;
        this.removal = removal;
        this.imports = imports;
        this.export = export;
        this.quarterMeasures = quarterMeasures;
        this.years = years;
        this.deadlines = deadlines;
    }

    @PutMapping(value = "/framework", consumes = {MediaTypes.CSV, MediaTypes.XLSX})
    ImportResult putFramework(@PathVariable String year, InputStream body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, Authentication user,
            @Parameter(description = "why, kept with each change in the framework's history")
            @RequestParam(required = false) String reason) {
        return imports.importMeasures(validYear(year), file(body, contentType),
                new FrameworkEdit(user.getName(), FrameworkWay.API_FILE, reason));
    }

    @PutMapping(value = "/actions", consumes = {MediaTypes.CSV, MediaTypes.XLSX})
    ImportResult putActions(@PathVariable String year, InputStream body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, Authentication user,
            @Parameter(description = "why, kept with each change in the framework's history")
            @RequestParam(required = false) String reason) {
        return imports.importKeyActions(validYear(year), file(body, contentType),
                new FrameworkEdit(user.getName(), FrameworkWay.API_FILE, reason));
    }

    @PutMapping(value = "/history", consumes = {MediaTypes.CSV, MediaTypes.XLSX})
    ImportResult putHistory(@PathVariable String year, InputStream body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, Authentication user,
            @Parameter(description = "why, kept with each changed figure in the framework's history")
            @RequestParam(required = false) String reason) {
        return figures.importHistory(validYear(year), file(body, contentType),
                new FrameworkEdit(user.getName(), FrameworkWay.API_FILE, reason));
    }

    @PutMapping(value = "/quarters/{quarter}/values", consumes = {MediaTypes.CSV, MediaTypes.XLSX})
    ImportResult putValues(@PathVariable String year, @PathVariable int quarter, InputStream body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, Authentication user) {
        return figures.importValues(validYear(year), quarter, file(body, contentType), user.getName(), FeedRoute.API);
    }

    @GetMapping(value = "/framework", produces = {MediaTypes.CSV, MediaTypes.XLSX})
    ResponseEntity<byte[]> getFramework(@PathVariable String year,
            @RequestParam(defaultValue = "csv") String format) {
        ReportingYear y = existing(year);
        return download("framework-" + y.label(), format, xlsx -> xlsx ? export.xlsx(y) : export.csv(y));
    }

    /** The year's key actions as a key actions file (the columns PUT .../actions takes), to import again unchanged. */
    @GetMapping(value = "/actions", produces = {MediaTypes.CSV, MediaTypes.XLSX})
    ResponseEntity<byte[]> getActions(@PathVariable String year,
            @RequestParam(defaultValue = "csv") String format) {
        ReportingYear y = existing(year);
        return download("key-actions-" + y.label(), format,
                xlsx -> xlsx ? export.keyActionsXlsx(y) : export.keyActionsCsv(y));
    }

    private static ResponseEntity<byte[]> download(String name, String format, Function<Boolean, byte[]> content) {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        if (!xlsx && !"csv".equalsIgnoreCase(format)) {
            throw new IllegalArgumentException("format is csv or xlsx, not '" + format + "'");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(xlsx ? MediaTypes.XLSX : MediaTypes.CSV + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + name + (xlsx ? ".xlsx" : ".csv") + "\"")
                .body(content.apply(xlsx));
    }

    @GetMapping("/quarters/{quarter}/measures")
    List<MeasureJson> measures(@PathVariable String year, @PathVariable int quarter) {
        ReportingYear y = existing(year);
        ReportingYear.requireQuarter(quarter);
        List<MeasureStatus> rated = quarterMeasures.forQuarter(y, quarter, deadlines.passedByService(y, quarter));
        Set<Long> notIn = quarterMeasures.returnNotIn(y.id(), quarter,
                rated.stream().map(m -> m.measure().id()).toList());
        return rated.stream().map(s -> MeasureJson.of(s, y, notIn.contains(s.measure().id()))).toList();
    }

    @GetMapping("/quarters/{quarter}/actions")
    List<KeyActionJson> actions(@PathVariable String year, @PathVariable int quarter) {
        return quarterActions.forQuarter(existing(year), quarter).stream().map(KeyActionJson::of).toList();
    }

    /**
     * Year end: this year's framework (the path's year) made from the previous one. targets=carry keeps
     * the targets, targets=blank leaves them to agree (TBA); 409 when the year already has a framework.
     */
    @PostMapping("/rollover")
    RolloverJson rollover(@PathVariable String year,
            @Parameter(description = "the year rolled over from, written like 2017-18") @RequestParam String from,
            @Parameter(description = "carry or blank") @RequestParam(defaultValue = "carry") String targets,
            Authentication who) {
        boolean carry = "carry".equalsIgnoreCase(targets);
        if (!carry && !"blank".equalsIgnoreCase(targets)) {
            throw new IllegalArgumentException("targets is carry or blank, not '" + targets + "'");
        }
        YearRollover.Result result = rollover.rollover(validYear(from), validYear(year), carry, who.getName());
        return new RolloverJson(result.year().label(), from, result.measures(), result.keyActions(),
                result.outturns(), carry, result.notCarried());
    }

    /** What a rollover made; {@code notCarried}: the measures reported until a quarter of the year before. */
    record RolloverJson(String year, String from, int measures, int keyActions, int outturnsMovedToHistory,
            boolean targetsCarried, List<String> notCarried) {
    }

    private static String validYear(String label) {
        ReportingYear.startOf(label);
        return label;
    }

    /** A measure imported by mistake, with nothing recorded for the year: 409 naming the quarters otherwise. */
    @DeleteMapping("/measures/{code}")
    FrameworkRemoval.Removed deleteMeasure(@PathVariable String year, @PathVariable String code, Authentication who,
            @RequestParam(required = false) String reason) {
        return removal.removeMeasure(existing(year), code, new FrameworkEdit(who.getName(), FrameworkWay.API, reason));
    }

    @DeleteMapping("/actions/{code}")
    FrameworkRemoval.Removed deleteKeyAction(@PathVariable String year, @PathVariable String code, Authentication who,
            @RequestParam(required = false) String reason) {
        return removal.removeKeyAction(existing(year), code,
                new FrameworkEdit(who.getName(), FrameworkWay.API, reason));
    }

    /** A renamed directorate: the earlier one, which the year no longer has, continues as one of the year's. */
    @PostMapping("/directorates/continuations")
    DirectorateContinuations.Recorded continueDirectorate(@PathVariable String year,
            @RequestBody ContinuationJson body, Authentication who) {
        if (body.directorate() == null || body.directorate().isBlank() || body.continuesAs() == null
                || body.continuesAs().isBlank()) {
            throw new IllegalArgumentException("Give the directorate and the directorate it continues as:"
                    + " {\"directorate\":\"Adults\",\"continuesAs\":\"Adult Social Care\"}");
        }
        return continuations.record(existing(year), body.directorate(), body.continuesAs(), who.getName());
    }

    @GetMapping("/directorates/continuations")
    List<DirectorateContinuations.Continuation> continuations(@PathVariable String year) {
        return continuations.ofYear(existing(year).id());
    }

    /** Which directorate continues as which. */
    record ContinuationJson(String directorate, String continuesAs) {
    }

    private ReportingYear existing(String label) {
        return years.find(validYear(label))
                .orElseThrow(() -> new NotFoundException("There is no framework for " + label));
    }

    private static TabularFile file(InputStream body, String contentType) {
        return TabularFile.read(body, MediaTypes.uploadName(contentType));
    }
}
